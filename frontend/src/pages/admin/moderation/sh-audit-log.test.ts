import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { AuditEntryDto } from '@sexhandel/shared';
import { stubFetch } from '../../../test/fixtures.js';
import type { ShAuditLog } from './sh-audit-log.js';
import './sh-audit-log.js';

function entry(overrides: Partial<AuditEntryDto>): AuditEntryDto {
  return {
    id: crypto.randomUUID(),
    actorAlias: 'Moderator1',
    action: 'post.remove',
    targetType: 'post',
    targetId: '6698f22d-0000-4000-8000-000000000001',
    reason: null,
    at: '2026-11-29T10:00:00.000Z',
    threadId: null,
    threadTitle: null,
    targetAlias: null,
    rule: null,
    until: null,
    note: null,
    ...overrides,
  };
}

describe('sh-audit-log', () => {
  afterEach(() => fixtureCleanup());

  it('reads as Norwegian sentences with links, not ids and "rule 2:"', async () => {
    const items = [
      entry({
        reason: 'rule 2: Personangrep.',
        threadId: 't1',
        threadTitle: 'Hvordan slutter man?',
        rule: 2,
        note: 'Personangrep.',
      }),
      entry({
        action: 'member.suspend',
        targetType: 'account',
        targetAlias: 'Ola',
        reason: 'until 2026-12-06T10:00:00.000Z: Spam',
        until: '2026-12-06T10:00:00.000Z',
        note: 'Spam',
      }),
      entry({ action: 'staff.roles', targetType: 'account', targetAlias: 'Kari', note: 'moderator, editor' }),
      entry({ action: 'blocklist.add', targetType: 'domain', targetId: 'spam.example' }),
    ];
    const { fetchFn } = stubFetch(() => ({ items, nextCursor: null }));
    const sut = await fixture<ShAuditLog>(html`<sh-audit-log .fetchFn=${fetchFn}></sh-audit-log>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('.log li').length === 4, 'log not shown');
    const rows = [...root.querySelectorAll('.log li .what')].map((row) => row.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.equal('Fjernet innlegg i «Hvordan slutter man?» etter regel 2: Personangrep.');
    expect(root.querySelector('.log li a')?.getAttribute('href')).to.equal('/forum/traad/t1');
    expect(rows[1]).to.match(/^Utestengte Ola til .+: Spam$/);
    expect(rows[2]).to.equal('Endret rollene til Kari: Moderator, Redaktør');
    expect(rows[3]).to.equal('Blokkerte lenker til spam.example');
    const text = root.textContent ?? '';
    expect(text).to.not.contain('6698f22d');
    expect(text).to.not.contain('rule 2');
    await expect(sut).to.be.accessible();
  });
});
