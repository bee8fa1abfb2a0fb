import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EditorArticleDto, EditorStartPageDto } from '@sexhandel/shared';
import { errorSummaryOf, makeArticle, stubFetch, type RecordedRequest } from '../../../test/fixtures.js';
import type { ShStartPageEditor } from './sh-start-page-editor.js';
import './sh-start-page-editor.js';

const page: EditorStartPageDto = {
  id: '00000000-0000-4000-8000-000000000005',
  featuredArticleId: null,
  introductionHtml: '<p>Hei</p>',
  introductionMarkdown: 'Hei',
  todayNewsLinkId: null,
  updatedAt: '2026-10-01T10:00:00.000Z',
};

const article = {
  ...makeArticle(1),
  markdown: 'Tekst',
  published: true,
  createdAt: '2026-01-01T10:00:00.000Z',
  authorAccountId: null,
  discussionThreadId: null,
  discussionPostCount: 0,
} as EditorArticleDto;

const refused = (body: object) =>
  new Response(JSON.stringify({ statusCode: 400, error: 'Bad Request', message: 'English words', ...body }), {
    status: 400,
    headers: { 'content-type': 'application/json' },
  });

async function open(save: (request: RecordedRequest) => unknown) {
  const { fetchFn, requests } = stubFetch((request) => {
    if (request.method === 'PUT') return save(request);
    if (request.url.endsWith('/start-page')) return page;
    if (request.url.endsWith('/articles')) return [article];
    if (request.url.endsWith('/preview')) return { html: '' };
    return [];
  });
  const sut = await fixture<ShStartPageEditor>(html`<sh-start-page-editor .fetchFn=${fetchFn}></sh-start-page-editor>`);
  const root = sut.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector('#intro'), 'form not shown');
  return { sut, root, saves: () => requests.filter((r) => r.method === 'PUT') };
}

function submit(root: ShadowRoot): void {
  root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

describe('sh-start-page-editor', () => {
  it('refuses a too long introduction at the field and saves nothing; accessible', async () => {
    const { sut, root, saves } = await open(() => page);
    const intro = root.querySelector<HTMLTextAreaElement>('#intro') as HTMLTextAreaElement;
    intro.value = 'a'.repeat(5_001);
    intro.dispatchEvent(new Event('input'));
    await sut.updateComplete;
    submit(root);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    const summary = errorSummaryOf(root) as HTMLElement;
    expect(summary.querySelector('a')?.getAttribute('href')).to.equal('#intro');
    expect((summary.getRootNode() as ShadowRoot).activeElement).to.equal(summary);
    expect(intro.getAttribute('aria-invalid')).to.equal('true');
    expect(intro.getAttribute('aria-describedby')).to.equal('intro-error');
    expect(root.getElementById('intro-error')?.textContent).to.contain('høyst 5000 tegn');
    expect(root.querySelector('.error-box')).to.equal(null);
    expect(saves()).to.have.length(0);
    await expect(sut).to.be.accessible();
  });

  it('shows an unpublished featured article at its picker, in Norwegian', async () => {
    const { root, saves } = await open(() => refused({ statusCode: 422, code: 'unknown_article' }));
    submit(root);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(saves()).to.have.length(1);
    expect(errorSummaryOf(root)?.querySelector('a')?.getAttribute('href')).to.equal('#featured');
    expect(errorSummaryOf(root)?.textContent).not.to.contain('English');
    const featured = root.getElementById('featured');
    expect(featured?.getAttribute('aria-invalid')).to.equal('true');
    expect(featured?.getAttribute('aria-describedby')).to.equal('featured-error');
    expect(root.getElementById('featured-error')?.textContent).to.contain('Velg en publisert artikkel');
    expect(root.querySelector('.error-box')).to.equal(null);
  });

  it('shows a server field refusal at the field', async () => {
    const { root } = await open(() =>
      refused({ code: 'validation', fields: [{ field: 'introductionMarkdown', code: 'too_long' }] }),
    );
    submit(root);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(errorSummaryOf(root)?.querySelector('a')?.getAttribute('href')).to.equal('#intro');
    expect(root.getElementById('intro-error')?.textContent).to.contain('«Kort introduksjon (Markdown)» er for lang.');
    expect(root.getElementById('intro')?.getAttribute('aria-invalid')).to.equal('true');
  });

  it('puts a failed connection in the summary without a link, and saves once it works', async () => {
    let down = true;
    const { root, saves } = await open(() => {
      if (down) throw new TypeError('Failed to fetch');
      return page;
    });
    submit(root);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(errorSummaryOf(root)?.textContent).to.contain('Ingenting er lagret');
    expect(errorSummaryOf(root)?.querySelector('a')).to.equal(null);
    down = false;
    submit(root);
    await waitUntil(() => root.querySelector('[role="status"]')?.textContent?.includes('lagret'), 'not saved');
    expect(saves()).to.have.length(2);
    expect(errorSummaryOf(root)).to.equal(null);
  });
});
