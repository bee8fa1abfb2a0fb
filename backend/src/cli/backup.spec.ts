import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccount, signIn } from '../../test/factories/account.factory';
import { createPickupConversation } from '../../test/factories/contact.factory';
import { createForumMember, insertThread, pushPost } from '../../test/factories/forum.factory';
import { buildMutation, osloDayOffset, push } from '../../test/factories/sync.factory';
import { openTestApp, testEngine, TEST_DATA_KEY, type TestApp } from '../../test/test-app';
import type { Actor } from '../accounts/actor';
import { AuditLogService } from '../moderation/audit-log.service';
import { loadConfig } from '../config/app-config';
import { createScratchDatabase } from '../database/scratch-database';
import { seedDemoContentIfEmpty } from '../database/seed-on-start';
import { TRANSIENT_TABLES } from './backup';
import { runCli, type CliOutput } from './cli';

interface Place {
  env: NodeJS.ProcessEnv;
  drop: () => Promise<void>;
}

/** An empty database of the engine under test: a scratch PostgreSQL database, or an on-disk PGlite DATA_DIR. */
async function emptyPlace(): Promise<Place> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sexhandel-backup-'));
  const base = {
    DATA_DIR: dataDir,
    DATA_KEY: TEST_DATA_KEY,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://localhost:3000',
    FRONTEND_DIR: join(dataDir, 'none'),
  };
  if (testEngine() === 'postgresql') {
    const database = await createScratchDatabase('sexhandel_backup');
    return {
      env: { ...base, DATABASE_URL: database.url },
      drop: async () => {
        await database.drop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  return { env: base, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** A full app on that place (closed again before the CLI opens the same PGlite folder). */
function openApp(place: Place): Promise<TestApp> {
  return openTestApp(loadConfig(place.env));
}

/** Row count and md5 of the ordered rows as text, per table (the transient rate-limit tables are never backed up). */
async function fingerprint(sut: TestApp): Promise<Record<string, string>> {
  const tables = await sut.sql<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables.filter((table) => !TRANSIENT_TABLES.includes(table.name))) {
    const [row] = await sut.sql<{ n: string; sum: string }>(
      `select count(*) as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as sum from "${name}" t`,
    );
    result[name] = `${row.n} ${row.sum}`;
  }
  return result;
}

function capture(): { output: CliOutput; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { output: { out: (line) => out.push(line), err: (line) => err.push(line) }, out, err };
}

describe('backup and restore', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('backs up, wipes, restores and gets every table back identical', { timeout: 180_000 }, async () => {
    const source = await emptyPlace();
    cleanups.push(source.drop);
    const files = mkdtempSync(join(tmpdir(), 'sexhandel-backup-files-'));
    cleanups.push(async () => rmSync(files, { recursive: true, force: true }));
    const file = join(files, 'backup.jsonl.gz');

    // Data across modules: demo content (with its sync changes), accounts and sessions, a forum thread with posts, a contact conversation, visits.
    const app = await openApp(source);
    let before: Record<string, string>;
    let alias: string;
    try {
      await seedDemoContentIfEmpty(app.app);
      const member = await createForumMember(app);
      alias = member.alias;
      const threadId = await insertThread(app, member.account.id, { posts: 2 });
      const moderator = await createAccount(app, { roles: ['moderator'] });
      const actor: Actor = {
        accountId: moderator.account.id,
        alias: moderator.alias,
        roles: ['member', 'moderator'],
        sessionId: 'none',
      };
      await app.em().transactional(async (em) => {
        app.app.get(AuditLogService).appendEntry(em, actor, 'flags.dismiss', { type: 'post', id: threadId }, 'test');
      });
      for (let i = 0; i < 3; i++)
        expect((await pushPost(app, member, { threadId, body: `Svar nummer ${i} i tråden` })).status).toBe('applied');
      await createPickupConversation(app);
      const visits = await push(app, [
        buildMutation('visit.record', { day: osloDayOffset(0) }),
        buildMutation('visit.record', { day: osloDayOffset(-1), installed: true }),
      ]);
      expect(visits.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
      before = await fingerprint(app);
      // The push above made the day's rate-limit key: it must stay out of the file.
      expect(await app.sql('select generation from rate_limit_key')).toHaveLength(1);
    } finally {
      await app.close();
    }
    for (const table of [
      'account',
      'session',
      'post',
      'thread',
      'contact_conversation',
      'audit_entry',
      'visit_count',
      'applied_mutation',
      'sync_change',
      'mikro_orm_migrations',
    ]) {
      expect(Number(before[table]?.split(' ')[0]), table).toBeGreaterThan(0);
    }

    const backup = capture();
    expect(await runCli(['backup', file], source.env, backup.output), backup.err.join('\n')).toBe(0);
    expect(backup.out.join('\n')).toMatch(/same key/);
    expect(gunzipSync(readFileSync(file)).toString('utf8')).not.toContain('rate_limit_');

    // Wipe: a fresh, empty database of the same engine.
    const target = await emptyPlace();
    cleanups.push(target.drop);
    const restore = capture();
    expect(await runCli(['restore', file], target.env, restore.output), restore.err.join('\n')).toBe(0);
    expect(restore.out.join('\n')).toMatch(/Restored \d+ rows/);

    const restored = await openApp(target);
    try {
      expect(await fingerprint(restored)).toEqual(before);
      // The restored database works: the member signs in, and new rows get fresh sequence numbers.
      await expect(signIn(restored, alias)).resolves.toBeDefined();
      const visit = await push(restored, [buildMutation('visit.record', { day: osloDayOffset(0) })]);
      expect(visit.body.results[0]?.status).toBe('applied');
      const [seq] = await restored.sql<{ max: string; n: string }>(
        'select max(seq) as max, count(*) as n from sync_change',
      );
      expect(Number(seq.max)).toBeGreaterThanOrEqual(Number(seq.n));
    } finally {
      await restored.close();
    }

    // A second restore over data replaces it (the file is the whole truth), and is repeatable.
    const again = capture();
    expect(await runCli(['restore', file], target.env, again.output), again.err.join('\n')).toBe(0);
    const reopened = await openApp(target);
    try {
      expect(await fingerprint(reopened)).toEqual(before);
    } finally {
      await reopened.close();
    }
  });

  it(
    'refuses a file from another schema version or a cut-short file, and changes nothing',
    { timeout: 120_000 },
    async () => {
      const place = await emptyPlace();
      cleanups.push(place.drop);
      const files = mkdtempSync(join(tmpdir(), 'sexhandel-backup-files-'));
      cleanups.push(async () => rmSync(files, { recursive: true, force: true }));
      const file = join(files, 'backup.jsonl.gz');
      const app = await openApp(place);
      try {
        await createAccount(app);
      } finally {
        await app.close();
      }
      expect(await runCli(['backup', file], place.env, capture().output)).toBe(0);
      const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
      const header = JSON.parse(lines[0] ?? '{}') as { migrations: string[] };

      const older = join(files, 'older.jsonl.gz');
      writeFileSync(
        older,
        gzipSync(
          [JSON.stringify({ ...header, migrations: header.migrations.slice(0, -1) }), ...lines.slice(1)].join('\n'),
        ),
      );
      const cut = join(files, 'cut.jsonl.gz');
      writeFileSync(cut, gzipSync(lines.filter((line) => !line.startsWith('{"end"')).join('\n')));
      const garbage = join(files, 'garbage.jsonl.gz');
      writeFileSync(garbage, gzipSync('hello\n'));

      // Extra data after the backup: a refused restore must leave it in place.
      const later = await openApp(place);
      let before: Record<string, string>;
      try {
        await createAccount(later);
        before = await fingerprint(later);
      } finally {
        await later.close();
      }
      for (const [bad, message] of [
        [older, /different version of the app/],
        [cut, /cut short/],
        [garbage, /not a Sexhandel backup/],
      ] as const) {
        const refused = capture();
        expect(await runCli(['restore', bad], place.env, refused.output)).toBe(1);
        expect(refused.err.join('\n')).toMatch(message);
      }
      if (testEngine() === 'pglite') {
        // While the server holds the embedded database, restore refuses at once.
        const holder = spawn('sleep', ['30'], { stdio: 'ignore' });
        try {
          writeFileSync(join(String(place.env.DATA_DIR), 'sexhandel.lock'), `${holder.pid}\nthe Sexhandel server\n`);
          const locked = capture();
          expect(await runCli(['restore', file], place.env, locked.output)).toBe(1);
          expect(locked.err.join('\n')).toMatch(/server is running/);
        } finally {
          holder.kill();
          rmSync(join(String(place.env.DATA_DIR), 'sexhandel.lock'), { force: true });
        }
      }
      const usage = capture();
      expect(await runCli(['restore'], place.env, usage.output)).toBe(2);
      const after = await openApp(place);
      try {
        expect(await fingerprint(after)).toEqual(before);
      } finally {
        await after.close();
      }
    },
  );
});
