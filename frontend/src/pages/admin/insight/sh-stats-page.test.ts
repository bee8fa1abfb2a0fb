import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { StatsDashboardDto } from '@sexhandel/shared';
import type { SessionState } from '../../../state/session.service.js';
import { stubFetch } from '../../../test/fixtures.js';
import type { ShStatsPage } from './sh-stats-page.js';
import './sh-stats-page.js';

const admin: SessionState = {
  status: 'signed-in',
  me: { id: 'u1', alias: 'Admin1', roles: ['member', 'admin'], joinedAt: '2026-01-01' },
};
const moderator: SessionState = {
  status: 'signed-in',
  me: { id: 'u2', alias: 'Mod1', roles: ['member', 'moderator'], joinedAt: '2026-01-01' },
};

const days = Array.from({ length: 60 }, (_, index) => {
  const date = new Date(Date.UTC(2026, 9, 1 + index, 12));
  return {
    day: date.toISOString().slice(0, 10),
    visits: index === 59 ? 5 : index % 3,
    installed: index === 59 ? 2 : 0,
  };
});

const dashboard: StatsDashboardDto = {
  generatedAt: '2026-11-29T20:00:00.000Z',
  headline: {
    visitsToday: 5,
    visitsLast30Days: 40,
    visitsTotal: 120,
    installedShare: 0.25,
    members: 6,
    memberPosts: 208,
    topShare: 205 / 208,
    conversationsTotal: 3,
    surveyResponsesTotal: 2,
  },
  visitsPerDay: days,
  visitsPerMonth: [
    { month: '2026-10', visits: 60, installed: 10 },
    { month: '2026-11', visits: 60, installed: 20 },
  ],
  visitsPerCampaign: [
    { campaign: '', name: null, visits: 100, opens: null },
    { campaign: 'skole2', name: 'Skolebesøk', visits: 20, opens: 31 },
  ],
  activityCategories: [
    { category: 'observer', members: 2, posts: 0, postShare: 0 },
    { category: 'passive', members: 2, posts: 8, postShare: 8 / 208 },
    { category: 'active', members: 1, posts: 50, postShare: 50 / 208 },
    { category: 'superUser', members: 1, posts: 150, postShare: 150 / 208 },
  ],
  topPosters: [{ rank: 1, alias: 'Nattugla', posts: 150, postShare: 150 / 208 }],
  postsPerMonth: [{ month: '2026-11', posts: 214, removed: 2 }],
  removalsPerRule: [{ rule: 4, ruleTitle: 'Ingen reklame', removals: 1 }],
  conversationsPerMonth: [{ month: '2026-11', conversations: 3 }],
  surveyResponses: [{ surveyId: 's1', title: 'Hvordan fant du oss', status: 'open', responses: 2 }],
};

describe('sh-stats-page', () => {
  afterEach(() => fixtureCleanup());

  it('shows headline figures, charts with their numbers, CSV links and the research export; accessible', async function () {
    const { fetchFn, requests } = stubFetch(() => dashboard);
    const page = await fixture<ShStatsPage>(
      html`<sh-stats-page .fetchFn=${fetchFn} .session=${admin}></sh-stats-page>`,
    );
    const root = page.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('.figures'), 'dashboard not rendered');
    expect(requests[0]?.url).to.equal('/api/admin/stats');
    const figures = [...root.querySelectorAll('.figures li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(figures[0]).to.equal('5 besøk i dag');
    expect(figures[4]).to.match(/^99 %/);
    const links = [...root.querySelectorAll('.download a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('/api/admin/stats/visits-per-day?format=csv');
    expect(links).to.include('/api/admin/stats/top-posters?format=csv');
    expect(links).to.have.length(9);
    const dayChart = root.querySelector('sh-column-chart')?.shadowRoot as ShadowRoot;
    expect(dayChart.querySelectorAll('rect')).to.have.length(60);
    expect(dayChart.querySelectorAll('tbody tr')).to.have.length(60);
    const campaigns = [...root.querySelectorAll('sh-bar-chart')]
      .map((chart) => chart.shadowRoot?.textContent ?? '')
      .find((text) => text.includes('Skolebesøk'));
    expect(campaigns).to.contain('Uten kampanje');
    expect(root.textContent).to.contain('Nattugla');
    const research = root.querySelector('sh-research-export-panel')?.shadowRoot as ShadowRoot;
    expect([...research.querySelectorAll('a.button')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '/api/admin/research-export?format=jsonl',
      '/api/admin/research-export?format=csv',
    ]);
    expect(research.textContent).to.contain('revisjonsloggen');
    await expect(page).to.be.accessible();
  });

  it('asks nothing of the server for someone who is not an admin', async () => {
    const { fetchFn, requests } = stubFetch(() => dashboard);
    const page = await fixture<ShStatsPage>(
      html`<sh-stats-page .fetchFn=${fetchFn} .session=${moderator}></sh-stats-page>`,
    );
    expect(page.shadowRoot?.textContent).to.contain('ikke tilgang');
    expect(requests).to.have.length(0);
  });
});
