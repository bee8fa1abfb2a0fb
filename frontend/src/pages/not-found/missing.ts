import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';

/** A friendly "not here" body: used by the not-found route and by pages whose slug is unknown on this device. */
export function renderMissing(): TemplateResult {
  return html`
    <h1 tabindex="-1">${msg('Vi fant ikke denne siden')}</h1>
    <p>
      ${msg(
        'Kanskje lenken er gammel, eller siden er ikke lastet ned til denne enheten ennå. Er du frakoblet, kan du prøve igjen når du er på nett.',
      )}
    </p>
    <ul>
      <li><a href="/">${msg('Til forsiden')}</a></li>
      <li><a href="/artikler">${msg('Se alle artikler')}</a></li>
      <li><a href="/ressurser">${msg('Finn hjelp og ressurser')}</a></li>
    </ul>
  `;
}
