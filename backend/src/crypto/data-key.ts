import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/app-config';

const KEY_FILE = 'data-key';

function parseKey(raw: string, source: string): Buffer {
  const trimmed = raw.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new ConfigError(`${source} must be 32 bytes as 64 hex characters or base64 (try: openssl rand -base64 32)`);
  }
  return key;
}

/**
 * DATA_KEY from the environment wins. Without it, the embedded setup generates a key once into
 * DATA_DIR (mode 0600) and reuses it; PostgreSQL setups must pass DATA_KEY so every node shares it.
 */
export function loadDataKey(config: AppConfig): Buffer {
  if (config.dataKey) return parseKey(config.dataKey, 'DATA_KEY');
  if (config.engine === 'postgresql') {
    throw new ConfigError(
      'DATA_KEY is required with DATABASE_URL (every node must use the same key): openssl rand -base64 32',
    );
  }
  const path = join(config.dataDir, KEY_FILE);
  if (existsSync(path)) return parseKey(readFileSync(path, 'utf8'), path);
  const key = randomBytes(32);
  writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}
