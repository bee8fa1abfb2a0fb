import type { ForumRuleDto } from '@sexhandel/shared';
import type { ReactiveControllerHost } from 'lit';
import type { AppDB } from '../data/app-db.js';
import { listForumRules } from '../data/content.js';
import { LiveQueryController } from './live-query.controller.js';

/** The forum rules on this device in number order, kept in step with sync and with the host's `db` (the app's database when unset). */
export class ForumRulesController extends LiveQueryController<ForumRuleDto[]> {
  constructor(host: ReactiveControllerHost & { db?: AppDB }) {
    super(
      host,
      () => listForumRules(host.db),
      () => [host.db],
    );
  }
}
