// A production server (`node backend/dist/main.js`) for the privacy audit, on either engine, whose
// stdout and stderr are kept in full so the audit can search them. PGlite runs as `npm start` runs it
// (DATA_DIR, key file generated on first start); PostgreSQL gets a fresh database that is dropped
// afterwards. Staff are made with the operator CLI first, whose output is kept as well.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export type Engine = 'pglite' | 'postgresql';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const serverEntry = join(root, 'backend/dist/main.js');
const cliEntry = join(root, 'backend/dist/cli/cli.js');

/** The PostgreSQL server the backend suites use for throwaway databases (same default as theirs). */
export function postgresServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** The backend suites run on PostgreSQL unless SKIP_POSTGRES=1 (set by .ci/run when none is reachable). */
export function postgresWanted(): boolean {
  return process.env.SKIP_POSTGRES !== '1';
}

export interface StaffAccount {
  alias: string;
  role: string;
  password: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

export class AuditServer {
  /** Everything the server and the CLI wrote, stdout and stderr interleaved. */
  private readonly chunks: Buffer[] = [];
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    readonly engine: Engine,
    readonly port: number,
    readonly dataDir: string,
    /** PostgreSQL only: the audit database and how to drop it. */
    readonly databaseUrl: string | null,
    private readonly databaseName: string | null,
  ) {}

  /** The most talkative level the logger has by default: whatever it writes at any level is searched. */
  readonly logLevel = process.env.PRIVACY_AUDIT_LOG_LEVEL ?? 'trace';

  /** The origin the browser uses (a host name, so the server's own start line names no IP address). */
  get origin(): string {
    return `http://localhost:${this.port}`;
  }

  static async create(engine: Engine): Promise<AuditServer> {
    if (!existsSync(serverEntry) || !existsSync(cliEntry)) {
      throw new Error(`${serverEntry} is missing: run \`npm run build\` first.`);
    }
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), `sexhandel-privacy-${engine}-`));
    if (engine === 'pglite') return new AuditServer(engine, port, dataDir, null, null);
    const name = `sexhandel_privacy_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresServerUrl(), connectionTimeoutMillis: 5000 });
    await admin.connect();
    try {
      await admin.query(`create database "${name}"`);
    } finally {
      await admin.end();
    }
    const url = new URL(postgresServerUrl());
    url.pathname = `/${name}`;
    return new AuditServer(engine, port, dataDir, url.toString(), name);
  }

  private env(): NodeJS.ProcessEnv {
    // Only what the server needs: nothing of the test runner's environment leaks in.
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      DATA_DIR: this.dataDir,
      PUBLIC_URL: this.origin,
      LOG_LEVEL: this.logLevel,
    };
    if (this.databaseUrl) {
      env.DATABASE_URL = this.databaseUrl;
      env.DATA_KEY = this.postgresDataKey;
    }
    return env;
  }

  /** With PostgreSQL every process (CLI and server) must get the same key; PGlite keeps one in DATA_DIR. */
  private readonly postgresDataKey = randomBytes(32).toString('base64');

  /**
   * Runs the operator CLI against this server's DATA_DIR. Its stderr goes into the searched log; its
   * stdout is returned and not logged, because `mail-show` prints a message in clear on purpose.
   */
  cli(args: string[]): string {
    const run = spawnSync(process.execPath, [cliEntry, ...args], { cwd: root, env: this.env(), timeout: 180_000 });
    this.chunks.push(run.stderr ?? Buffer.alloc(0));
    if (run.status !== 0) {
      const how = run.error?.message ?? `exit code ${run.status}, signal ${run.signal}`;
      throw new Error(`cli ${args.join(' ')} failed: ${how}\n${run.stderr?.toString('utf8') ?? ''}`);
    }
    return run.stdout.toString('utf8');
  }

  /** Staff accounts made with the operator CLI before the server takes the data folder. */
  seedStaff(accounts: StaffAccount[]): void {
    for (const { alias, role, password } of accounts) {
      const args = [
        cliEntry,
        'create-user',
        '--alias',
        alias,
        '--email',
        `${alias}@example.org`,
        '--password',
        password,
        '--role',
        role,
      ];
      const made = spawnSync(process.execPath, args, { cwd: root, env: this.env(), timeout: 180_000 });
      this.chunks.push(made.stdout ?? Buffer.alloc(0), made.stderr ?? Buffer.alloc(0));
      if (made.status !== 0) {
        const how = made.error?.message ?? `exit code ${made.status}, signal ${made.signal}`;
        throw new Error(`could not create ${alias} (${role}): ${how}\n${this.log()}`);
      }
    }
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [serverEntry], {
      cwd: root,
      env: this.env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.exited = new Promise((done) => child.once('exit', () => done()));
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`the server exited during start:\n${this.log()}`);
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/api/health`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new Error(`the server did not answer /api/health within 120 s:\n${this.log()}`);
      await new Promise((done) => setTimeout(done, 150));
    }
  }

  /** Stops the server the way an operator does (SIGTERM) and waits until the process is gone. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(force);
    this.child = null;
  }

  log(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }

  /** Stops the server if it still runs, drops the PostgreSQL database and removes DATA_DIR. */
  async dispose(): Promise<void> {
    await this.stop();
    if (this.databaseName) {
      const admin = new pg.Client({ connectionString: postgresServerUrl() });
      await admin.connect();
      try {
        await admin.query(`drop database if exists "${this.databaseName}" with (force)`);
      } finally {
        await admin.end();
      }
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
