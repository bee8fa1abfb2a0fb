import { CONTACT_TOPICS, LIMITS, phoneStatus, phoneTelUri, type PhoneLineDto } from '@sexhandel/shared';
import { html, type Html } from './html';
import { clockNb, openingNb, topicNb, WEEKDAYS_NB } from './nb-text';

// /kontakt and the phone box, drawn as the app draws them for a visitor with an empty device
// (sh-contact-page, sh-phone-status), so the app's take-over changes nothing on screen. What only
// the app can work (the form) is `ssr-js-only`; what only a reader without JavaScript needs is in <noscript>.

const count = new Intl.NumberFormat('nb-NO');

/**
 * <sh-phone-status> as the app renders it at `now`: the number, open until when or the next
 * opening (the shared phoneStatus(), Oslo time), and the editors' note. Without the phone row the
 * app says the hours come with the first sync: drawn for the take-over, but not for a reader without
 * JavaScript, for whom it would never come true.
 */
export function phoneStatusView(phone: PhoneLineDto | null, now: Date): Html {
  if (!phone) {
    return html`<div class="phone-status ssr-js-only">
      <p class="muted">Telefontidene lastes ned første gang du er på nett.</p>
    </div>`;
  }
  const status = phoneStatus(phone.hours, phone.closedDates, now);
  const closes = status.closesAt ? clockNb(new Date(status.closesAt)) : null;
  const next = status.nextOpening
    ? `Neste åpning: ${openingNb(new Date(status.nextOpening), now)}`
    : 'Ingen åpning er satt opp ennå.';
  // No space between the dot and the text, one between "Stengt nå." and what follows: as the app's template.
  return html`<div class="phone-status">
    <p>Ring oss: <a class="number" href="${phoneTelUri(phone.number)}">${phone.number}</a></p>
    ${
      status.openNow
        ? html`<p class="open" role="status">
            <span class="dot" aria-hidden="true"></span>${closes ? `Åpen nå, til kl. ${closes}` : 'Åpen nå'}
          </p>`
        : html`<p role="status"><span class="dot" aria-hidden="true"></span>Stengt nå. ${next}</p>`
    }
    ${phone.note && html`<p class="muted" lang="nb">${phone.note}</p>`}
  </div>`;
}

/** The weekly hours, for a reader without JavaScript (the app does not list them). */
function phoneHoursView(phone: PhoneLineDto | null): Html | null {
  const days = [1, 2, 3, 4, 5, 6, 7]
    .map((weekday) => ({ weekday, periods: (phone?.hours ?? []).filter((period) => period.weekday === weekday) }))
    .filter((day) => day.periods.length > 0);
  if (days.length === 0) return null;
  return html`<section aria-labelledby="phone-hours">
    <h2 id="phone-hours">Når telefonen er åpen</h2>
    <ul class="hours">
      ${days.map(
        (day) =>
          html`<li>
            ${WEEKDAYS_NB[day.weekday % 7]}:
            ${day.periods.map((period) => `${period.opens}–${period.closes}`).join(', ')}
          </li>`,
      )}
    </ul>
  </section>`;
}

/** "Dette skjer med det du skriver": sh-contact-page's renderFacts(). */
function factsView(): Html {
  return html`<section class="facts" aria-labelledby="facts-heading">
    <h2 id="facts-heading">Dette skjer med det du skriver</h2>
    <dl>
      <dt>Hva vi lagrer</dt>
      <dd>
        Bare meldingen og temaet du velger. Meldingen lagres kryptert. Vi lagrer ikke IP-adressen din, og du trenger
        ikke oppgi navn.
      </dd>
      <dt>Hvor lenge</dt>
      <dd>Samtalen slettes automatisk 180 dager etter siste melding.</dd>
      <dt>Hvem som leser</dt>
      <dd>Bare tjenestens rådgivere. De har taushetsplikt.</dd>
      <dt>Hvordan du får svar</dt>
      <dd>
        Enten med en hentekode du skriver ned – den vises når du trykker Send, og lagres bare på enheten hvis du velger
        det – eller på e-post. Velger du e-post, slettes adressen når svaret er sendt.
      </dd>
    </dl>
  </section>`;
}

/**
 * sh-contact-page's form with an empty draft. Only the app can send it (the message goes through
 * the device's outbox), so it is hidden without JavaScript and `inert` until the app takes over:
 * nothing typed into it before then could be lost. The empty spans stand where the app's (empty)
 * field errors are: each is a flex item of the field, and so a gap.
 */
function formView(): Html {
  return html`<form class="ssr-js-only" novalidate aria-labelledby="form-heading" inert>
    <h2 id="form-heading">Skriv meldingen din</h2>
    <div class="field">
      <label for="topic">Hva handler det om?</label>
      <span></span>
      <select id="topic">
        <option value="" selected>Velg tema</option>
        ${CONTACT_TOPICS.map((topic) => html`<option value="${topic}">${topicNb(topic)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="body">Meldingen din</label>
      <span></span>
      <textarea id="body" aria-describedby="body-hint body-count"></textarea>
      <p class="hint" id="body-hint">
        Skriv med dine egne ord. Du trenger ikke oppgi navn eller andre ting som kan identifisere deg.
      </p>
    </div>
    <div class="status-row">
      <span role="status"></span>
      <span id="body-count">${count.format(0)} av ${count.format(LIMITS.contactBodyMax)} tegn</span>
    </div>
    <fieldset>
      <legend>Hvordan vil du få svar?</legend>
      <label class="choice">
        <input type="radio" name="reply-by" value="pickup" checked />
        <span>Med en hentekode – helt anonymt. Du får koden når meldingen er sendt.</span>
      </label>
      <label class="choice">
        <input type="radio" name="reply-by" value="email" />
        <span>På e-post. Adressen slettes når svaret er sendt.</span>
      </label>
    </fieldset>
    <label class="choice">
      <input id="consent" type="checkbox" />
      <span>
        Dere kan bruke spørsmålet mitt, anonymisert, i Spørsmål og svar
        <span class="hint">(valgfritt – du blir spurt igjen før noe publiseres)</span>
      </span>
    </label>
    <div class="actions">
      <button type="submit" class="button" id="send">Send</button>
      <a href="/kontakt/samtaler">Mine samtaler</a>
    </div>
    <p class="private">Utkastet lagres bare på denne enheten mens du skriver. Ingenting sendes før du trykker Send.</p>
  </form>`;
}

/** /kontakt at `now` (the phone box depends on the clock: see PublicPagesService.sourceOf). */
export function contactView(phone: PhoneLineDto | null, now: Date): Html {
  return html`<h1>Snakk med en rådgiver</h1>
    <p class="lead">
      Mange som har kjøpt sex, har aldri fortalt det til noen. Her kan du skrive om det du lurer på eller strever med –
      uten å si hvem du er.
    </p>
    ${phoneStatusView(phone, now)} ${factsView()}
    <noscript>
      <div class="notice">
        <p>
          Skjemaet for å skrive til oss trenger JavaScript. Slå det på i nettleseren, eller ring oss i åpningstiden.
        </p>
      </div>
      ${phoneHoursView(phone)}
    </noscript>
    ${formView()}
    <p><a href="/sporsmal-og-svar">Les spørsmål andre har stilt, og svarene</a></p>`;
}
