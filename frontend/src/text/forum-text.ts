import { msg } from '@lit/localize';
import type { ActivityCategory } from '@sexhandel/shared';
import type { OutboxState } from '../data/app-db.js';

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
