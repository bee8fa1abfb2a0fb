import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { DraftKind, DraftRow, OutboxRow } from '../data/app-db.js';
import { errorText } from '../text/error-text.js';

/** What became of the last Send: its outbox row, or the draft a refusal put back. */
export interface SentState {
  row: OutboxRow | undefined;
  refused: DraftRow | undefined;
}

/**
 * The outcome of a composer's Send, drawn in the composer (its OutcomeFocusController finds it by
 * `data-outcome`): published, queued or on its way, or refused with where the text went.
 */
export function renderSendOutcome(kind: DraftKind, { row, refused }: SentState) {
  const isThread = kind === 'thread';
  let title: string;
  let body: unknown = nothing;
  if (row?.state === 'sent') {
    const result = row.result as { threadId?: string } | undefined;
    title = isThread ? msg('Tråden er publisert.') : msg('Svaret er publisert.');
    if (isThread && result?.threadId) {
      body = html`<p><a href="/forum/traad/${result.threadId}">${msg('Gå til tråden')}</a></p>`;
    }
  } else if (row) {
    // What became of the post (queued, or on its way), in other words than the draft's save state.
    const waiting = !navigator.onLine || row.attempts > 0;
    if (waiting) {
      title = isThread
        ? msg('Tråden står i kø og sendes så snart du er på nett.')
        : msg('Svaret står i kø og sendes så snart du er på nett.');
    } else {
      title = isThread ? msg('Sender tråden …') : msg('Sender svaret …');
    }
    body = html`<p>
      ${msg('Teksten venter i utboksen til den er sendt.')}
      <a href="/forum/utkast">${msg('Se utkast og utboks')}</a>
    </p>`;
  } else if (refused?.serverError) {
    // Something new was being written when the refusal came, so the text waits under Mine utkast.
    return html`<section class="error-box" role="alert" data-outcome aria-labelledby="sent-heading">
      <h3 class="outcome-title" id="sent-heading" tabindex="-1">${msg('Ikke publisert')}</h3>
      <p>${errorText(refused.serverError)}</p>
      <p><a href="/forum/utkast">${msg('Teksten ligger under Mine utkast')}</a></p>
    </section>`;
  } else {
    return nothing;
  }
  return html`<section class="notice" role="status" data-outcome aria-labelledby="sent-heading">
    <h3 class="outcome-title" id="sent-heading" tabindex="-1">${title}</h3>
    ${body}
  </section>`;
}
