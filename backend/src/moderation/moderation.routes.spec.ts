import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedIn, type SignedInClient } from '../../test/factories/account.factory';
import { routeTable } from '../../test/route-table';
import { createTestApp, type TestApp } from '../../test/test-app';
import { MutationHandlerRegistry } from '../sync/mutation-handler.registry';
import { ModerationController } from './moderation.controller';

type Who = 'anonymous' | 'member' | 'suspended' | 'counsellor' | 'editor' | 'moderator' | 'admin';
const EVERYONE: Who[] = ['anonymous', 'member', 'suspended', 'counsellor', 'editor', 'moderator', 'admin'];

const ADMIN: Who[] = ['admin'];
const MODERATORS: Who[] = ['moderator', 'admin'];
const EDITORS: Who[] = ['editor', 'admin'];
const COUNSELLORS: Who[] = ['counsellor', 'admin'];
const COUNSELLORS_AND_EDITORS: Who[] = ['counsellor', 'editor', 'admin'];

/**
 * Who may use each /api/admin route (everyone else is refused: 401 without a session, 403 with
 * one). A route of the running app missing here fails the suite: every new admin route needs a
 * decision written down.
 */
const ADMIN_ROUTES: Record<string, Who[]> = {
  // moderation
  'GET /api/admin/staff': ADMIN,
  'PUT /api/admin/staff/:alias/roles': ADMIN,
  'GET /api/admin/flags': MODERATORS,
  'POST /api/admin/posts/:id/flag-dismissal': MODERATORS,
  'POST /api/admin/posts/:id/removal': MODERATORS,
  'DELETE /api/admin/posts/:id/removal': MODERATORS,
  'GET /api/admin/removals': MODERATORS,
  'GET /api/admin/removals/:id': MODERATORS,
  'GET /api/admin/audit': MODERATORS,
  'POST /api/admin/members/:alias/suspension': MODERATORS,
  'DELETE /api/admin/members/:alias/suspension': MODERATORS,
  'GET /api/admin/blocked-domains': MODERATORS,
  'POST /api/admin/blocked-domains': MODERATORS,
  'DELETE /api/admin/blocked-domains/:domain': MODERATORS,
  // contact inbox (counsellors)
  'GET /api/admin/contact': COUNSELLORS,
  'GET /api/admin/contact/:id': COUNSELLORS,
  'POST /api/admin/contact/:id/answers': COUNSELLORS,
  'POST /api/admin/contact/:id/closure': COUNSELLORS,
  'POST /api/admin/contact/:id/notes': COUNSELLORS,
  'POST /api/admin/contact/:id/qa': COUNSELLORS,
  // Q&A publishing and phone hours
  'GET /api/admin/qa': COUNSELLORS_AND_EDITORS,
  'PUT /api/admin/qa/:id': EDITORS,
  'POST /api/admin/qa/:id/publication': EDITORS,
  'DELETE /api/admin/qa/:id/publication': EDITORS,
  'PUT /api/admin/phone': EDITORS,
  // user survey (admins)
  'GET /api/admin/surveys': ADMIN,
  'POST /api/admin/surveys': ADMIN,
  'GET /api/admin/surveys/:id': ADMIN,
  'PUT /api/admin/surveys/:id': ADMIN,
  'POST /api/admin/surveys/:id/open': ADMIN,
  'POST /api/admin/surveys/:id/close': ADMIN,
  'GET /api/admin/surveys/:id/results': ADMIN,
  'GET /api/admin/surveys/:id/results.csv': ADMIN,
  'GET /api/admin/surveys/:id/responses.csv': ADMIN,
  // statistics and research export (admins)
  'GET /api/admin/stats': ADMIN,
  'GET /api/admin/stats/:table': ADMIN,
  'GET /api/admin/research-export': ADMIN,
  'GET /api/admin/research-export/dictionary': ADMIN,
  // campaigns: short links, QR codes, printable cards (admins)
  'GET /api/admin/campaigns': ADMIN,
  'POST /api/admin/campaigns': ADMIN,
  'PATCH /api/admin/campaigns/:id': ADMIN,
  'POST /api/admin/campaigns/:id/archive': ADMIN,
  'DELETE /api/admin/campaigns/:id/archive': ADMIN,
  'GET /api/admin/campaigns/:id/qr.svg': ADMIN,
  'GET /api/admin/campaigns/:id/qr.png': ADMIN,
  'GET /api/admin/campaigns/:id/card.pdf': ADMIN,
  'GET /api/admin/campaigns/:id/sheet.pdf': ADMIN,
  // editorial content (editors)
  'POST /api/admin/content/preview': EDITORS,
  'GET /api/admin/content/start-page': EDITORS,
  'PUT /api/admin/content/start-page': EDITORS,
  ...Object.fromEntries(
    ['pages', 'articles', 'news-links', 'resources', 'press-mentions'].flatMap((kind) => [
      [`GET /api/admin/content/${kind}`, EDITORS],
      [`GET /api/admin/content/${kind}/:id`, EDITORS],
      [`POST /api/admin/content/${kind}`, EDITORS],
      [`PATCH /api/admin/content/${kind}/:id`, EDITORS],
      [`POST /api/admin/content/${kind}/:id/publish`, EDITORS],
      [`POST /api/admin/content/${kind}/:id/unpublish`, EDITORS],
      [`DELETE /api/admin/content/${kind}/:id`, EDITORS],
    ]),
  ),
};

/** The only writes staff have on posts: remove, restore, dismiss flags. Nothing edits text or titles. */
const POST_WRITE_ALLOW_LIST = new Set([
  'POST /api/admin/posts/:id/removal',
  'DELETE /api/admin/posts/:id/removal',
  'POST /api/admin/posts/:id/flag-dismissal',
]);

interface Route {
  method: string;
  path: string;
}

const keyOf = (route: Route): string => `${route.method} ${route.path}`;

function concreteUrl(path: string): string {
  return path
    .replace(/:id\b/g, '00000000-0000-4000-8000-00000000dead')
    .replace(/:alias\b/g, 'no-such-member-x')
    .replace(/:domain\b/g, 'no-such-domain.example');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe(`${ModerationController.name} routes`, () => {
  let sut: TestApp;
  let routes: Route[];
  const clients = new Map<Who, SignedInClient | null>();

  beforeAll(async () => {
    sut = await createTestApp();
    routes = routeTable(sut);
    clients.set('anonymous', null);
    clients.set('member', await createSignedIn(sut));
    const suspended = await createSignedIn(sut);
    await sut.sql(
      `insert into member_suspension (account_id, until, reason, moderator_id, created_at) values (?, now() + interval '2 days', 'test', ?, now())`,
      [suspended.account.id, suspended.account.id],
    );
    clients.set('suspended', suspended);
    for (const role of ['counsellor', 'editor', 'moderator', 'admin'] as const) {
      clients.set(role, await createSignedIn(sut, { roles: ['member', role] }));
    }
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('reads the route table of the running app', () => {
    const fastify = sut.app.getHttpAdapter().getInstance() as FastifyInstance;
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      const url = route.path.replace(/\*path$/, '*');
      expect(fastify.hasRoute({ method: route.method as 'GET', url }), keyOf(route)).toBe(true);
    }
  });

  it('has a declared decision for every /api/admin route, and no declared route is missing', () => {
    const admin = routes
      .filter((route) => route.path.startsWith('/api/admin'))
      .map(keyOf)
      .sort();
    expect(
      admin.filter((key) => !(key in ADMIN_ROUTES)),
      'admin routes without a declared expectation',
    ).toEqual([]);
    expect(
      Object.keys(ADMIN_ROUTES).filter((key) => !admin.includes(key)),
      'declared routes the app does not have',
    ).toEqual([]);
  });

  it('lets exactly the declared roles through every admin route', async () => {
    const mismatches: string[] = [];
    for (const route of routes.filter((candidate) => candidate.path.startsWith('/api/admin'))) {
      const allowed = ADMIN_ROUTES[keyOf(route)] ?? [];
      for (const who of EVERYONE) {
        const client = clients.get(who) ?? null;
        const response = await sut.app.inject({
          method: route.method as 'GET',
          url: concreteUrl(route.path),
          headers: client ? client.headers : {},
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        const code = (response.json<{ code?: string }>() ?? {}).code;
        const refused =
          (response.statusCode === 401 && code === 'unauthenticated') ||
          (response.statusCode === 403 && code === 'forbidden');
        const expected = allowed.includes(who) ? 'allowed' : 'refused';
        if ((expected === 'refused') !== refused)
          mismatches.push(`${keyOf(route)} as ${who}: expected ${expected}, got ${response.statusCode} ${code ?? ''}`);
        if (expected === 'refused' && who === 'anonymous' && response.statusCode !== 401)
          mismatches.push(`${keyOf(route)} anonymous: ${response.statusCode}`);
        if (response.statusCode >= 500) mismatches.push(`${keyOf(route)} as ${who}: ${response.statusCode}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('has no route by which anyone changes a post or a thread, besides removal, restore and flag dismissal', () => {
    const writes = routes
      .filter((route) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method))
      .filter((route) => /\/(posts?|threads?)(\/|$)/.test(route.path))
      .map(keyOf);
    expect(writes.filter((key) => !POST_WRITE_ALLOW_LIST.has(key))).toEqual([]);
    // Posts and threads are only ever created through sync push; no mutation kind edits them.
    const kinds = sut.app.get(MutationHandlerRegistry).kinds();
    expect(kinds.filter((kind) => /^(post|thread)\./.test(kind) && !kind.endsWith('.create'))).toEqual([]);
  });

  it('never updates or deletes audit rows from application code', () => {
    const offending = sourceFiles(join(__dirname, '..')).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return (
        /(update|delete\s+from|truncate)\s+"?audit_entry"?/i.test(text) ||
        /native(Update|Delete)\(\s*AuditEntry\b/.test(text) ||
        /\bem\.remove\([^)]*audit/i.test(text)
      );
    });
    expect(offending).toEqual([]);
  });
});
