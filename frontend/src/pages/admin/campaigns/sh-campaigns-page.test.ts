import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { CampaignDto } from '@sexhandel/shared';
import type { SessionState } from '../../../state/session.service.js';
import { stubFetch, type RecordedRequest, errorSummaryOf } from '../../../test/fixtures.js';
import type { ShCampaignForm } from './sh-campaign-form.js';
import type { ShCampaignItem } from './sh-campaign-item.js';
import type { ShCampaignsPage } from './sh-campaigns-page.js';
import './sh-campaigns-page.js';

const admin: SessionState = {
  status: 'signed-in',
  me: { id: 'a1', alias: 'Admin1', roles: ['member', 'admin'], joinedAt: '2026-01-01' },
};
const moderator: SessionState = {
  status: 'signed-in',
  me: { id: 'm1', alias: 'Mod1', roles: ['member', 'moderator'], joinedAt: '2026-01-01' },
};

const ID = '11111111-1111-4111-8111-111111111111';

function campaign(overrides: Partial<CampaignDto> = {}): CampaignDto {
  return {
    id: ID,
    name: 'Kort til skoler i Oslo',
    channel: 'school',
    note: 'Høsten 2026',
    code: 'abc234',
    shortUrl: 'https://sexhandel.example/k/abc234',
    createdAt: '2026-11-01T10:00:00.000Z',
    archivedAt: null,
    opens: 42,
    visits: 17,
    ...overrides,
  };
}

/** A small in-memory admin API for the page. */
function server(initial: CampaignDto[]) {
  let list = [...initial];
  return stubFetch((request: RecordedRequest) => {
    const body = request.body as Record<string, string> | undefined;
    if (request.method === 'GET') return list;
    if (request.method === 'POST' && request.url === '/api/admin/campaigns') {
      const created = campaign({
        id: '22222222-2222-4222-8222-222222222222',
        code: 'xyz789',
        shortUrl: 'https://sexhandel.example/k/xyz789',
        opens: 0,
        visits: 0,
        ...body,
      });
      list = [created, ...list];
      return new Response(JSON.stringify(created), { status: 201, headers: { 'content-type': 'application/json' } });
    }
    const id = request.url.split('/')[4];
    const current = list.find((c) => c.id === id);
    if (!current)
      return new Response(JSON.stringify({ message: 'There is no campaign with this id' }), { status: 404 });
    const next =
      request.method === 'PATCH'
        ? { ...current, ...body }
        : { ...current, archivedAt: request.method === 'POST' ? '2026-11-29T10:00:00.000Z' : null };
    list = list.map((c) => (c.id === id ? next : c));
    return next;
  });
}

async function open(session: SessionState, handler = server([campaign()])) {
  const page = await fixture<ShCampaignsPage>(
    html`<sh-campaigns-page .fetchFn=${handler.fetchFn} .session=${session}></sh-campaigns-page>`,
  );
  const root = page.shadowRoot as ShadowRoot;
  return { page, root, requests: handler.requests };
}

const itemsOf = (root: ShadowRoot) => [...root.querySelectorAll<ShCampaignItem>('sh-campaign-item')];
const itemRoot = (item: ShCampaignItem) => item.shadowRoot as ShadowRoot;

describe('campaign screens', () => {
  afterEach(() => fixtureCleanup());

  it('lists a campaign with channel, counts, short link, QR preview and downloads; accessible', async function () {
    // axe walks every shadow root; on a busy machine that takes longer than the default 5 s.
    this.timeout(30_000);
    const { page, root, requests } = await open(admin);
    await waitUntil(() => itemsOf(root).length === 1, 'campaign not listed');
    const item = itemsOf(root)[0] as ShCampaignItem;
    await item.updateComplete;
    const r = itemRoot(item);
    expect(requests[0]?.url).to.equal('/api/admin/campaigns');
    const facts = r.querySelector('dl.facts')?.textContent?.replace(/\s+/g, ' ');
    expect(facts).to.contain('Skole').and.contain('42').and.contain('17').and.contain('Høsten 2026');
    expect(r.querySelector<HTMLInputElement>('#link')?.value).to.equal('https://sexhandel.example/k/abc234');
    expect(r.querySelector('img.qr')?.getAttribute('src')).to.equal(`/api/admin/campaigns/${ID}/qr.svg`);
    const downloads = [...r.querySelectorAll('ul.downloads a')].map((a) => a.getAttribute('href'));
    expect(downloads).to.deep.equal(
      ['qr.svg', 'qr.png', 'card.pdf', 'sheet.pdf'].map((f) => `/api/admin/campaigns/${ID}/${f}`),
    );
    // The QR image would load from the server; the test has none.
    r.querySelector('img.qr')?.removeAttribute('src');
    await expect(page).to.be.accessible();
  });

  it('refuses an empty name without a request, then creates a campaign and shows its link', async () => {
    const { root, requests } = await open(admin);
    await waitUntil(() => itemsOf(root).length === 1, 'campaign not listed');
    const form = root.querySelector('sh-campaign-form#new') as ShCampaignForm;
    const f = form.shadowRoot as ShadowRoot;
    f.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => errorSummaryOf(f), 'empty name accepted');
    expect(errorSummaryOf(f)?.querySelector('a')?.getAttribute('href')).to.equal('#name');
    expect(f.querySelector('#name')?.getAttribute('aria-invalid')).to.equal('true');
    expect(requests.filter((r) => r.method === 'POST')).to.have.length(0);
    const name = f.querySelector<HTMLInputElement>('#name');
    const channel = f.querySelector<HTMLSelectElement>('#channel');
    if (!name || !channel) throw new Error('form fields missing');
    name.value = '  Annonse i lokalavisa  ';
    name.dispatchEvent(new Event('input'));
    channel.value = 'print_ad';
    channel.dispatchEvent(new Event('change'));
    f.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => itemsOf(root).length === 2, 'created campaign not listed');
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).to.deep.equal({ name: 'Annonse i lokalavisa', channel: 'print_ad', note: '' });
    expect(root.querySelector('[role="status"]')?.textContent).to.contain('https://sexhandel.example/k/xyz789');
    await form.updateComplete;
    expect(f.querySelector<HTMLInputElement>('#name')?.value).to.equal('');
  });

  it('edits name, channel and note', async () => {
    const { root, requests } = await open(admin);
    await waitUntil(() => itemsOf(root).length === 1, 'campaign not listed');
    const item = itemsOf(root)[0] as ShCampaignItem;
    const r = itemRoot(item);
    [...r.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Endre')?.click();
    await item.updateComplete;
    const form = r.querySelector('sh-campaign-form') as ShCampaignForm;
    await form.updateComplete;
    const f = form.shadowRoot as ShadowRoot;
    const name = f.querySelector<HTMLInputElement>('#name');
    if (!name) throw new Error('edit form missing');
    expect(name.value).to.equal('Kort til skoler i Oslo');
    name.value = 'Kort til skoler i Bergen';
    name.dispatchEvent(new Event('input'));
    f.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => requests.some((q) => q.method === 'PATCH'), 'update not sent');
    const patch = requests.find((q) => q.method === 'PATCH');
    expect(patch?.url).to.equal(`/api/admin/campaigns/${ID}`);
    expect(patch?.body).to.deep.equal({ name: 'Kort til skoler i Bergen', channel: 'school', note: 'Høsten 2026' });
    await waitUntil(
      () => r.querySelector('h3')?.textContent?.includes('Bergen') && !r.querySelector('sh-campaign-form'),
      'edit not closed',
    );
  });

  it('archives a campaign into the archived list and brings it back', async () => {
    const { root, requests } = await open(admin);
    await waitUntil(() => itemsOf(root).length === 1, 'campaign not listed');
    const button = (label: string) =>
      [...itemRoot(itemsOf(root)[0] as ShCampaignItem).querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === label,
      );
    button('Arkiver')?.click();
    await waitUntil(() => root.querySelector('#archived'), 'archived list not shown');
    expect(requests.at(-1)).to.include({ method: 'POST', url: `/api/admin/campaigns/${ID}/archive` });
    expect(root.querySelector('#active')?.closest('section')?.textContent).to.contain('Ingen aktive kampanjer');
    await itemsOf(root)[0]?.updateComplete;
    button('Ta i bruk igjen')?.click();
    await waitUntil(() => !root.querySelector('#archived'), 'not restored');
    expect(requests.at(-1)).to.include({ method: 'DELETE', url: `/api/admin/campaigns/${ID}/archive` });
  });

  it('shows nothing of the screen to staff without the admin role, and fetches nothing', async () => {
    const { root, requests } = await open(moderator);
    expect(root.textContent).to.contain('ikke tilgang');
    expect(root.querySelector('sh-campaign-form')).to.equal(null);
    expect(requests).to.have.length(0);
  });
});
