import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { EditorArticleDto } from '@sexhandel/shared';
import { stubFetch, type RecordedRequest, errorSummaryOf } from '../../../test/fixtures.js';
import type { ShContentEditor } from './sh-content-editor.js';
import './sh-content-editor.js';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function savedArticle(overrides: Partial<EditorArticleDto> = {}): EditorArticleDto {
  return {
    id: '00000000-0000-4000-8000-000000000a01',
    slug: 'om-loven',
    title: 'Om loven',
    lead: 'Kort',
    authorName: 'Kari',
    authorRole: 'researcher',
    tags: ['lov'],
    readingMinutes: 1,
    html: '<p>Tekst</p>',
    markdown: 'Tekst',
    published: false,
    publishedAt: null,
    authorAccountId: null,
    discussionThreadId: null,
    discussionPostCount: 0,
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T10:00:00.000Z',
    ...overrides,
  };
}

async function type(root: ShadowRoot, selector: string, value: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await Promise.resolve();
}

describe('sh-content-editor', () => {
  it('sends typed Markdown to the preview endpoint and shows the server-sanitised HTML', async () => {
    const { fetchFn, requests } = stubFetch((request: RecordedRequest) => {
      if (request.url.endsWith('/api/admin/content/preview')) {
        // What the server's sanitiser answers: the script is gone.
        return { html: '<h2>Overskrift</h2><p>Trygg <strong>tekst</strong></p>' };
      }
      throw new Error(`unexpected ${request.url}`);
    });
    const sut = await fixture<ShContentEditor>(
      html`<sh-content-editor kind="articles" .fetchFn=${fetchFn}></sh-content-editor>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await type(root, '#f-markdown', '## Overskrift\n\nTrygg **tekst**<script>alert(1)</script>');
    await waitUntil(() => root.querySelector('.preview-body strong'), 'preview not shown', { timeout: 3000 });
    const preview = requests.find((r) => r.url.endsWith('/preview'));
    expect(preview?.method).to.equal('POST');
    expect(preview?.body).to.deep.equal({ markdown: '## Overskrift\n\nTrygg **tekst**<script>alert(1)</script>' });
    expect(root.querySelector('.preview-body h2')?.textContent).to.equal('Overskrift');
    expect(root.querySelector('.preview-body script')).to.equal(null);
    await expect(sut).to.be.accessible();
  });

  it('suggests the slug from the title until the editor types one', async () => {
    const { fetchFn } = stubFetch(() => ({ html: '' }));
    const sut = await fixture<ShContentEditor>(
      html`<sh-content-editor kind="articles" .fetchFn=${fetchFn}></sh-content-editor>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await type(root, '#f-title', 'Kjøp av sex – hva sier loven?');
    await sut.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#f-slug')?.value).to.equal('kjop-av-sex-hva-sier-loven');
    await type(root, '#f-slug', 'egen-adresse');
    await type(root, '#f-title', 'Ny tittel');
    await sut.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#f-slug')?.value).to.equal('egen-adresse');
  });

  it('shows a 409 (slug taken) next to the slug field', async () => {
    const { fetchFn, requests } = stubFetch((request) => {
      if (request.url.endsWith('/api/admin/content/articles') && request.method === 'POST') {
        return jsonResponse(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'Another article already uses this address (slug)',
          code: 'taken',
        });
      }
      return { html: '' };
    });
    const sut = await fixture<ShContentEditor>(
      html`<sh-content-editor kind="articles" .fetchFn=${fetchFn}></sh-content-editor>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await type(root, '#f-title', 'Om loven');
    await type(root, '#f-authorName', 'Kari');
    await type(root, '#f-tags', 'lov,  helse , ');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => root.querySelector('#f-slug-error'), 'slug error not shown');
    const create = requests.find((r) => r.method === 'POST' && r.url.endsWith('/articles'));
    expect(create?.body).to.include({
      title: 'Om loven',
      slug: 'om-loven',
      authorRole: 'staff',
      authorAccountId: null,
    });
    expect((create?.body as { tags: string[] }).tags).to.deep.equal(['lov', 'helse']);
    expect(root.querySelector('#f-slug-error')?.textContent).to.contain('allerede i bruk');
    expect(root.querySelector('#f-slug')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#f-slug')?.getAttribute('aria-describedby')).to.contain('f-slug-error');
    await expect(sut).to.be.accessible();
  });

  it('shows 400 field codes at the fields they name and all of them in the summary, never the server text', async () => {
    const { fetchFn } = stubFetch((request) => {
      if (request.method === 'POST' && request.url.endsWith('/news-links')) {
        return jsonResponse(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'title is required; url must be a full http:// or https:// address; something else',
          code: 'validation',
          fields: [
            { field: 'title', code: 'required' },
            { field: 'url', code: 'invalid_format' },
            { field: 'unknownThing', code: 'unknown_field' },
          ],
        });
      }
      return { html: '' };
    });
    const sut = await fixture<ShContentEditor>(
      html`<sh-content-editor kind="news-links" .fetchFn=${fetchFn}></sh-content-editor>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await type(root, '#f-url', 'javascript:alert(1)');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => root.querySelector('#f-url-error'), 'url error not shown');
    expect(root.querySelector('#f-url-error')?.textContent).to.contain('ikke skrevet på riktig måte');
    expect(root.querySelector('#f-title-error')?.textContent).to.contain('må fylles ut');
    const summary = errorSummaryOf(root);
    expect([...(summary?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#f-title',
      '#f-url',
    ]);
    expect(summary?.textContent).to.contain('felt serveren ikke kjenner');
    expect(summary?.textContent).not.to.contain('something else');
    expect(root.querySelector('.preview')).to.equal(null);
  });

  it('publishes a saved item and deletes only after confirming', async () => {
    const item = savedArticle();
    const { fetchFn, requests } = stubFetch((request) => {
      if (request.url.endsWith('/publish'))
        return savedArticle({ published: true, publishedAt: '2026-11-29T10:00:00.000Z' });
      if (request.method === 'DELETE') return new Response(null, { status: 204 });
      return { html: '<p>Tekst</p>' };
    });
    const sut = await fixture<ShContentEditor>(
      html`<sh-content-editor kind="articles" .item=${item} .fetchFn=${fetchFn}></sh-content-editor>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    const button = (text: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text);
    const saved = oneEvent(sut, 'sh-content-saved');
    button('Publiser')?.click();
    expect((await saved).detail.item.published).to.equal(true);
    await sut.updateComplete;
    expect(root.querySelector('.state')?.textContent).to.contain('publisert');
    await waitUntil(() => root.activeElement?.textContent?.includes('Publisert.'), 'the outcome is not focused');
    button('Slett')?.click();
    await sut.updateComplete;
    expect(requests.some((r) => r.method === 'DELETE')).to.equal(false);
    const closed = oneEvent(sut, 'sh-content-closed');
    button('Ja, slett')?.click();
    expect((await closed).detail.deleted).to.equal(true);
    expect(requests.find((r) => r.method === 'DELETE')?.url).to.equal(`/api/admin/content/articles/${item.id}`);
  });
});
