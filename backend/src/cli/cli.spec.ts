import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { testEngine, TEST_DATA_KEY } from '../../test/test-app';
import { FieldCipher } from '../crypto/field-cipher';
import { MailOutbox } from '../mail/mail-outbox';
import { runCli, USAGE } from './cli';

/** A throwaway PostgreSQL database for the CLI to migrate and write into. */
async function createCliDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `sexhandel_cli_${process.pid}_${Date.now()}`;
  const run = async (sql: string) => {
    const client = new Client({ connectionString: server });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await run(`create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { output: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

describe(runCli.name, () => {
  let dataDir: string;
  const sleepers: ChildProcess[] = [];

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sexhandel-cli-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
  afterAll(() => {
    for (const child of sleepers) child.kill();
  });

  describe('usage', () => {
    it('exits 2 with the usage text for a missing or unknown command or option', async () => {
      for (const argv of [
        [],
        ['make-coffee'],
        ['create-user', '--alias', 'Ola'],
        ['set-role', '--alias', 'Ola', '--role', 'king'],
        ['create-user', '--bogus'],
      ]) {
        const { output, err } = capture();
        expect(await runCli(argv, { DATA_DIR: dataDir }, output)).toBe(2);
        expect(err.join('\n')).toContain(USAGE);
      }
    });

    it('validates like register', async () => {
      const { output, err } = capture();
      const code = await runCli(
        ['create-user', '--alias', 'Ola', '--email', 'ola@example.org', '--password', 'short'],
        { DATA_DIR: dataDir },
        output,
      );
      expect(code).toBe(2);
      expect(err.join('\n')).toContain('password must be');
    });

    it('prints help with exit 0', async () => {
      const { output, out } = capture();
      expect(await runCli(['help'], {}, output)).toBe(0);
      expect(out.join('\n')).toContain('create-user');
    });
  });

  describe('create-user', () => {
    it('creates an admin on an empty embedded DATA_DIR and never prints the e-mail', { timeout: 120_000 }, async () => {
      const first = capture();
      const argv = [
        'create-user',
        '--alias',
        'Driftsansvarlig',
        '--email',
        'drift@example.org',
        '--password',
        'a very long secret',
        '--role',
        'admin',
      ];
      expect(await runCli(argv, { DATA_DIR: dataDir }, first.output)).toBe(0);
      expect(first.out.join('\n')).toBe('Created account "Driftsansvarlig" with roles: member, admin');
      expect([...first.out, ...first.err].join('\n')).not.toContain('drift@');
      expect(existsSync(join(dataDir, 'pglite'))).toBe(true);
      expect(existsSync(join(dataDir, 'data-key'))).toBe(true);
      expect(existsSync(join(dataDir, 'sexhandel.lock'))).toBe(false);

      // The database persisted: the same alias is now taken, and set-role finds the account.
      const again = capture();
      expect(await runCli(argv, { DATA_DIR: dataDir }, again.output)).toBe(1);
      expect(again.err.join('\n')).toContain('That alias is taken');
      const role = capture();
      expect(
        await runCli(
          ['set-role', '--alias', 'driftsansvarlig', '--role', 'editor'],
          { DATA_DIR: dataDir },
          role.output,
        ),
      ).toBe(0);
      expect(role.out.join('\n')).toBe('Updated account "Driftsansvarlig" with roles: member, editor');
    });

    it('refuses at once while the server holds the data folder', async () => {
      const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
      sleepers.push(sleeper);
      writeFileSync(join(dataDir, 'sexhandel.lock'), `${sleeper.pid}\nthe Sexhandel server\n`);
      const { output, err } = capture();
      const argv = ['create-user', '--alias', 'Ola', '--email', 'ola@example.org', '--password', 'a very long secret'];
      expect(await runCli(argv, { DATA_DIR: dataDir }, output)).toBe(1);
      expect(err.join('\n').toLowerCase()).toContain('the server is running: stop it, or use the admin screens');
      expect(existsSync(join(dataDir, 'pglite'))).toBe(false);
      sleeper.kill();
    });

    it.runIf(testEngine() === 'postgresql')('works on PostgreSQL through DATABASE_URL', async () => {
      const database = await createCliDatabase();
      try {
        const { output, out } = capture();
        const env = { DATABASE_URL: database.url, DATA_KEY: TEST_DATA_KEY, DATA_DIR: dataDir };
        const argv = [
          'create-user',
          '--alias',
          'Skribent',
          '--email',
          'red@example.org',
          '--password',
          'a very long secret',
          '--role',
          'editor',
        ];
        expect(await runCli(argv, env, output)).toBe(0);
        expect(out.join('\n')).toBe('Created account "Skribent" with roles: member, editor');
      } finally {
        await database.drop();
      }
    });
  });

  describe('mail-list, mail-show, mail-delete', () => {
    const env = () => ({ DATA_DIR: dataDir, DATA_KEY: TEST_DATA_KEY });
    const outboxOf = () => new MailOutbox(join(dataDir, 'mail'), new FieldCipher(Buffer.from(TEST_DATA_KEY, 'base64')));

    it('lists, shows in clear and deletes a sealed message, while the server holds the data folder', async () => {
      const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
      sleepers.push(sleeper);
      writeFileSync(join(dataDir, 'sexhandel.lock'), `${sleeper.pid}\nthe Sexhandel server\n`);
      const empty = capture();
      expect(await runCli(['mail-list'], env(), empty.output)).toBe(0);
      expect(empty.out.join('\n')).toContain('is empty');

      const name = await outboxOf().write(Buffer.from('To: svar@example.org\nSubject: Svar\n\nHei igjen'));
      const listed = capture();
      expect(await runCli(['mail-list'], env(), listed.output)).toBe(0);
      expect(listed.out[0]).toMatch(new RegExp(`^${name}  \\d{4}-\\d\\d-\\d\\dT`));
      expect(listed.out.join('\n')).not.toContain('svar@');

      const shown = capture();
      expect(await runCli(['mail-show', name], env(), shown.output)).toBe(0);
      expect(shown.out.join('\n')).toBe('To: svar@example.org\nSubject: Svar\n\nHei igjen');

      const deleted = capture();
      expect(await runCli(['mail-delete', name], env(), deleted.output)).toBe(0);
      expect(await outboxOf().list()).toEqual([]);
      sleeper.kill();
    });

    it('refuses a name outside the outbox, an unknown message and a wrong key (exit 1), and bad usage (exit 2)', async () => {
      const name = await outboxOf().write(Buffer.from('To: a@example.org\n\nHei'));
      for (const argv of [
        ['mail-show', '../data-key'],
        ['mail-delete', 'nothing.eml.sealed'],
      ]) {
        const { output, err } = capture();
        expect(await runCli(argv, env(), output)).toBe(1);
        expect(err.join('\n')).toMatch(/not the name of a message|no message/);
      }
      const otherKey = capture();
      expect(await runCli(['mail-show', name], { DATA_DIR: dataDir, DATA_KEY: 'ab'.repeat(32) }, otherKey.output)).toBe(
        1,
      );
      expect(otherKey.err.join('\n')).toContain('does not open with this DATA_KEY');
      expect(otherKey.out).toEqual([]);
      for (const argv of [['mail-show'], ['mail-delete', 'a', 'b'], ['mail-list', 'x']]) {
        const { output, err } = capture();
        expect(await runCli(argv, env(), output)).toBe(2);
        expect(err.join('\n')).toContain(USAGE);
      }
      expect(await outboxOf().list()).toHaveLength(1);
    });
  });
});
