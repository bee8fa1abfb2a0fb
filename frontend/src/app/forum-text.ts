import { msg, str } from '@lit/localize';
import type { ActivityCategory, MutationError } from '@sexhandel/shared';
import type { OutboxState } from '../data/app-db.js';

/** Plain-language texts for forum codes; the server's English message is the fallback. */

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

/** A rejection or API error in the person's language where the code is known. */
export function errorText(error: Pick<MutationError, 'code' | 'message'>): string {
  switch (error.code) {
    case 'rules_not_accepted':
      return msg('Du må godta forumreglene før du kan skrive.');
    case 'thread_not_found':
      return msg('Tråden finnes ikke lenger.');
    case 'thread_locked':
      return msg('Tråden er låst, og det kan ikke skrives flere svar i den.');
    case 'empty_body':
      return msg('Innlegget er tomt.');
    case 'too_long':
      return msg('Teksten er for lang.');
    case 'quote_not_found':
      return msg('Innlegget du siterte, finnes ikke lenger. Fjern sitatet og send igjen.');
    case 'links_not_yet_allowed':
      return msg(
        'Nye medlemmer kan ikke lenke før de har fått tre innlegg publisert og har vært medlem i et døgn (regel 6). Fjern lenken og send igjen.',
      );
    case 'duplicate_post':
      return msg('Du har sendt det samme innlegget det siste døgnet.');
    case 'rate_limited':
      return msg('Du har skrevet mange innlegg på kort tid. Vent litt og send igjen.');
    case 'own_post':
      return msg('Du kan ikke rapportere ditt eget innlegg.');
    case 'already_flagged':
      return msg('Du har allerede rapportert dette innlegget.');
    case 'post_not_found':
      return msg('Innlegget finnes ikke lenger.');
    case 'unauthenticated':
      return msg('Du var ikke logget inn da det ble sendt. Logg inn og send igjen.');
    case 'alias_taken':
      return msg('Dette aliaset er tatt. Velg et annet.');
    case 'registration_refused':
      return msg('Registreringen ble ikke godtatt. Prøv et annet alias eller en annen e-postadresse.');
    case 'locked':
      return msg('For mange forsøk. Vent en stund og prøv igjen.');
    case 'csrf':
      return msg('Økten din er utløpt. Last siden på nytt og prøv igjen.');
    default:
      return error.message;
  }
}

export function characterCount(used: number, max: number): string {
  const usedText = used.toLocaleString('nb-NO');
  const maxText = max.toLocaleString('nb-NO');
  return msg(str`${usedText} av ${maxText} tegn`);
}
