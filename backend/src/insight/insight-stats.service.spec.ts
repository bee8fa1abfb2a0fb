import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityCategoryRow, StatsDashboardDto, VisitsPerDayRow } from '@sexhandel/shared';
import { createAccount, createSignedIn, type SignedInClient } from '../../test/factories/account.factory';
import { contactPayload, pushContact } from '../../test/factories/contact.factory';
import { insertThread } from '../../test/factories/forum.factory';
import { osloDayOffset } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { InsightStatsService } from './insight-stats.service';

/**
 * One fixture forum with a known answer: members with 150, 50, 5, 3 and 0 published posts (208 in
 * all), a staff account whose 4 posts never count for activity, and visits on known days.
 */
describe(InsightStatsService.name, () => {
  let sut: TestApp;
  let admin: SignedInClient;
  let moderator: SignedInClient;
  const aliases = {
    super: 'stats-super',
    active: 'stats-active',
    passive: 'stats-passive',
    few: 'stats-few',
    observer: 'stats-observer',
  };

  async function getJson<T>(url: string, who: SignedInClient = admin): Promise<T> {
    const response = await sut.app.inject({ url, headers: { ...who.headers } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  }

  beforeAll(async () => {
    sut = await createTestApp();
    admin = await createSignedIn(sut, { roles: ['admin'] });
    moderator = await createSignedIn(sut, { roles: ['moderator'] });
    const counts: Array<[string, number]> = [
      [aliases.super, 150],
      [aliases.active, 50],
      [aliases.passive, 5],
      [aliases.few, 3],
      [aliases.observer, 0],
    ];
    for (const [alias, posts] of counts) {
      const { account } = await createAccount(sut, { alias });
      if (posts > 0) await insertThread(sut, account.id, { posts });
    }
    // A hidden post and a staff-voice post by a member: neither is a published member post.
    const extra = await insertThread(sut, (await createAccount(sut, { alias: 'stats-extra' })).account.id, {
      posts: 2,
    });
    await sut.sql(`update post set status = 'hidden' where thread_id = ? and body = 'Innlegg nummer 1'`, [extra]);
    await sut.sql(`update post set staff_voice = true where thread_id = ? and body = 'Innlegg nummer 2'`, [extra]);
    // Staff posts: removed under rules 2, 2 and 4, one of the rule-2 removals restored again.
    const staffThread = await insertThread(sut, moderator.me.id, { posts: 4 });
    const staffPosts = await sut.sql<{ id: string }>('select id from post where thread_id = ? order by created_at', [
      staffThread,
    ]);
    for (const [index, rule] of [2, 2, 4].entries()) {
      const removal = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/posts/${staffPosts[index]?.id}/removal`,
        headers: { ...moderator.headers },
        payload: { rule, note: 'Testfjerning' },
      });
      expect(removal.statusCode, removal.body).toBe(201);
    }
    const restore = await sut.app.inject({
      method: 'DELETE',
      url: `/api/admin/posts/${staffPosts[0]?.id}/removal`,
      headers: { ...moderator.headers },
    });
    expect(restore.statusCode, restore.body).toBe(200);
    // Visits: today 3 in the browser + 2 installed through campaign 'skole', yesterday 4, 70 days ago 1 (outside the day window).
    const visits: Array<[number, string, boolean, number]> = [
      [0, '', false, 3],
      [0, 'skole', true, 2],
      [-1, '', false, 4],
      [-70, 'skole', false, 1],
    ];
    for (const [offset, campaign, installed, count] of visits) {
      await sut.sql('insert into visit_count (day, campaign, installed, visits) values (?, ?, ?, ?)', [
        osloDayOffset(offset),
        campaign,
        installed,
        count,
      ]);
    }
    // Campaign 'skole' with 6 short-link opens; campaign 'messe' has neither opens nor visits yet.
    const skole = '00000000-0000-4000-8000-00000000a001';
    await sut.sql(
      `insert into campaign (id, name, channel, note, code, created_at) values (?, 'Skolebesøk', 'school', '', 'skole', now()), (?, 'Messe', 'event', '', 'messe', now())`,
      [skole, '00000000-0000-4000-8000-00000000a002'],
    );
    await sut.sql('insert into campaign_open (day, campaign_id, opens) values (?, ?, 4), (?, ?, 2)', [
      osloDayOffset(0),
      skole,
      osloDayOffset(-3),
      skole,
    ]);
    // Surveys: an open one with 2 answers, a closed one without, a draft (left out).
    const [open, closed, draft] = ['b001', 'b002', 'b003'].map((end) => `00000000-0000-4000-8000-00000000${end}`);
    await sut.sql(
      `insert into survey (id, title, intro, status, questions, created_at) values
       (?, 'Hvordan fant du oss', '', 'open', '[]', now()), (?, 'Gammel undersøkelse', '', 'closed', '[]', now() - interval '1 day'),
       (?, 'Utkast', '', 'draft', '[]', now())`,
      [open, closed, draft],
    );
    await sut.sql(
      `insert into survey_response (id, survey_id, day, response_key_hash, answers) values (gen_random_uuid(), ?, ?, 'a', '{}'), (gen_random_uuid(), ?, ?, 'b', '{}')`,
      [open, osloDayOffset(0), open, osloDayOffset(0)],
    );
    expect((await pushContact(sut, contactPayload())).status).toBe('applied');
  });
  afterAll(async () => sut.close());

  describe('getDashboard', () => {
    let dashboard: StatsDashboardDto;
    beforeAll(async () => {
      dashboard = await getJson<StatsDashboardDto>('/api/admin/stats');
    });

    it('puts members in activity categories with their share of all member posts (staff, hidden and staff-voice posts left out)', () => {
      const byCategory = Object.fromEntries(dashboard.activityCategories.map((row) => [row.category, row]));
      // Six member accounts: the five above and stats-extra (0 published posts); admin and moderator are staff.
      expect(byCategory.superUser).toMatchObject({ members: 1, posts: 150 });
      expect(byCategory.active).toMatchObject({ members: 1, posts: 50 });
      expect(byCategory.passive).toMatchObject({ members: 2, posts: 8 });
      expect(byCategory.observer).toMatchObject({ members: 2, posts: 0, postShare: 0 });
      expect(byCategory.superUser?.postShare).toBeCloseTo(150 / 208, 10);
      expect(byCategory.active?.postShare).toBeCloseTo(50 / 208, 10);
      expect(byCategory.passive?.postShare).toBeCloseTo(8 / 208, 10);
      expect(dashboard.activityCategories.map((row) => row.category)).toEqual([
        'observer',
        'passive',
        'active',
        'superUser',
      ]);
    });

    it('gives the share of posts by the 3 most active members and the top posters by alias', () => {
      expect(dashboard.headline).toMatchObject({ members: 6, memberPosts: 208 });
      expect(dashboard.headline.topShare).toBeCloseTo(205 / 208, 10);
      expect(dashboard.topPosters.map((row) => [row.rank, row.alias, row.posts])).toEqual([
        [1, aliases.super, 150],
        [2, aliases.active, 50],
        [3, aliases.passive, 5],
        [4, aliases.few, 3],
      ]);
      expect(dashboard.topPosters[0]?.postShare).toBeCloseTo(150 / 208, 10);
    });

    it('counts visits per day over 60 days (zeros included), per month and per campaign, and the installed share', () => {
      expect(dashboard.visitsPerDay).toHaveLength(60);
      expect(dashboard.visitsPerDay.at(-1)).toEqual<VisitsPerDayRow>({
        day: osloDayOffset(0),
        visits: 5,
        installed: 2,
      });
      expect(dashboard.visitsPerDay.at(-2)).toEqual<VisitsPerDayRow>({
        day: osloDayOffset(-1),
        visits: 4,
        installed: 0,
      });
      expect(dashboard.visitsPerDay[0]?.day).toBe(osloDayOffset(-59));
      expect(dashboard.visitsPerDay.reduce((sum, row) => sum + row.visits, 0)).toBe(9);
      const months = new Map<string, number>();
      for (const [offset, count] of [
        [0, 5],
        [-1, 4],
        [-70, 1],
      ] as const) {
        const month = osloDayOffset(offset).slice(0, 7);
        months.set(month, (months.get(month) ?? 0) + count);
      }
      expect(dashboard.visitsPerMonth.map((row) => [row.month, row.visits])).toEqual([...months].sort());
      expect(dashboard.visitsPerCampaign).toEqual([
        { campaign: '', name: null, visits: 7, opens: null },
        { campaign: 'skole', name: 'Skolebesøk', visits: 3, opens: 6 },
        { campaign: 'messe', name: 'Messe', visits: 0, opens: 0 },
      ]);
      expect(dashboard.headline).toMatchObject({ visitsToday: 5, visitsLast30Days: 9, visitsTotal: 10 });
      expect(dashboard.headline.installedShare).toBeCloseTo(2 / 9, 10);
    });

    it('counts removals in force per rule, posts per month and conversations', () => {
      expect(dashboard.removalsPerRule.map((row) => [row.rule, row.removals])).toEqual([
        [2, 1],
        [4, 1],
      ]);
      // 208 member posts, 2 more by stats-extra, 4 by staff.
      expect(dashboard.postsPerMonth.reduce((sum, row) => sum + row.posts, 0)).toBe(214);
      expect(dashboard.postsPerMonth.reduce((sum, row) => sum + row.removed, 0)).toBe(2);
      expect(dashboard.conversationsPerMonth.reduce((sum, row) => sum + row.conversations, 0)).toBe(1);
      expect(dashboard.headline.conversationsTotal).toBe(1);
    });

    it('counts answers per survey that is or was open', () => {
      expect(dashboard.surveyResponses.map((row) => [row.title, row.status, row.responses])).toEqual([
        ['Hvordan fant du oss', 'open', 2],
        ['Gammel undersøkelse', 'closed', 0],
      ]);
      expect(dashboard.headline.surveyResponsesTotal).toBe(2);
    });
  });

  describe('getTable', () => {
    it('answers one table as JSON, the same rows as the dashboard', async () => {
      const rows = await getJson<ActivityCategoryRow[]>('/api/admin/stats/activity-categories');
      expect(rows).toEqual((await getJson<StatsDashboardDto>('/api/admin/stats')).activityCategories);
    });

    it('downloads a table as CSV with a header row and an attachment name', async () => {
      const response = await sut.app.inject({
        url: '/api/admin/stats/activity-categories?format=csv',
        headers: { ...admin.headers },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="sexhandel-activity-categories-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(response.body.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
        'category,members,posts,postShare',
        'observer,2,0,0',
        'passive,2,8,0.0385',
        'active,1,50,0.2404',
        'superUser,1,150,0.7212',
        '',
      ]);
    });

    it('downloads every table as CSV', async () => {
      for (const table of [
        'visits-per-day',
        'visits-per-month',
        'visits-per-campaign',
        'top-posters',
        'posts-per-month',
        'removals-per-rule',
        'conversations-per-month',
        'survey-responses',
      ]) {
        const response = await sut.app.inject({
          url: `/api/admin/stats/${table}?format=csv`,
          headers: { ...admin.headers },
        });
        expect(response.statusCode, table).toBe(200);
        const lines = response.body
          .replace(/^\uFEFF/, '')
          .trimEnd()
          .split('\r\n');
        const rows = await getJson<unknown[]>(`/api/admin/stats/${table}`);
        expect(lines, table).toHaveLength(rows.length + 1);
      }
      const campaigns = await sut.app.inject({
        url: '/api/admin/stats/visits-per-campaign?format=csv',
        headers: { ...admin.headers },
      });
      expect(
        campaigns.body
          .replace(/^\uFEFF/, '')
          .split('\r\n')
          .slice(0, 3),
      ).toEqual(['campaign,name,visits,opens', ',,7,', 'skole,Skolebesøk,3,6']);
    });

    it('refuses an unknown table or format with 400', async () => {
      for (const url of ['/api/admin/stats/passwords', '/api/admin/stats/top-posters?format=xlsx']) {
        const response = await sut.app.inject({ url, headers: { ...admin.headers } });
        expect(response.statusCode, url).toBe(400);
        expect(JSON.stringify(response.json())).toMatch(/table must be one of|format must be json or csv/);
      }
    });

    it('is for admins only', async () => {
      expect((await sut.app.inject({ url: '/api/admin/stats' })).statusCode).toBe(401);
      expect(
        (await sut.app.inject({ url: '/api/admin/stats/top-posters', headers: { ...moderator.headers } })).statusCode,
      ).toBe(403);
    });
  });
});
