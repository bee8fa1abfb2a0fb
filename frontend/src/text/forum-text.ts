import { msg, str } from '@lit/localize';
import { LIMITS, type ActivityCategory } from '@sexhandel/shared';
import type { OutboxState } from '../data/app-db.js';
import type { DraftProblem } from '../data/forum.js';
import { formatCount } from './plural.js';

/** Plain-language texts for the forum. */

export function activityLabel(category: ActivityCategory | null): string {
  switch (category) {
    case 'superUser':
      return msg('Superbruker');
    case 'active':
      return msg('Aktiv');
    case 'passive':
      return msg('Passiv');
    default:
      return msg('Observatør');
  }
}

export function outboxStateLabel(state: OutboxState): string {
  switch (state) {
    case 'sending':
      return msg('Sendes nå');
    case 'sent':
      return msg('Sendt');
    case 'needs-attention':
      return msg('Trenger oppmerksomhet');
    default:
      return msg('I kø – sendes når du er på nett');
  }
}

/** Why a draft cannot be sent yet, said at its field. */
export function draftProblemText(problem: DraftProblem): string {
  switch (problem) {
    case 'empty_title':
      return msg('Tråden trenger en tittel.');
    case 'title_too_long':
      return msg(str`Tittelen kan ha høyst ${LIMITS.threadTitleMax} tegn.`);
    case 'too_long':
      return msg(str`Innlegget kan ha høyst ${formatCount(LIMITS.postBodyMax)} tegn.`);
    case 'missing':
      return msg('Utkastet finnes ikke lenger.');
    default:
      return msg('Skriv noe før du sender.');
  }
}
