import { randomUUID } from 'node:crypto';
import { isPickupCode, LIMITS, normalisePickupCode, type ContactCreateResult } from '@sexhandel/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contactPayload, CONTACT_BODY, pushContact, tableAsText } from '../../test/factories/contact.factory';
import { buildMutation, push } from '../../test/factories/sync.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ContactCreateHandler } from './contact-create.handler';

describe(ContactCreateHandler.name, () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => sut.close());
  beforeEach(async () => {
    await sut.sql('delete from contact_conversation');
    await sut.sql('delete from applied_mutation');
  });

  const count = async () =>
    Number((await sut.sql<{ n: string }>('select count(*)::text as n from contact_conversation'))[0]?.n);

  describe('apply', () => {
    it('creates a pick-up conversation and answers a code of 16 symbols in 4 groups', async () => {
      const result = await pushContact(sut, contactPayload());
      expect(result.status).toBe('applied');
      const { conversationId, pickupCode } = result.result as ContactCreateResult;
      expect(pickupCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(isPickupCode(normalisePickupCode(pickupCode ?? ''))).toBe(true);
      const [row] = await sut.sql<{
        id: string;
        status: string;
        reply_by: string;
        email_sealed: string | null;
        pickup_code_hash: string;
      }>('select * from contact_conversation');
      expect(row).toMatchObject({ id: conversationId, status: 'new', reply_by: 'pickup', email_sealed: null });
      expect(row?.pickup_code_hash).toBeTruthy();
    });

    it('makes a different code every time', async () => {
      const codes = new Set<string>();
      for (let i = 0; i < 5; i += 1)
        codes.add(((await pushContact(sut, contactPayload())).result as ContactCreateResult).pickupCode ?? '');
      expect(codes.size).toBe(5);
    });

    it('answers a replay with the same code (duplicate) and stores one conversation', async () => {
      const id = randomUUID();
      const first = await pushContact(sut, contactPayload(), id);
      const again = await pushContact(sut, contactPayload(), id);
      expect(first.status).toBe('applied');
      expect(again.status).toBe('duplicate');
      expect(again.result).toEqual(first.result);
      expect(await count()).toBe(1);
    });

    it('with replyBy email answers no code and seals the address', async () => {
      const result = await pushContact(sut, contactPayload({ replyBy: 'email', email: 'person@example.org' }));
      expect(result.status).toBe('applied');
      expect(result.result).toEqual({ conversationId: expect.any(String) });
      const [row] = await sut.sql<{ email_sealed: string; pickup_code_hash: string | null }>(
        'select * from contact_conversation',
      );
      expect(row?.email_sealed).toMatch(/^v1\./);
      expect(row?.pickup_code_hash).toBeNull();
    });

    it('keeps the publication consent', async () => {
      await pushContact(sut, contactPayload({ publishConsent: true }));
      const [row] = await sut.sql<{ publish_consent: boolean }>('select publish_consent from contact_conversation');
      expect(row?.publish_consent).toBe(true);
    });

    it('stores no body, address or code in clear in any column', async () => {
      const email = 'hemmelig.person@example.org';
      const pickup = await pushContact(sut, contactPayload());
      await pushContact(sut, contactPayload({ replyBy: 'email', email }));
      const code = (pickup.result as ContactCreateResult).pickupCode ?? '';
      const raw =
        (await tableAsText(sut, 'contact_conversation')) +
        (await tableAsText(sut, 'contact_message')) +
        (await tableAsText(sut, 'applied_mutation'));
      expect(raw).not.toContain('kjøpt sex');
      expect(raw).not.toContain(CONTACT_BODY.slice(0, 20));
      expect(raw).not.toContain(email);
      expect(raw).not.toContain(code);
      expect(raw).not.toContain(normalisePickupCode(code));
    });
  });

  describe('bad input (rejected, nothing stored)', () => {
    const cases: [string, object, string][] = [
      ['an empty body', contactPayload({ body: '' }), 'validation'],
      ['a body of spaces only', contactPayload({ body: '   \n ' }), 'validation'],
      ['an over-long body', contactPayload({ body: 'x'.repeat(LIMITS.contactBodyMax + 1) }), 'validation'],
      ['an unknown topic', contactPayload({ topic: 'weather' as never }), 'validation'],
      ['an unknown replyBy', contactPayload({ replyBy: 'pigeon' as never }), 'validation'],
      ['replyBy email without an address', contactPayload({ replyBy: 'email' }), 'validation'],
      [
        'replyBy email with an invalid address',
        contactPayload({ replyBy: 'email', email: 'not-an-address' }),
        'validation',
      ],
      ['an address with replyBy pickup', contactPayload({ email: 'person@example.org' }), 'validation'],
      ['an unknown field', { ...contactPayload(), ip: '10.0.0.1' }, 'validation'],
    ];
    for (const [name, payload, code] of cases) {
      it(`refuses ${name}`, async () => {
        const result = await pushContact(sut, payload);
        expect(result.status).toBe('rejected');
        expect(result.error?.code).toBe(code);
        expect(result.error?.message).toBeTruthy();
        if (name.includes('with replyBy pickup')) expect(result.error?.message).toMatch(/Leave out the e-mail address/);
        expect(await count()).toBe(0);
      });
    }

    it('accepts exactly the longest body', async () => {
      const result = await pushContact(sut, contactPayload({ body: 'x'.repeat(LIMITS.contactBodyMax) }));
      expect(result.status).toBe('applied');
    });

    it('still applies the good mutations of a batch with a bad one', async () => {
      const { body } = await push(sut, [
        buildMutation('contact.create', contactPayload({ body: '' })),
        buildMutation('contact.create', contactPayload()),
      ]);
      expect(body.results.map((r) => r.status)).toEqual(['rejected', 'applied']);
      expect(await count()).toBe(1);
    });
  });
});
