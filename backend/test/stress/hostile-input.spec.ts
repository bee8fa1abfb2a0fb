import { randomUUID } from 'node:crypto';
import { LIMITS } from '@sexhandel/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MutationHandlerRegistry } from '../../src/sync/mutation-handler.registry';
import { expectApiError, expectListedMutationError } from '../api-error.expect';
import { createSignedIn, type CreatedAccount, type SignedInClient } from '../factories/account.factory';
import { routeTable, type AppRoute } from '../route-table';
import { createTestApp, type TestApp } from '../test-app';

/**
 * Hostile input: property-based bodies (wrong types, missing and extra fields, huge strings, deep
 * nesting, unicode edge cases, injection strings, numbers at limits) for every write route of the
 * running app and every registered mutation kind. No 5xx, every refusal a 4xx (or `rejected`) with
 * a message, and the main tables keep their row counts unless a generated value happened to be valid.
 */

// 1,000 cases per route and kind on PostgreSQL. PGlite (one WebAssembly connection) runs the same
// generators 300 times: the refusal paths are the same code, and 1,000 there costs minutes of CI.
const CASES = Number(process.env.HOSTILE_CASES ?? (process.env.TEST_ENGINE === 'postgresql' ? 1000 : 300));
const TABLES = [
  'account',
  'post',
  'thread',
  'flag',
  'contact_conversation',
  'contact_message',
  'visit_count',
  'applied_mutation',
  'audit_entry',
  'sync_change',
  'article',
  'page',
  'campaign',
  'campaign_open',
  'survey',
  'survey_response',
] as const;
type Counts = Record<(typeof TABLES)[number], number>;

interface WriteRoute {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
}

/** Write routes of the running app whose handler takes a @Body(). */
function writeRoutesWithBody(sut: TestApp): WriteRoute[] {
  return routeTable(sut).filter(
    (route): route is AppRoute & WriteRoute =>
      route.takesBody &&
      (route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH' || route.method === 'DELETE'),
  );
}

function concreteUrl(path: string): string {
  return path
    .replace(/:id\b/g, '00000000-0000-4000-8000-00000000dead')
    .replace(/:alias\b/g, 'no-such-member-x')
    .replace(/:domain\b/g, 'no-such-domain.example');
}

// ---------------------------------------------------------------------------------------------
// Generators

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  '𝕳𝖊𝖑𝖑𝖔',
  "'; drop table post; --",
  "' or '1'='1",
  '" or ""="',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '${7*7}',
  '{{constructor}}',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  'prototype',
  '../../../etc/passwd',
  '%00',
  '%s%s%s%n',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '2147483648',
  '9007199254740993',
  'null',
  'undefined',
  'true',
  '0000-00-00',
  '2026-02-30',
  '9999-12-31T23:59:59.999Z',
  '00000000-0000-0000-0000-000000000000',
  'member@example.org',
  'a'.repeat(65),
];

const NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  -1.5,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
];

const hugeString = fc
  .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom('a', '\u202E', '😀', '\u0000', "'", '<b>', 'ø'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.array(fc.constantFrom(...NASTY_STRINGS), { maxLength: 4 }).map((parts) => parts.join(' ')),
  },
);

const deepValue = fc
  .tuple(fc.integer({ min: 50, max: 150 }), fc.boolean(), fc.constantFrom<unknown>('x', 1, null, {}, []))
  .map(([depth, asArray, leaf]) => {
    let value: unknown = leaf;
    for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { a: value };
    return value;
  });

const scalar = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(...NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.date({ noInvalidDate: true, min: new Date(-8.64e15), max: new Date(8.64e15) }).map((date) => date.toISOString()),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 40, arbitrary: scalar },
  // Huge strings are the slow part of a case; about one body in ten carries one.
  { weight: 1, arbitrary: hugeString },
  { weight: 4, arbitrary: deepValue },
  { weight: 8, arbitrary: fc.array(scalar, { maxLength: 5 }) },
  {
    weight: 4,
    arbitrary: fc.dictionary(
      hostileString.filter((key) => key.length < 100),
      scalar,
      { maxKeys: 4 },
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      { __proto__: { admin: true } },
      { constructor: { prototype: { x: 1 } } },
      [],
      {},
    ),
  },
);

const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'id',
  'role',
  'roles',
  'isAdmin',
  'authorId',
  'accountId',
  'status',
  'createdAt',
  '$where',
  'x',
];

/** Objects made of the route's own field names (some missing, wrong types) plus, sometimes, extra keys. */
function hostileObject(fields: string[]): fc.Arbitrary<Record<string, unknown>> {
  const keys = fields.length > 0 ? fields : ['body', 'title'];
  return fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue])), { requiredKeys: [] }),
      fc.option(fc.dictionary(fc.constantFrom(...EXTRA_KEYS), hostileValue, { maxKeys: 3 }), { nil: undefined }),
    )
    .map(([known, extra]) => {
      const body: Record<string, unknown> = { ...known };
      // Assigning through defineProperty keeps "__proto__" a real own key in the JSON sent.
      for (const [key, value] of Object.entries(extra ?? {}))
        Object.defineProperty(body, key, { value, enumerable: true });
      return body;
    });
}

type Body = { raw: string } | { json: unknown };

const RAW_TEXTS = [
  '{"body": 1e309}',
  '{"title": -1e309, "body": 1e309}',
  '{',
  '{"a":}',
  '[1,2',
  'nul',
  '"\\ud800"',
  '{"__proto__": {"x": 1}}',
  '{"a":1,"a":2}',
  '\u0000',
  '',
];

function hostileBody(fields: string[]): fc.Arbitrary<Body> {
  return fc.oneof(
    { weight: 12, arbitrary: hostileObject(fields).map((json): Body => ({ json })) },
    { weight: 2, arbitrary: hostileValue.map((json): Body => ({ json })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...fields, 'body'),
          fc.constantFrom('1e309', '-1e309', '1e-400', '123456789012345678901234567890'),
        )
        .map(([key, number]): Body => ({ raw: `{"${key}": ${number}}` })),
    },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_TEXTS).map((raw): Body => ({ raw })) },
  );
}

const encode = (body: Body): string => ('raw' in body ? body.raw : (JSON.stringify(body.json) ?? 'null'));

// ---------------------------------------------------------------------------------------------

interface Tally {
  key: string;
  cases: number;
  accepted: number;
  refused: number;
  ms: number;
}

describe('Hostile input', () => {
  let sut: TestApp;
  let client: SignedInClient & CreatedAccount;
  let routes: WriteRoute[];
  let openApi: {
    paths: Record<string, Record<string, OpenApiOperation>>;
    components?: { schemas?: Record<string, OpenApiSchema> };
  };
  const tallies: Tally[] = [];

  interface OpenApiSchema {
    properties?: Record<string, unknown>;
  }
  interface OpenApiOperation {
    requestBody?: { content?: Record<string, { schema?: { $ref?: string } & OpenApiSchema }> };
  }

  async function countTables(): Promise<Counts> {
    const rows = await sut.sql<Record<string, string>>(
      `select ${TABLES.map((table) => `(select count(*) from ${table}) as ${table}`).join(', ')}`,
    );
    return Object.fromEntries(TABLES.map((table) => [table, Number(rows[0][table])])) as Counts;
  }

  function fieldsOf(route: WriteRoute): string[] {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const schema =
      openApi.paths[path]?.[route.method.toLowerCase()]?.requestBody?.content?.['application/json']?.schema;
    const ref = schema?.$ref?.split('/').pop();
    const properties = ref ? openApi.components?.schemas?.[ref]?.properties : schema?.properties;
    return Object.keys(properties ?? {});
  }

  beforeAll(async () => {
    sut = await createTestApp();
    client = await createSignedIn(sut, { roles: ['member', 'admin', 'moderator', 'editor', 'counsellor'] });
    await sut.sql('insert into forum_member (account_id, rules_accepted_at) values (?, now())', [client.account.id]);
    routes = writeRoutesWithBody(sut);
    openApi = (await sut.app.inject({ method: 'GET', url: '/api/docs/openapi.json' })).json();
  });

  afterAll(async () => {
    if (tallies.length > 0) {
      console.log(`\nHostile input (${process.env.TEST_ENGINE ?? 'pglite'}): cases per route / mutation kind`);
      console.table(
        tallies.map(({ key, cases, accepted, refused, ms }) => ({
          target: key,
          cases,
          refused,
          'accepted (valid)': accepted,
          ms: Math.round(ms),
        })),
      );
      console.log(`total cases: ${tallies.reduce((sum, tally) => sum + tally.cases, 0)}`);
    }
    await sut?.close();
  });

  /** Runs `send` for each generated body; refusals must leave the counted tables as they were. */
  async function runCases(
    key: string,
    arbitrary: fc.Arbitrary<Body>,
    send: (body: Body) => Promise<'accepted' | 'refused'>,
  ): Promise<void> {
    const tally: Tally = { key, cases: 0, accepted: 0, refused: 0, ms: 0 };
    const started = performance.now();
    let baseline = await countTables();
    await fc.assert(
      fc.asyncProperty(arbitrary, async (body) => {
        tally.cases += 1;
        const outcome = await send(body);
        if (outcome === 'refused') {
          tally.refused += 1;
          return;
        }
        // A generated value happened to be valid: accept it and count from here on.
        tally.accepted += 1;
        baseline = await countTables();
      }),
      { numRuns: CASES, endOnFailure: true },
    );
    expect(await countTables(), `${key}: row counts after refusals`).toEqual(baseline);
    tally.ms = performance.now() - started;
    tallies.push(tally);
  }

  it('finds the write routes and mutation kinds of the running app', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(sut.app.get(MutationHandlerRegistry).kinds().length).toBeGreaterThan(3);
  });

  it('refuses NUL and lone surrogates with a 400 (regressions: 500 from isEmail and from PostgreSQL)', async () => {
    const register = await sut.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { alias: 'Nattugla', email: '\uD800', password: 'correct horse battery' },
    });
    expect(register.statusCode).toBe(400);
    expect(register.json<{ code: string }>().code).toBe('invalid_text');
    const login = await sut.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { alias: 'a\u0000b', password: 'correct horse battery' },
    });
    expect(login.statusCode).toBe(400);
    expect(expectApiError(login.body).code).toBe('invalid_text');
  });

  it('refuses hostile bodies on every write route with a 4xx and a message, and changes nothing', async () => {
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const url = concreteUrl(route.path);
      await runCases(key, hostileBody(fieldsOf(route)), async (body) => {
        const response = await sut.app.inject({
          method: route.method,
          url,
          headers: { ...client.headers, 'content-type': 'application/json' },
          payload: encode(body),
        });
        expect(
          response.statusCode,
          `${key} ${encode(body).slice(0, 300)}: ${response.body.slice(0, 300)}`,
        ).toBeLessThan(500);
        if (response.statusCode < 400) return 'accepted';
        expectApiError(response.body, `${key} ${response.statusCode}`);
        return 'refused';
      });
      // Over the body limit: refused before any handler runs.
      const tooBig = await sut.app.inject({
        method: route.method,
        url,
        headers: { ...client.headers, 'content-type': 'application/json' },
        payload: JSON.stringify({ body: 'x'.repeat(LIMITS.bodyBytes + 10) }),
      });
      expect(tooBig.statusCode, `${key} over the body limit`).toBe(413);
      expect(expectApiError(tooBig.body, key).code).toBe('payload_too_large');
    }
  }, 900_000);

  it('answers every hostile mutation of every kind with rejected + code + message (or applied), and changes nothing', async () => {
    const kinds = sut.app.get(MutationHandlerRegistry).kinds();
    const PAYLOAD_FIELDS = [
      'asStaff',
      'body',
      'campaign',
      'code',
      'conversationId',
      'day',
      'email',
      'flagId',
      'installed',
      'note',
      'postId',
      'publishConsent',
      'quotePostId',
      'replyBy',
      'rule',
      'threadId',
      'title',
      'topic',
      'answers',
      'pickup',
      'surveyId',
      'responseKey',
    ];
    for (const kind of kinds) {
      const key = `mutation ${kind}`;
      await runCases(key, hostileBody(PAYLOAD_FIELDS), async (body) => {
        const id = randomUUID();
        const createdAt = new Date().toISOString();
        const payloadText = encode(body);
        const response = await sut.app.inject({
          method: 'POST',
          url: '/api/sync/push',
          headers: { ...client.headers, 'content-type': 'application/json' },
          payload: `{"mutations":[{"id":"${id}","kind":"${kind}","createdAt":"${createdAt}","payload":${payloadText.length > 0 ? payloadText : 'null'}}]}`,
        });
        const context = `${key} ${payloadText.slice(0, 300)}: ${response.body.slice(0, 300)}`;
        expect(response.statusCode, context).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expectApiError(response.body, context);
          return 'refused';
        }
        const result = response.json<{
          results: { id: string; status: string; error?: { code?: unknown; message?: unknown } }[];
        }>().results[0];
        expect(result.id, context).toBe(id);
        if (result.status === 'applied') return 'accepted';
        expect(result.status, context).toBe('rejected');
        expectListedMutationError(result.error, context);
        return 'refused';
      });
    }
    const tooBig = await sut.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { ...client.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({
        mutations: [
          {
            id: randomUUID(),
            kind: 'post.create',
            createdAt: new Date().toISOString(),
            payload: { body: 'x'.repeat(LIMITS.bodyBytes) },
          },
        ],
      }),
    });
    expect(tooBig.statusCode).toBe(413);
    expect(expectApiError(tooBig.body).code).toBe('payload_too_large');
  }, 900_000);
});
