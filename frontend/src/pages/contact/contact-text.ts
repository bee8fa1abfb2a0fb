import { msg } from '@lit/localize';
import { PICKUP_CODE_TAKEN, type ContactTopic, type ConversationStatus, type MutationError } from '@sexhandel/shared';
import { errorText } from '../../text/error-text.js';

/** Plain-language labels for the counselling screens. */

export function topicLabel(topic: ContactTopic): string {
  switch (topic) {
    case 'buying-sex':
      return msg('Kjøp av sex');
    case 'worries':
      return msg('Tanker og bekymringer');
    case 'relationships':
      return msg('Partner, familie og forhold');
    case 'health':
      return msg('Helse');
    case 'law':
      return msg('Loven og straff');
    case 'trafficking':
      return msg('Menneskehandel og utnyttelse');
    default:
      return msg('Noe annet');
  }
}

export function statusLabel(status: ConversationStatus): string {
  switch (status) {
    case 'new':
      return msg('Ny');
    case 'waiting':
      return msg('Venter');
    case 'answered':
      return msg('Besvart');
    default:
      return msg('Lukket');
  }
}

/** Tab labels of the inbox (plural). */
export function statusTabLabel(status: ConversationStatus): string {
  switch (status) {
    case 'new':
      return msg('Nye');
    case 'waiting':
      return msg('Venter');
    case 'answered':
      return msg('Besvart');
    default:
      return msg('Lukket');
  }
}

/** A contact rejection or API error in the person's language where the code is known. */
export function contactErrorText(error: Pick<MutationError, 'code'> | { code: string }): string {
  switch (error.code) {
    case 'not_found':
      return msg('Ingen samtale har denne koden. Sjekk at den er skrevet riktig. Samtaler slettes etter 180 dager.');
    case 'rate_limited':
      return msg('For mange feil koder er prøvd herfra. Vent ti minutter og prøv igjen.');
    case 'conversation_closed':
      return msg('Samtalen er avsluttet. Du kan lese den, men ikke skrive mer i den. Skriv gjerne en ny melding.');
    case 'address_deleted':
      return msg('E-postadressen ble slettet da det første svaret ble sendt, så et nytt svar kan ikke nå fram.');
    case 'mail_failed':
      return msg('Svaret kunne ikke sendes på e-post. Ingenting er lagret; prøv igjen senere.');
    case 'no_publish_consent':
      return msg('Personen har ikke sagt ja til publisering.');
    case PICKUP_CODE_TAKEN:
      return msg('Hentekoden var allerede i bruk, så meldingen ble ikke sendt. Send på nytt: du får en ny kode.');
    default:
      return errorText(error);
  }
}
