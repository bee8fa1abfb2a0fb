import { msg, str } from '@lit/localize';
import { isErrorCode, type ErrorCode } from '@sexhandel/shared';
import { getLocale } from '../localization.js';

/**
 * The person's text for every error code on the shared list (shared/src/errors.ts). The server's
 * English `message` is for developers and is never shown. A locale test fails when a code lacks
 * Norwegian or English text; the switch below fails to compile when one is missing.
 */
export function codeText(code: ErrorCode): string {
  switch (code) {
    case 'internal':
      return msg('Noe gikk galt på serveren. Ingenting ble endret. Prøv igjen om litt.');
    case 'unavailable':
      return msg('Tjenesten har det travelt akkurat nå. Ingenting ble endret. Prøv igjen om et øyeblikk.');
    case 'validation':
      return msg('Noe av det du fylte inn, ble ikke godtatt. Se over feltene og prøv igjen.');
    case 'bad_json':
    case 'unsupported_media_type':
      return msg('Appen sendte noe serveren ikke forsto. Last siden på nytt og prøv igjen.');
    case 'payload_too_large':
      return msg('Det du sendte, er for stort. Gjør teksten kortere og prøv igjen.');
    case 'route_not_found':
      return msg('Appen spurte etter noe serveren ikke har. Last siden på nytt; kanskje finnes det en ny versjon.');
    case 'not_found':
    case 'invalid_id':
      return msg('Vi fant det ikke. Det kan ha blitt slettet.');
    case 'invalid_text':
      return msg('Teksten inneholder tegn som ikke kan lagres. Skriv den inn på nytt og prøv igjen.');
    case 'bad_cursor':
    case 'bad_limit':
      return msg('Listen kunne ikke hentes videre. Last siden på nytt.');
    case 'empty_query':
      return msg('Skriv noe å søke etter.');
    case 'rate_limited':
      return msg('Det er gjort for mange forsøk herfra på kort tid. Vent litt og prøv igjen.');
    case 'conflict':
      return msg('Dette kolliderte med en annen endring. Last siden på nytt og prøv igjen.');
    case 'forbidden':
      return msg('Kontoen din har ikke tilgang til dette.');
    case 'unauthenticated':
      return msg('Du er ikke logget inn. Logg inn og prøv igjen.');
    case 'csrf':
      return msg('Økten din er utløpt. Last siden på nytt og prøv igjen.');
    case 'required':
      return msg('Dette feltet må fylles ut.');
    case 'wrong_type':
      return msg('Dette feltet har feil slags innhold.');
    case 'too_short':
      return msg('Dette er for kort.');
    case 'too_long':
      return msg('Teksten er for lang.');
    case 'too_small':
      return msg('Tallet er for lite.');
    case 'too_large':
      return msg('Tallet er for stort.');
    case 'too_many':
      return msg('Det er for mange.');
    case 'too_few':
      return msg('Det er for få.');
    case 'invalid_format':
      return msg('Dette er ikke skrevet på riktig måte.');
    case 'invalid_email':
      return msg('Skriv en e-postadresse, for eksempel navn@eksempel.no.');
    case 'not_allowed':
      return msg('Velg et av alternativene.');
    case 'unknown_field':
      return msg('Appen sendte et felt serveren ikke kjenner. Last siden på nytt.');
    case 'alias_taken':
      return msg('Dette aliaset er tatt. Velg et annet.');
    case 'registration_refused':
      return msg('Vi kunne ikke lage en konto med disse opplysningene. Har du allerede en konto, logg inn i stedet.');
    case 'invalid_credentials':
      return msg('Feil alias eller passord.');
    case 'wrong_password':
      return msg('Passordet er ikke riktig. Ingenting ble endret.');
    case 'locked':
      return msg('For mange feil forsøk. Vent en stund og prøv igjen.');
    case 'reset_link_invalid':
      return msg('Lenken er brukt eller for gammel. Be om en ny; ingenting ble endret.');
    case 'account_not_found':
      return msg('Ingen konto har dette aliaset.');
    case 'thread_not_found':
      return msg('Tråden finnes ikke lenger.');
    case 'post_not_found':
      return msg('Innlegget finnes ikke lenger.');
    case 'quote_not_found':
      return msg('Innlegget du siterte, finnes ikke lenger. Fjern sitatet og send igjen.');
    case 'thread_locked':
      return msg('Tråden er låst, og det kan ikke skrives flere svar i den.');
    case 'empty_body':
      return msg('Innlegget er tomt.');
    case 'rules_not_accepted':
      return msg('Du må godta forumreglene før du kan skrive.');
    case 'links_not_yet_allowed':
      return msg(
        'Nye medlemmer kan ikke lenke før de har fått tre innlegg publisert og har vært medlem i et døgn (regel 6). Fjern lenken og send igjen.',
      );
    case 'blocked_link':
      return msg('Teksten lenker til et nettsted som ikke er tillatt her. Fjern lenken og send igjen.');
    case 'duplicate_post':
      return msg('Du har sendt det samme innlegget det siste døgnet.');
    case 'already_flagged':
      return msg('Du har allerede rapportert dette innlegget.');
    case 'own_post':
      return msg('Du kan ikke rapportere ditt eget innlegg.');
    case 'suspended':
      return msg('Kontoen din er midlertidig utestengt fra forumet.');
    case 'unknown_author_account':
      return msg('Ingen medlemskonto har denne id-en. Sjekk forfatterkontoen.');
    case 'pickup_code_taken':
      return msg('Hentekoden var allerede i bruk, så meldingen ble ikke sendt. Send på nytt: du får en ny kode.');
    case 'conversation_not_found':
      return msg('Ingen samtale har denne koden. Sjekk at den er skrevet riktig. Samtaler slettes etter 180 dager.');
    case 'conversation_closed':
      return msg('Samtalen er avsluttet. Du kan lese den, men ikke skrive mer i den.');
    case 'address_deleted':
      return msg('E-postadressen ble slettet da det første svaret ble sendt, så et nytt svar kan ikke nå fram.');
    case 'mail_failed':
      return msg('Svaret kunne ikke sendes på e-post. Ingenting er lagret; prøv igjen senere.');
    case 'no_publish_consent':
      return msg('Personen har ikke sagt ja til publisering.');
    case 'awaiting_person':
      return msg('Personen har ikke godkjent teksten ennå.');
    case 'unpublish_first':
      return msg('Avpubliser først: personen må godkjenne den nye teksten før den publiseres.');
    case 'bad_slug':
      return msg('Adressen kan bare ha små bokstaver, tall og enkle bindestreker, høyst 120 tegn.');
    case 'slug_taken':
    case 'taken':
      return msg('Adressen er allerede i bruk. Velg en annen.');
    case 'rule_taken':
      return msg('Denne regelen finnes allerede. Rediger den i stedet.');
    case 'bad_rule_number':
      return msg('Regelnummeret finnes ikke.');
    case 'bad_phone_number':
      return msg('Nummeret som ringes, kan bare ha sifre (3 til 15), gjerne med + først.');
    case 'bad_url':
      return msg('Lenken må være en hel adresse som begynner med http:// eller https://.');
    case 'bad_date':
      return msg('Datoen må være en ekte dag, skrevet ÅÅÅÅ-MM-DD.');
    case 'bad_kind':
      return msg('Velg en av typene.');
    case 'unknown_article':
      return msg('Den utvalgte artikkelen må være en publisert artikkel.');
    case 'unknown_news_link':
      return msg('Dagens nyhetslenke må være en publisert nyhetslenke.');
    case 'already_removed':
      return msg('Innlegget er allerede fjernet.');
    case 'not_removed':
      return msg('Innlegget er ikke fjernet.');
    case 'no_open_flags':
      return msg('Innlegget har ingen åpne rapporter.');
    case 'not_suspended':
      return msg('Medlemmet er ikke utestengt.');
    case 'until_in_past':
      return msg('Sluttdatoen må ligge fram i tid.');
    case 'already_blocked':
      return msg('Domenet står allerede på blokkeringslisten.');
    case 'bad_domain':
      return msg('Skriv et domenenavn, for eksempel eksempel.no.');
    case 'own_admin':
      return msg('Du kan ikke ta fra deg din egen administratorrolle.');
    case 'survey_not_found':
      return msg('Undersøkelsen finnes ikke lenger.');
    case 'survey_not_draft':
      return msg('Spørsmålene kan bare endres mens undersøkelsen er et utkast.');
    case 'survey_open':
      return msg('Undersøkelsen er allerede åpen.');
    case 'survey_not_open':
      return msg('Bare en åpen undersøkelse kan lukkes.');
    case 'survey_closed':
      return msg('Undersøkelsen er avsluttet.');
    case 'survey_question':
      return msg('Et av spørsmålene er ikke fylt ut riktig. Se over spørsmålene.');
    case 'already_answered':
      return msg('Du har allerede svart på undersøkelsen fra denne enheten. Takk!');
    case 'answer_required':
      return msg('Svar på alle spørsmålene som må besvares.');
    case 'single_choice':
      return msg('Velg bare ett svar der det står «velg ett».');
    case 'unknown_question':
    case 'unknown_option':
      return msg('Undersøkelsen er endret siden du åpnet den. Last siden på nytt.');
    case 'scale_out_of_range':
      return msg('Velg en verdi på skalaen.');
    case 'text_too_long':
      return msg('Et av tekstsvarene er for langt.');
    case 'unknown_kind':
      return msg('Appen sendte noe serveren ikke kjenner. Oppdater appen.');
    case 'visit_in_future':
    case 'visit_too_old':
      return msg('Besøket kunne ikke telles.');
  }
}

/** Text for any code (or none): a code this device does not know gets a general sentence. */
export function errorText(error: ErrorCode | string | { code?: string } | null | undefined): string {
  const code = typeof error === 'object' && error !== null ? error.code : error;
  return isErrorCode(code) ? codeText(code) : msg('Noe gikk galt. Prøv igjen.');
}

/** "kl. 14:05", or with the day when it is not today; in the interface language. */
export function formatUntil(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const locale = getLocale() === 'en' ? 'en-GB' : 'nb-NO';
  const sameDay = date.toDateString() === now.toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** The login lock with until when, when the server said so. */
export function lockedText(retryAt: string | undefined): string {
  if (!retryAt || Number.isNaN(Date.parse(retryAt))) return codeText('locked');
  const until = formatUntil(retryAt);
  return msg(str`For mange feil forsøk. Du kan prøve igjen fra ${until}.`);
}

/** A field's own message: the code's text, with the field's label where that reads better. */
export function fieldErrorText(code: string, label: string): string {
  switch (code) {
    case 'required':
      return msg(str`«${label}» må fylles ut.`);
    case 'too_short':
      return msg(str`«${label}» er for kort.`);
    case 'too_long':
      return msg(str`«${label}» er for lang.`);
    case 'invalid_format':
      return msg(str`«${label}» er ikke skrevet på riktig måte.`);
    default:
      return errorText(code);
  }
}
