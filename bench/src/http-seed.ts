import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@sexhandel/shared';
import type { Server } from './http-servers';

/** What seeding needs from a database: the `pg` client, or PGlite. */
export interface SqlClient {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/** The data the HTTP load bench (http.bench.ts) runs against: signed-in members and bulk-inserted content. */

export const ARTICLES = 500;
export const THREAD_POSTS = 2_000;
export const MEMBERS = 50;
const PASSWORD = 'benchmark password 1';

export interface Member {
  headers: Record<string, string>;
}

/** Registers a member through our API (argon2, sealed e-mail), accepts the rules, returns its headers. */
export async function registerMember(ours: Server, n: number): Promise<Member> {
  const response = await fetch(`${ours.url}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ alias: `skribent-${n}`, email: `skribent-${n}@example.org`, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`register answered ${response.status}: ${await response.text()}`);
  const cookies = Object.fromEntries(response.headers.getSetCookie().map((line) => line.split(';')[0].split('=')));
  const headers = {
    cookie: `${SESSION_COOKIE}=${cookies[SESSION_COOKIE]}; ${CSRF_COOKIE}=${cookies[CSRF_COOKIE]}`,
    [CSRF_HEADER]: cookies[CSRF_COOKIE],
    'content-type': 'application/json',
  };
  const accepted = await fetch(`${ours.url}/api/forum/rules-acceptance`, { method: 'POST', headers, body: '{}' });
  if (!accepted.ok) throw new Error(`rules acceptance answered ${accepted.status}: ${await accepted.text()}`);
  return { headers };
}

/**
 * 500 published articles of realistic size (each with its discussion thread and its pull change),
 * one thread of 2,000 posts by the members, and an empty thread per member that the pushes reply to
 * (one hot thread would measure its row lock, not the server).
 */
export async function seed(db: SqlClient): Promise<{ bigThread: string; replyThreads: string[] }> {
  await db.query(
    `insert into article (id, slug, title, lead, markdown, html, author_name, author_role, tags, reading_minutes, published, published_at, created_at, updated_at)
     select gen_random_uuid(), 'artikkel-' || n, 'Artikkel nummer ' || n || ' om kjøp av sex', repeat('Ingress om tema. ', 12),
       repeat('Et avsnitt om kjøp av sex og menneskehandel. ', 60), repeat('<p>Et avsnitt om kjøp av sex og menneskehandel.</p>', 60),
       'Forfatter ' || (n % 12), 'researcher', array['forskning', 'lov'], 4, true,
       now() - make_interval(hours => n), now() - make_interval(hours => n), now() - make_interval(hours => n)
     from generate_series(1, $1::int) as n`,
    [ARTICLES],
  );
  await db.query(
    `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked, article_id)
     select gen_random_uuid(), 'Diskusjon: ' || title, null, published_at, published_at, 0, false, id from article`,
  );
  await db.query(
    `insert into sync_change (entity, entity_id, op, data, changed_at)
     select 'article', id, 'upsert', jsonb_build_object('title', title, 'slug', slug, 'lead', lead, 'html', html, 'authorName', author_name,
       'authorRole', author_role, 'tags', to_jsonb(tags), 'publishedAt', published_at), now()
     from article order by published_at`,
  );
  const {
    rows: [big],
  } = await db.query<{ id: string }>(
    `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked)
     values (gen_random_uuid(), 'En lang tråd', null, now() - interval '30 days', now(), $1, false) returning id`,
    [THREAD_POSTS],
  );
  await db.query(
    `with authors as (select array_agg(id order by alias_key) as ids from account)
     insert into post (id, thread_id, author_id, body, fingerprint, created_at, status, staff_voice)
     select gen_random_uuid(), $1, authors.ids[1 + n % array_length(authors.ids, 1)],
       'Innlegg ' || n || ': ' || repeat('Jeg har tenkt mye på dette og vil dele det. ', 8), md5(n::text),
       now() - interval '30 days' + make_interval(secs => n * 60), 'published', false
     from generate_series(1, $2::int) as n, authors`,
    [big.id, THREAD_POSTS],
  );
  const { rows: replies } = await db.query<{ id: string }>(
    `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked)
     select gen_random_uuid(), 'Svar her ' || n, null, now(), now(), 0, false from generate_series(1, $1::int) as n returning id`,
    [MEMBERS],
  );
  await db.query('analyze');
  return { bigThread: big.id, replyThreads: replies.map((row) => row.id) };
}
