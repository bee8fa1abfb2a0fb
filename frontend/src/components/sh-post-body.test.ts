import { expect, fixture, html } from '@open-wc/testing';
import type { ShPostBody } from './sh-post-body.js';
import './sh-post-body.js';

describe('sh-post-body', () => {
  it('shows HTML, script and javascript: links as text and creates no such elements', async () => {
    const text = [
      '<script>window.__pwned = true</script>',
      '',
      '<img src=x onerror="window.__pwned = true">',
      '',
      '<a href="javascript:alert(1)">klikk</a> javascript:alert(1)',
    ].join('\n');
    const sut = await fixture<ShPostBody>(html`<sh-post-body .text=${text}></sh-post-body>`);
    const root = sut.shadowRoot as ShadowRoot;
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('a')).to.equal(null);
    const paragraphs = [...root.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal([
      '<script>window.__pwned = true</script>',
      '<img src=x onerror="window.__pwned = true">',
      '<a href="javascript:alert(1)">klikk</a> javascript:alert(1)',
    ]);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('renders paragraphs, line breaks, quotes and safe links', async () => {
    const text = 'Første linje\nandre linje\n\n> sitert\n> videre\n\nLes https://example.org/side.';
    const sut = await fixture<ShPostBody>(html`<sh-post-body .text=${text}></sh-post-body>`);
    const root = sut.shadowRoot as ShadowRoot;
    const topLevel = [...root.children].map((child) => child.tagName);
    expect(topLevel).to.deep.equal(['P', 'BLOCKQUOTE', 'P']);
    expect(root.children[0]?.querySelector('br')).not.to.equal(null);
    expect(root.querySelector('blockquote')?.textContent).to.equal('sitertvidere');
    expect(root.querySelector('blockquote br')).not.to.equal(null);
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).to.equal('https://example.org/side');
    expect(link?.getAttribute('rel')).to.equal('noopener noreferrer nofollow ugc');
    expect(link?.textContent).to.equal('https://example.org/side');
  });
});
