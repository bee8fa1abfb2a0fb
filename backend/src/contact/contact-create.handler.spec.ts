import { randomUUID } from 'node:crypto';
import {
  formatPickupCode,
  LIMITS,
  normalisePickupCode,
  PICKUP_CODE_TAKEN,
  type ContactCreateResult,
} from '@sexhandel/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  contactPayload,
  CONTACT_BODY,
  newPickupCode,
  pushContact,
  readConversation,
  tableAsText,
} from '../../test/factories/contact.factory';
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
    it('creates a pick-up conversation with the code the device made; the result never echoes it', async () => {
      const pickupCode = newPickupCode();
      const result = await pushContact(sut, contactPayload({ pickupCode }));
      expect(result.status).toBe('applied');
      expect(result.result).toEqual({ conversationId: expect.any(String) });
      const { conversationId } = result.result as ContactCreateResult;
      const [row] = await sut.sql<{
        id: string;
        status: string;
        reply_by: string;
        email_sealed: string | null;
        pickup_code_hash: string;
      }>('select * from contact_conversation');
      expect(row).toMatchObject({ id: conversationId, status: 'new', reply_by: 'pickup', email_sealed: null });
      expect(row?.pickup_code_hash).toBeTruthy();
      expect(row?.pickup_code_hash).not.toContain(pickupCode);
    });

    it('opens the conversation with the device-made code, typed as shown or in lower case with spaces', async () => {
      const pickupCode = newPickupCode();
      const { result } = await pushContact(sut, contactPayload({ pickupCode }));
      const shown = formatPickupCode(pickupCode);
      const read = await readConversation(sut, shown);
      expect(read.statusCode).toBe(200);
      expect(read.json<{ id: string }>().id).toBe((result as ContactCreateResult).conversationId);
      expect((await readConversation(sut, shown.toLowerCase().replace(/-/g, ' '))).statusCode).toBe(200);
    });

    it('accepts the code in its shown form (dashes) and stores it as the normalised code', async () => {
      const pickupCode = newPickupCode();
      const sent = await pushContact(sut, contactPayload({ pickupCode: formatPickupCode(pickupCode) }));
      expect(sent.status).toBe('applied');
      expect((await readConversation(sut, pickupCode)).statusCode).toBe(200);
    });

    it('refuses a code it already knows with pickup_code_taken and keeps one conversation', async () => {
      const pickupCode = newPickupCode();
      expect((await pushContact(sut, contactPayload({ pickupCode }))).status).toBe('applied');
      const again = await pushContact(sut, contactPayload({ pickupCode, body: 'Noen andre med samme kode.' }));
      expect(again.status).toBe('rejected');
      expect(again.error?.code).toBe(PICKUP_CODE_TAKEN);
      expect(again.error?.message).toMatch(/already in use/);
      expect(await count()).toBe(1);
      const messages = await sut.sql<{ n: string }>('select count(*)::text as n from contact_message');
      expect(messages[0]?.n).toBe('1');
    });

    it('answers a replay of the same mutation as a duplicate (not as a taken code) and stores one conversation', async () => {
      const id = randomUUID();
      const payload = contactPayload();
      const first = await pushContact(sut, payload, id);
      const again = await pushContact(sut, payload, id);
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
      const pickupPayload = contactPayload();
      const pickup = await pushContact(sut, pickupPayload);
      await pushContact(sut, contactPayload({ replyBy: 'email', email }));
      expect(pickup.status).toBe('applied');
      const code = formatPickupCode(pickupPayload.pickupCode ?? '');
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
      ['replyBy pickup without a code', contactPayload({ pickupCode: undefined }), 'validation'],
      ['a code that is too short', contactPayload({ pickupCode: 'ABCD-EFGH-JKMN' }), 'validation'],
      ['a code with symbols outside the alphabet', contactPayload({ pickupCode: 'ABCD-EFGH-JKMN-PQR!' }), 'validation'],
      ['a code that is not text', contactPayload({ pickupCode: 1234 as never }), 'validation'],
      [
        'a code with replyBy email',
        contactPayload({ replyBy: 'email', email: 'person@example.org', pickupCode: newPickupCode() }),
        'validation',
      ],
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
