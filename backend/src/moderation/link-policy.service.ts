import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../accounts/actor';
import type { PostingAttempt } from '../forum/forum-hooks';
import { MutationRejection } from '../sync/mutation-handler';
import { AuditLogService } from './audit-log.service';
import type { BlockedDomainResponse } from './dto/moderation.responses';
import { moderationErrors } from './moderation-errors';
import { ModerationRepository } from './moderation.repository';

const HOST_IN_TEXT = /(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62})/gi;

/** "https://WWW.Example.com/x" → "example.com"; null when it is no domain. */
export function normaliseDomain(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (raw.length === 0) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(host) || host.length > 253) return null;
  return host;
}

/** Domain-like names in a text, lower case. */
export function hostsIn(text: string): string[] {
  return [...text.matchAll(HOST_IN_TEXT)].map((match) => (match[1] ?? '').toLowerCase().replace(/^www\./, ''));
}

export function isBlockedHost(host: string, blocked: readonly string[]): string | null {
  return blocked.find((domain) => host === domain || host.endsWith(`.${domain}`)) ?? null;
}

/** The link blocklist: moderators keep it (audited); posts and threads linking to it are refused on push. */
@Injectable()
export class LinkPolicyService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLogService,
    private readonly moderation: ModerationRepository,
  ) {}

  /** Posting check (ForumHooks): refuses a text naming a blocked domain or one of its subdomains. */
  async refuseBlockedLinks({ em, texts }: PostingAttempt): Promise<void> {
    const hosts = texts.flatMap(hostsIn);
    if (hosts.length === 0) return;
    const blocked = await this.moderation.listBlockedDomainNames(em);
    for (const host of hosts) {
      const hit = isBlockedHost(host, blocked);
      if (hit) {
        throw new MutationRejection(
          'blocked_link',
          `Links to ${hit} are not allowed in the forum (rule 6). Remove the link and send again.`,
        );
      }
    }
  }

  async listBlockedDomains(): Promise<BlockedDomainResponse[]> {
    const rows = await this.moderation.listBlockedDomains();
    return rows.map((row) => ({ domain: row.domain, createdAt: new Date(row.created_at).toISOString() }));
  }

  async addBlockedDomain(actor: Actor, input: string): Promise<BlockedDomainResponse> {
    const domain = this.domainOf(input);
    return this.em.fork().transactional(async (em) => {
      const now = new Date();
      if (!(await this.moderation.insertBlockedDomain(em, domain, actor.accountId, now)))
        throw moderationErrors.conflict(`${domain} is already blocked.`, 'already_blocked');
      this.audit.appendEntry(em, actor, 'blocklist.add', { type: 'domain', id: domain }, null);
      await em.flush();
      return { domain, createdAt: now.toISOString() };
    });
  }

  async removeBlockedDomain(actor: Actor, input: string): Promise<void> {
    const domain = this.domainOf(input);
    await this.em.fork().transactional(async (em) => {
      if (!(await this.moderation.deleteBlockedDomain(em, domain)))
        throw moderationErrors.notFound(`${domain} is not on the blocklist.`);
      this.audit.appendEntry(em, actor, 'blocklist.remove', { type: 'domain', id: domain }, null);
      await em.flush();
    });
  }

  private domainOf(input: string): string {
    const domain = normaliseDomain(input);
    if (!domain)
      throw moderationErrors.badRequest('That is not a domain name (for example example.com).', 'bad_domain');
    return domain;
  }
}
