import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';

/** Shown where content would be but nothing has been pulled to this device yet. */
export function renderNotSynced(): TemplateResult {
  return html`<div class="empty" role="note">
    <p><strong>${msg('Innholdet lastes ned første gang du er på nett.')}</strong></p>
    <p>${msg('Etter det kan du lese alt her også uten nettforbindelse.')}</p>
  </div>`;
}

/** Shown while the first answer from the device's database is on its way (a few milliseconds). */
export function renderLoading(): TemplateResult {
  return html`<p class="meta">${msg('Henter …')}</p>`;
}
