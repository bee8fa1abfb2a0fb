import { expect, fixture, html } from '@open-wc/testing';
import type { ShBarChart } from './sh-bar-chart.js';
import './sh-bar-chart.js';

describe('sh-bar-chart', function () {
  it('is a table a screen reader can read: caption, headers, counts and shares as text', async () => {
    const sut = await fixture<ShBarChart>(
      html`<sh-bar-chart
        caption="Hvor fant du nettstedet?"
        label-header="Svar"
        value-header="Antall"
        share-header="Andel"
        .rows=${[
          { label: 'Søkemotor', value: 30, share: 0.6 },
          { label: 'Visittkort', value: 15, share: 0.3 },
          { label: 'Annet', value: 0, share: 0 },
        ]}
      ></sh-bar-chart>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    expect(root.querySelector('caption')?.textContent?.trim()).to.equal('Hvor fant du nettstedet?');
    const headers = [...root.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(headers).to.deep.equal(['Svar', 'Antall', 'Andel']);
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).to.deep.equal([
      ['Søkemotor', '30', '60 %'],
      ['Visittkort', '15', '30 %'],
      ['Annet', '0', '0 %'],
    ]);
    expect(root.querySelectorAll('tbody th[scope="row"]').length).to.equal(3);
    await expect(sut).to.be.accessible();
  });

  it('scales bars to the largest value and hides them from assistive technology', async () => {
    const sut = await fixture<ShBarChart>(
      html`<sh-bar-chart
        caption="Besøk"
        .rows=${[
          { label: 'Mandag', value: 8 },
          { label: 'Tirsdag', value: 2 },
        ]}
      ></sh-bar-chart>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    const fills = [...root.querySelectorAll('rect.fill')].map((fill) => fill.getAttribute('width'));
    expect(fills).to.deep.equal(['100.00', '25.00']);
    for (const track of root.querySelectorAll('svg.track')) expect(track.getAttribute('aria-hidden')).to.equal('true');
    // No style attributes anywhere: the app's CSP (style-src 'self') would block them.
    expect(root.querySelectorAll('[style]').length).to.equal(0);
    // No share column when no row has a share.
    expect(root.querySelectorAll('thead th').length).to.equal(2);
    await expect(sut).to.be.accessible();
  });

  it('shows a sentence instead of an empty table, and small shares with one decimal', async () => {
    const empty = await fixture<ShBarChart>(
      html`<sh-bar-chart caption="Svar" empty-text="Ingen svar ennå." .rows=${[]}></sh-bar-chart>`,
    );
    expect(empty.shadowRoot?.querySelector('table')).to.equal(null);
    expect(empty.shadowRoot?.textContent).to.include('Ingen svar ennå.');
    await expect(empty).to.be.accessible();

    const small = await fixture<ShBarChart>(
      html`<sh-bar-chart caption="Svar" .rows=${[{ label: 'Sjelden', value: 1, share: 0.043 }]}></sh-bar-chart>`,
    );
    // Intl puts a no-break space before the percent sign.
    expect(small.shadowRoot?.querySelector('tbody td:last-child')?.textContent).to.equal('4,3\u00a0%');
  });
});
