import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { appDb } from '../../data/app-db.js';
import { makeArticle } from '../../test/fixtures.js';
import type { ShStartPage } from './sh-start-page.js';
import './sh-start-page.js';

describe('sh-start-page', () => {
  beforeEach(async () => {
    await Promise.all(appDb.tables.map((table) => table.clear()));
  });
  afterEach(async () => {
    fixtureCleanup();
    await Promise.all(appDb.tables.map((table) => table.clear()));
  });

  it('shows the introduction once (the editors’ when synced) and the survey invitation after the content', async () => {
    await appDb.articles.put(makeArticle(1));
    await appDb.startPages.put({
      id: 's1',
      featuredArticleId: null,
      introductionHtml: '<p>Redaksjonens egen innledning.</p>',
      todayNewsLinkId: null,
      updatedAt: '2026-11-29T10:00:00.000Z',
    });
    const sut = await fixture<ShStartPage>(html`<sh-start-page></sh-start-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.textContent?.includes('Redaksjonens egen innledning'), 'editorial intro not shown');
    expect(root.querySelectorAll('.intro').length, 'one introduction').to.equal(1);
    expect(root.textContent).to.not.contain('Her finner du kunnskap om kjøp av sex');
    const invite = root.querySelector('sh-survey-invite');
    const help = root.querySelector('section.help');
    expect(invite, 'the invitation is still offered').to.not.equal(null);
    expect(
      help!.compareDocumentPosition(invite!) & Node.DOCUMENT_POSITION_FOLLOWING,
      'invite after the content',
    ).to.not.equal(0);
    await expect(sut).to.be.accessible();
  });

  it('shows the built-in introduction before the first sync', async () => {
    const sut = await fixture<ShStartPage>(html`<sh-start-page></sh-start-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.textContent?.includes('Her finner du kunnskap om kjøp av sex'));
    expect(root.querySelectorAll('.intro').length).to.equal(1);
  });
});
