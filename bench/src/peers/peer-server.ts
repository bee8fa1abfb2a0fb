/**
 * The two peers of the HTTP load bench (http.bench.ts): minimal Fastify servers that answer the four
 * measured routes with the same SQL our backend runs and the same JSON, on the `pg` driver
 * (DATABASE_URL) or on embedded PGlite (PGLITE_DIR, a copy of our seeded data folder). No ORM, no
 * Nest, no validation library, no response cache. Not part of the product: compiled to bench/dist.
 *
 * PEER=fair does the same work around each answer as ours and takes every piece of it from the
 * backend itself, so nothing can drift: the same security headers (registerSecurityHeaders), the
 * same compression settings registered before any route (COMPRESSION_OPTIONS), the same access-log
 * line (registerAccessLog at info, to stdout), and the same validation outcomes (each route's query
 * is declared; an unknown parameter answers 400). The bench compares its raw bytes and headers with
 * ours before measuring. PEER=bare does none of that (no compression, no headers, no log, no query
 * schema): the physical limit of this SQL and JSON on this machine.
 *
 * Env: PEER (fair|bare), DATABASE_URL or PGLITE_DIR, DATA_KEY (the same as our backend's, for the
 * CSRF value), PORT, FORUM_POST_RATE_LIMIT.
 */
import { createCipheriv, createHash, hkdfSync, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Pool } from 'pg';
import {
  CSRF_HEADER,
  LIMITS,
  SESSION_COOKIE,
  UUID_PATTERN,
  type ErrorCode,
  type MutationResult,
} from '@sexhandel/shared';
import { COMPRESSION_OPTIONS } from '../../../backend/dist/common/compression';
import { CACHED_READ_CACHE_CONTROL, registerSecurityHeaders } from '../../../backend/dist/common/security-headers';
import { FieldCipher } from '../../../backend/dist/crypto/field-cipher';
import { normalisePostBody, postFingerprint } from '../../../backend/dist/forum/forum-text';
import { registerAccessLog } from '../../../backend/dist/logging/access-log';
import { createRootLogger } from '../../../backend/dist/logging/app-logger';

const env = process.env;
const fair = env.PEER !== 'bare';
const masterKey = Buffer.from(env.DATA_KEY ?? '', 'base64');
const cipher = new FieldCipher(masterKey);
const sealKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'sexhandel field encryption', 32));
const [rateMax, rateMinutes] = (env.FORUM_POST_RATE_LIMIT ?? '20/10').split('/').map(Number);
const MICRO_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const MILLI_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const HOUR_MS = 3_600_000;

/** What the routes need from a database: a query, and a transaction on one connection. */
interface Db {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
}

type Queryable = { query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }> };

const queryOf =
  (target: Queryable): Db['query'] =>
  async <T>(text: string, params?: unknown[]) => ({ rows: (await target.query(text, params)).rows as T[] });

const noNesting = (): Promise<never> => Promise.reject(new Error('nested transaction'));

function pgDb(url: string): Db {
  const pool = new Pool({ connectionString: url, min: 0, max: 10 });
  return {
    query: queryOf(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: queryOf(client), transaction: noNesting });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

async function pgliteDb(dataDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create({ dataDir });
  return {
    query: queryOf(pglite),
    transaction: (work) => pglite.transaction((tx) => work({ query: queryOf(tx), transaction: noNesting })),
  };
}

let db: Db;

/** The routes, added in main() after the plugins that must see them. */
const routes: Array<(app: FastifyInstance) => unknown> = [];

/** A declared query: these parameters (strings), nothing else. The bare peer declares none. */
function query(...names: string[]): { schema?: { querystring: object } } {
  if (!fair) return {};
  const properties = Object.fromEntries(names.map((name) => [name, { type: 'string' }]));
  return { schema: { querystring: { type: 'object', properties, additionalProperties: false } } };
}

function bad(reply: FastifyReply, message: string, code = 'validation'): FastifyReply {
  return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message, code });
}

function pageLimit(raw: unknown): number | null {
  if (raw === undefined) return LIMITS.pageLimitDefault;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 1 && value <= LIMITS.pageLimitMax ? value : null;
}

function decodeCursor(raw: string, pattern: RegExp): { at: string; id: string } | null {
  if (raw.length === 0 || raw.length > 200 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  const [at, id, ...rest] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  return rest.length === 0 && at && id && pattern.test(at) && UUID_PATTERN.test(id) ? { at, id } : null;
}

const encodeCursor = (at: string, id: string): string => Buffer.from(`${at}|${id}`, 'utf8').toString('base64url');
const iso = (value: Date | string): string => new Date(value).toISOString();

// ------------------------------------------------------------------ GET /api/articles

interface ArticleRow {
  id: string;
  slug: string;
  title: string;
  lead: string;
  author_name: string;
  author_role: string;
  tags: string[];
  reading_minutes: number;
  published_at: Date | null;
  created_at: Date;
}

routes.push((app) =>
  app.get(
    '/api/articles',
    query('limit', 'cursor'),
    async (request: FastifyRequest<{ Querystring: { limit?: string; cursor?: string } }>, reply) => {
      const limit = pageLimit(request.query.limit);
      if (limit === null)
        return bad(reply, `limit must be a whole number from 1 to ${LIMITS.pageLimitMax}`, 'bad_limit');
      const after = request.query.cursor === undefined ? null : decodeCursor(request.query.cursor, MILLI_ISO);
      if (request.query.cursor !== undefined && !after) return bad(reply, 'The cursor is not valid', 'bad_cursor');
      const { rows } = await db.query<ArticleRow>(
        `select "a0"."id", "a0"."slug", "a0"."title", "a0"."lead", "a0"."author_name", "a0"."author_role", "a0"."tags", "a0"."reading_minutes", "a0"."author_account_id", "a0"."published", "a0"."published_at", "a0"."created_at", "a0"."updated_at"
       from "article" as "a0" where "a0"."published" = true
       ${after ? 'and ("a0"."published_at" < $2 or ("a0"."published_at" = $2 and "a0"."id" < $3))' : ''}
       order by "a0"."published_at" desc, "a0"."id" desc limit $1`,
        after ? [limit + 1, after.at, after.id] : [limit + 1],
      );
      const items = rows.slice(0, limit);
      const threads = new Map<string, { id: string }>();
      if (items.length > 0) {
        const found = await db.query<{ id: string; post_count: number; article_id: string }>(
          `select "t0"."id", "t0"."post_count", "t0"."article_id" from "thread" as "t0" where "t0"."article_id" = any($1::uuid[])`,
          [items.map((item) => item.id)],
        );
        for (const thread of found.rows) threads.set(thread.article_id, thread);
      }
      const last = items.at(-1);
      // Ours serves this route from its response cache: the same headers (its ETag aside), no cache here.
      if (fair) reply.header('cache-control', CACHED_READ_CACHE_CONTROL).header('vary', 'accept-encoding');
      return {
        items: items.map((row) => ({
          id: row.id,
          slug: row.slug,
          title: row.title,
          lead: row.lead,
          authorName: row.author_name,
          authorRole: row.author_role,
          tags: row.tags,
          publishedAt: iso(row.published_at ?? row.created_at),
          readingMinutes: row.reading_minutes,
          discussionThreadId: threads.get(row.id)?.id ?? null,
        })),
        nextCursor: rows.length > limit && last?.published_at ? encodeCursor(iso(last.published_at), last.id) : null,
      };
    },
  ),
);

// ------------------------------------------------------------------ GET /api/threads/:id/posts

interface PostRow {
  id: string;
  thread_id: string;
  author_id: string | null;
  author_alias: string | null;
  created_at: Date;
  body: string;
  status: string;
  quote_post_id: string | null;
  staff_voice: boolean;
  article_author: boolean;
  removal_rule: number | null;
  removal_rule_title: string | null;
  removal_note: string | null;
  removed_at: Date | null;
  cursor_at: string;
}

routes.push((app) =>
  app.get(
    '/api/threads/:id/posts',
    query('limit', 'after'),
    async (
      request: FastifyRequest<{ Params: { id: string }; Querystring: { limit?: string; after?: string } }>,
      reply,
    ) => {
      const limit = pageLimit(request.query.limit);
      if (limit === null) return bad(reply, `limit must be a whole number from 1 to ${LIMITS.pageLimitMax}`);
      const after = request.query.after === undefined ? null : decodeCursor(request.query.after, MICRO_ISO);
      if (request.query.after !== undefined && !after) return bad(reply, 'The after cursor is not valid', 'bad_cursor');
      const threadId = request.params.id;
      const notFound = () =>
        reply.code(404).send({
          statusCode: 404,
          error: 'Not Found',
          message: 'This thread does not exist (any more).',
          code: 'not_found',
        });
      if (!UUID_PATTERN.test(threadId)) return notFound();
      const thread = await db.query(
        `select t.id, t.title, a.alias as starter_alias, t.post_count, t.created_at, t.last_activity_at, t.locked,
         t.article_id, to_char(t.last_activity_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
       from thread t left join account a on a.id = t.author_id where t.id = $1`,
        [threadId],
      );
      if (thread.rows.length === 0) return notFound();
      const { rows } = await db.query<PostRow>(
        `select p.id, p.thread_id, p.author_id, a.alias as author_alias, p.created_at, p.body, p.status, p.quote_post_id,
         p.staff_voice, coalesce(p.author_id = (select ar.author_account_id from thread td join article ar on ar.id = td.article_id where td.id = p.thread_id), false) as article_author,
         r.rule as removal_rule, fr.title as removal_rule_title, r.note as removal_note, r.removed_at,
         to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
       from post p left join account a on a.id = p.author_id
         left join removal_archive r on p.status = 'removed' and r.post_id = p.id and r.restored_at is null
         left join forum_rule fr on fr.number = r.rule and fr.published
       where p.thread_id = $1 ${after ? 'and (p.created_at, p.id) > ($3::timestamptz, $4::uuid)' : ''}
       order by p.created_at, p.id limit $2`,
        after ? [threadId, limit + 1, after.at, after.id] : [threadId, limit + 1],
      );
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => ({
          id: row.id,
          threadId: row.thread_id,
          authorAlias: row.staff_voice ? null : row.author_alias,
          createdAt: iso(row.created_at),
          body: row.status === 'published' ? row.body : null,
          status: row.status,
          quotePostId: row.quote_post_id,
          staffVoice: row.staff_voice,
          articleAuthor: row.article_author,
          removal:
            row.status === 'removed' && row.removal_rule !== null
              ? {
                  rule: Number(row.removal_rule),
                  ruleTitle: row.removal_rule_title,
                  note: row.removal_note ?? '',
                  removedAt: iso(row.removed_at ?? row.created_at),
                }
              : null,
        })),
        nextCursor: last ? encodeCursor(last.cursor_at, last.id) : (request.query.after ?? null),
        hasMore: rows.length > limit,
      };
    },
  ),
);

// ------------------------------------------------------------------ GET /api/sync/pull

routes.push((app) =>
  app.get(
    '/api/sync/pull',
    query('cursor', 'limit'),
    async (request: FastifyRequest<{ Querystring: { cursor?: string; limit?: string } }>, reply) => {
      const cursor = request.query.cursor ?? '0';
      if (!/^(0|[1-9][0-9]{0,14})$/.test(cursor))
        return bad(reply, 'cursor must be a cursor returned by an earlier pull');
      const limit = request.query.limit === undefined ? LIMITS.pullLimitDefault : Number(request.query.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS.pullLimitMax)
        return bad(reply, `limit must be a whole number between 1 and ${LIMITS.pullLimitMax}`);
      const { rows } = await db.query<{
        seq: string;
        entity: string;
        entity_id: string;
        op: string;
        data: object | null;
      }>('select seq, entity, entity_id, op, data from sync_change where seq > $1 order by seq limit $2', [
        cursor,
        limit + 1,
      ]);
      const page = rows.slice(0, limit);
      // Ours serves pull from its response cache too: the same headers (its ETag aside), no cache here.
      if (fair) reply.header('cache-control', CACHED_READ_CACHE_CONTROL).header('vary', 'accept-encoding');
      return {
        changes: page.map((row) => ({
          seq: Number(row.seq),
          entity: row.entity,
          op: row.op,
          id: row.entity_id,
          data: row.data,
        })),
        cursor: page.length > 0 ? String(page[page.length - 1].seq) : cursor,
        hasMore: rows.length > limit,
      };
    },
  ),
);

// ------------------------------------------------------------------ POST /api/sync/push (post.create only)

interface Member {
  accountId: string;
  tokenHash: string;
}

/** The session cookie's value (what @fastify/cookie would parse). */
function sessionToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === SESSION_COOKIE) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

/** The session lookup our guard runs on every request, and the double-submit CSRF check. */
async function memberOf(request: FastifyRequest): Promise<Member | null> {
  const token = sessionToken(request.headers.cookie);
  if (!token || token.length > 128) return null;
  const tokenHash = createHash('sha256').update(token).digest('base64url');
  const { rows } = await db.query<{ account_id: string; expires_at: Date }>(
    `select "s0".*, "a1"."id" as "a1__id", "a1"."alias" as "a1__alias", "a1"."alias_key" as "a1__alias_key", "a1"."email_sealed" as "a1__email_sealed",
       "a1"."email_index" as "a1__email_index", "a1"."password_hash" as "a1__password_hash", "a1"."roles" as "a1__roles", "a1"."created_at" as "a1__created_at"
     from "session" as "s0" inner join "account" as "a1" on "s0"."account_id" = "a1"."id" where "s0"."token_hash" = $1 limit 1`,
    [tokenHash],
  );
  if (rows.length === 0 || rows[0].expires_at.getTime() <= Date.now()) return null;
  return { accountId: rows[0].account_id, tokenHash };
}

function csrfValid(member: Member, header: unknown): boolean {
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(cipher.blindIndex(member.tokenHash, 'csrf'));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function seal(plain: string): string {
  const iv = randomBytes(12);
  const gcm = createCipheriv('aes-256-gcm', sealKey, iv);
  gcm.setAAD(Buffer.from('applied_mutation.result'));
  const body = Buffer.concat([gcm.update(plain, 'utf8'), gcm.final()]);
  return ['v1', iv.toString('base64url'), gcm.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

class Refused extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

/** One post.create with the same statements as PostCreateHandler and its gates, inside `client`'s transaction. */
async function applyPost(
  client: Db,
  member: Member,
  id: string,
  payload: { threadId: string; body: string },
): Promise<MutationResult> {
  const claimed = await client.query(
    `insert into applied_mutation (id, kind, result_sealed, applied_at) values ($1, 'post.create', null, now()) on conflict (id) do nothing returning id`,
    [id],
  );
  if (claimed.rows.length === 0) return { id, status: 'duplicate' };
  const now = new Date();
  const suspended = await client.query('select until from member_suspension where account_id = $1 and until > $2', [
    member.accountId,
    now,
  ]);
  if (suspended.rows.length > 0) throw new Refused('suspended');
  const accepted = await client.query<{ rules_accepted_at: Date | null }>(
    'select rules_accepted_at from forum_member where account_id = $1 for update',
    [member.accountId],
  );
  if (accepted.rows[0]?.rules_accepted_at == null) throw new Refused('rules_not_accepted');
  const body = normalisePostBody(payload.body);
  if (body.trim().length === 0) throw new Refused('empty_body');
  if (body.trim().length > LIMITS.postBodyMax) throw new Refused('too_long');
  const thread = await client.query<{ locked: boolean }>('select locked from thread where id = $1', [payload.threadId]);
  if (thread.rows.length === 0) throw new Refused('thread_not_found');
  if (thread.rows[0].locked) throw new Refused('thread_locked');
  const fingerprint = postFingerprint(body);
  const repeated = await client.query(
    'select id from post where author_id = $1 and created_at > $2 and fingerprint = $3 limit 1',
    [member.accountId, new Date(now.getTime() - 24 * HOUR_MS), fingerprint],
  );
  if (repeated.rows.length > 0) throw new Refused('duplicate_post');
  const rate = await client.query<{ n: string }>(
    `select count(*) as n, min(created_at) as oldest
     from (select created_at from post where author_id = $1 and created_at > $2 order by created_at desc limit $3) recent`,
    [member.accountId, new Date(now.getTime() - rateMinutes * 60_000), rateMax],
  );
  if (Number(rate.rows[0].n) >= rateMax) throw new Refused('rate_limited');
  const postId = randomUUID();
  await client.query(
    `insert into "post" ("id", "thread_id", "author_id", "body", "fingerprint", "quote_post_id", "created_at", "status", "staff_voice")
     values ($1, $2, $3, $4, $5, null, $6, 'published', false) returning "search_vector"`,
    [postId, payload.threadId, member.accountId, body, fingerprint, now],
  );
  await client.query(
    'update thread set post_count = post_count + 1, last_activity_at = greatest(last_activity_at, $1) where id = $2',
    [now, payload.threadId],
  );
  const result = { postId, threadId: payload.threadId };
  await client.query('update applied_mutation set result_sealed = $1 where id = $2', [
    seal(JSON.stringify(result)),
    id,
  ]);
  return { id, status: 'applied', result };
}

routes.push((app) =>
  app.post(
    '/api/sync/push',
    query(),
    async (request: FastifyRequest<{ Body: { mutations?: unknown } }>, reply: FastifyReply) => {
      const member = await memberOf(request);
      if (member && !csrfValid(member, request.headers[CSRF_HEADER])) {
        return reply
          .code(403)
          .send({ statusCode: 403, error: 'Forbidden', message: 'The CSRF check failed', code: 'csrf' });
      }
      const mutations = request.body?.mutations;
      if (!Array.isArray(mutations) || mutations.length > LIMITS.pushBatchMax)
        return bad(reply, 'mutations must be a list');
      const results: MutationResult[] = [];
      await db.transaction(async (tx) => {
        for (const raw of mutations as Array<{
          id?: unknown;
          kind?: unknown;
          payload?: { threadId?: unknown; body?: unknown };
        }>) {
          const id = typeof raw?.id === 'string' && UUID_PATTERN.test(raw.id) ? raw.id : null;
          const threadId = raw?.payload?.threadId;
          const text = raw?.payload?.body;
          if (
            !id ||
            raw.kind !== 'post.create' ||
            typeof threadId !== 'string' ||
            !UUID_PATTERN.test(threadId) ||
            typeof text !== 'string'
          ) {
            results.push({
              id: id as string,
              status: 'rejected',
              error: { code: 'validation', message: 'Not a post.create this peer knows' },
            });
            continue;
          }
          if (!member) {
            results.push({
              id,
              status: 'rejected',
              error: { code: 'unauthenticated', message: 'Log in to send this' },
            });
            continue;
          }
          await tx.query('savepoint mutation');
          try {
            results.push(await applyPost(tx, member, id, { threadId, body: text }));
          } catch (error) {
            if (!(error instanceof Refused)) throw error;
            await tx.query('rollback to savepoint mutation');
            results.push({ id, status: 'rejected', error: { code: error.code, message: error.code } });
          }
        }
      });
      return { results };
    },
  ),
);

routes.push((app) => app.get('/api/health', query(), async () => ({ status: 'ok' })));

async function main(): Promise<void> {
  db = env.PGLITE_DIR ? await pgliteDb(env.PGLITE_DIR) : pgDb(env.DATABASE_URL ?? '');
  // Fastify's default Ajv strips unknown properties; ours refuses them, so the fair peer does too.
  const app = Fastify({
    bodyLimit: LIMITS.bodyBytes,
    logger: false,
    ajv: { customOptions: { removeAdditional: false } },
  });
  if (fair) {
    // Before any route: the compression plugin only sees routes added after it.
    await app.register(fastifyCompress, COMPRESSION_OPTIONS);
    registerSecurityHeaders(app, false);
    registerAccessLog(app, createRootLogger('info'));
  }
  for (const add of routes) add(app);
  await app.listen({ port: Number(env.PORT ?? 0), host: '127.0.0.1' });
  // A clean exit on the bench's SIGTERM, so that --cpu-prof can write its profile.
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  console.log(`${fair ? 'fair' : 'bare'} peer listening on ${Number(env.PORT ?? 0)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
