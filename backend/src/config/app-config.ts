import { mkdirSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';

export type DatabaseEngine = 'pglite' | 'postgresql';

/** Everything the server reads from its environment, parsed once at start. */
export interface AppConfig {
  port: number;
  host: string;
  engine: DatabaseEngine;
  /** postgres:// URL when engine is postgresql. */
  databaseUrl: string | null;
  /** Folder for the embedded database, the generated key, the lock and outgoing mail. */
  dataDir: string;
  /** PGlite storage: a folder under dataDir, or undefined for an in-memory database (tests). */
  pgliteDir: string | undefined;
  /** Raw DATA_KEY from the environment, if any (the key file is read by the crypto module). */
  dataKey: string | null;
  publicUrl: string;
  smtpUrl: string | null;
  contactRetentionDays: number;
  /** True when served behind HTTPS (PUBLIC_URL starts with https): cookies get Secure, HSTS is sent. */
  secure: boolean;
  /** Directory holding the built PWA, served at /. */
  frontendDir: string;
  /** Seed demo content when the database is empty. */
  seedDemo: boolean;
  logLevel: string;
  /** Per-member forum post limit (FORUM_POST_RATE_LIMIT "N/minutes", default 20/10), counted in the database. */
  forumPostRateLimit: { max: number; windowMinutes: number };
  /** Distinct members' flags that hide a post pending review (MODERATION_HIDE_AFTER_FLAGS, default 3). */
  moderationHideAfterFlags: number;
  /**
   * TRUST_PROXY: which proxies may name the client in X-Forwarded-For (Fastify's `trustProxy`): a
   * number of hops, or addresses, CIDR ranges and proxy-addr's names (loopback, linklocal,
   * uniquelocal). The client address only feeds the shared rate limits, as an HMAC under a daily
   * key; it is never kept.
   */
  trustProxy: false | number | string[];
  /**
   * FORUM_INDEXING=on lets search engines index the forum's server-rendered pages. Off by default:
   * members wrote under an alias for the forum's readers, not for a search engine.
   */
  forumIndexing: boolean;
  /**
   * RESPONSE_CACHE_BYTES: the most bytes the public-read response cache holds on this node (default
   * 32 MiB; 0 keeps nothing, ETag and 304 still work). See response-cache/.
   */
  responseCacheBytes: number;
  /**
   * PUSH_TIME_BUDGET_MS: a push starts no further mutation this long after its first one ended
   * (default 1000); the device sends the unanswered rest again. Bounds how long one push holds a
   * connection (the embedded database has only one).
   */
  pushTimeBudgetMs: number;
}

export class ConfigError extends Error {}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function rateFrom(env: NodeJS.ProcessEnv, name: string, fallback: { max: number; windowMinutes: number }) {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const match = /^(\d{1,7})\/(\d{1,6})$/.exec(raw);
  const max = Number(match?.[1]);
  const windowMinutes = Number(match?.[2]);
  if (!match || max < 1 || windowMinutes < 1)
    throw new ConfigError(`${name} must look like "20/10" (posts/minutes), got "${raw}"`);
  return { max, windowMinutes };
}

const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function trustProxyFrom(env: NodeJS.ProcessEnv): false | number | string[] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || raw === 'false') return false;
  if (/^\d+$/.test(raw)) return intFrom(env, 'TRUST_PROXY', 0, 1, 10);
  const entries = raw.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    const bitsOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (PROXY_RANGE_NAMES.has(entry) || (family !== 0 && bitsOk && rest.length === 0)) continue;
    throw new ConfigError(
      `TRUST_PROXY must be the number of proxies in front (1-10), or their addresses, CIDR ranges or ` +
        `loopback/linklocal/uniquelocal, comma-separated; got "${entry}". (Trusting every sender would let ` +
        `anyone choose their own address and escape the sign-up and pick-up code limits.)`,
    );
  }
  return entries;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = intFrom(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// (leave it unset for the embedded database)');
  }
  const dataDir = resolve(env.DATA_DIR?.trim() || './data');
  const memory = env.DATA_DIR === 'memory://';
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute URL, got "${publicUrl}"`);
  }
  return {
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    engine: databaseUrl ? 'postgresql' : 'pglite',
    databaseUrl,
    dataDir: memory ? resolve('./data') : dataDir,
    pgliteDir: memory ? undefined : resolve(dataDir, 'pglite'),
    dataKey: env.DATA_KEY?.trim() || null,
    publicUrl,
    smtpUrl: env.SMTP_URL?.trim() || null,
    contactRetentionDays: intFrom(env, 'CONTACT_RETENTION_DAYS', 180, 1, 3650),
    secure: publicUrl.startsWith('https://'),
    frontendDir: resolve(env.FRONTEND_DIR?.trim() || resolve(__dirname, '../../../frontend/dist')),
    seedDemo: env.SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    forumPostRateLimit: rateFrom(env, 'FORUM_POST_RATE_LIMIT', { max: 20, windowMinutes: 10 }),
    moderationHideAfterFlags: intFrom(env, 'MODERATION_HIDE_AFTER_FLAGS', 3, 1, 1000),
    trustProxy: trustProxyFrom(env),
    forumIndexing: forumIndexingFrom(env),
    responseCacheBytes: intFrom(env, 'RESPONSE_CACHE_BYTES', 32 * 1024 * 1024, 0, 2 ** 34),
    pushTimeBudgetMs: intFrom(env, 'PUSH_TIME_BUDGET_MS', 1000, 0, 60_000),
  };
}

function forumIndexingFrom(env: NodeJS.ProcessEnv): boolean {
  const raw = env.FORUM_INDEXING?.trim().toLowerCase();
  if (!raw || raw === 'off') return false;
  if (raw === 'on') return true;
  throw new ConfigError(`FORUM_INDEXING must be "on" or "off", got "${env.FORUM_INDEXING}"`);
}

export function ensureDataDir(config: AppConfig): void {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
}

export const APP_CONFIG = Symbol('APP_CONFIG');
