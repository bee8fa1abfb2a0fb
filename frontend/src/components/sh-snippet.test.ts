import { expect, fixture, html } from '@open-wc/testing';
import { SEARCH_MARK_END as E, SEARCH_MARK_START as S, splitSnippet } from '@sexhandel/shared';
import type { ShSnippet } from './sh-snippet.js';
import './sh-snippet.js';

describe('sh-snippet', () => {
  it('marks matches and never turns snippet text into elements', async () => {
    const snippet = `før <img src=x onerror="alert(1)"> ${S}menneskehandel${E} <b>etter</b> ${S}<script>x()</script>${E}`;
    const sut = await fixture<ShSnippet>(html`<sh-snippet .parts=${splitSnippet(snippet)}></sh-snippet>`);
    const root = sut.shadowRoot as ShadowRoot;
    const marks = [...root.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).to.deep.equal(['menneskehandel', '<script>x()</script>']);
    expect(root.querySelector('img, b, script')).to.equal(null);
    expect(marks.every((m) => m.children.length === 0)).to.equal(true);
    expect(root.textContent).to.contain('<img src=x onerror="alert(1)">');
  });
});
