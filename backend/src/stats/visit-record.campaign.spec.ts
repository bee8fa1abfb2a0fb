import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMutation, osloDayOffset, push } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { CampaignsService } from '../campaigns/campaigns.service';

/** visit.record with a campaign code: a known code is counted with it, anything else without. */
describe('visit.record and campaigns', () => {
  let sut: TestApp;
  let code: string;
  let archivedCode: string;

  const visits = (day: string) =>
    sut.sql<{ campaign: string; installed: boolean; visits: number }>(
      `select campaign, installed, visits from visit_count where day = ? order by campaign, installed`,
      [day],
    );

  beforeAll(async () => {
    sut = await createTestApp();
    const campaigns = sut.app.get(CampaignsService);
    code = (await campaigns.create({ name: 'Skole', channel: 'school' })).code;
    const archived = await campaigns.create({ name: 'Gammel annonse', channel: 'print_ad' });
    await campaigns.setArchived(archived.id, true);
    archivedCode = archived.code;
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('counts a visit with a known campaign under that campaign', async () => {
    const day = osloDayOffset(-1);
    const { body } = await push(sut, [buildMutation('visit.record', { day, campaign: code, installed: true })]);
    expect(body.results[0]).toMatchObject({ status: 'applied', result: { counted: true } });
    expect(await visits(day)).toEqual([{ campaign: code, installed: true, visits: 1 }]);
  });

  it('counts a visit with an unknown code as a visit without campaign', async () => {
    const day = osloDayOffset(-2);
    const { body } = await push(sut, [
      buildMutation('visit.record', { day, campaign: 'zzzzzz' }),
      buildMutation('visit.record', { day }),
    ]);
    expect(body.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    expect(await visits(day)).toEqual([{ campaign: '', installed: false, visits: 2 }]);
  });

  it('keeps the campaign of an archived code (the link was opened before it was archived)', async () => {
    const day = osloDayOffset(-3);
    await push(sut, [buildMutation('visit.record', { day, campaign: archivedCode })]);
    expect(await visits(day)).toEqual([{ campaign: archivedCode, installed: false, visits: 1 }]);
  });

  it('counts a replayed mutation once', async () => {
    const day = osloDayOffset(-4);
    const mutation = buildMutation('visit.record', { day, campaign: code });
    await push(sut, [mutation]);
    const { body } = await push(sut, [mutation]);
    expect(body.results[0]?.status).toBe('duplicate');
    expect(await visits(day)).toEqual([{ campaign: code, installed: false, visits: 1 }]);
  });

  it('refuses a malformed campaign code with a message and counts nothing', async () => {
    const day = osloDayOffset(-5);
    const { body } = await push(sut, [buildMutation('visit.record', { day, campaign: 'Not A Code!' })]);
    expect(body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'validation' } });
    expect(await visits(day)).toEqual([]);
  });
});
