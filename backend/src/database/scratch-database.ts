import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Server URL of the PostgreSQL used by tests and benchmarks for throwaway databases. */
export function scratchServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export async function postgresReachable(): Promise<boolean> {
  const client = new Client({ connectionString: scratchServerUrl(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Creates an empty PostgreSQL database with a unique name; `drop` removes it again. */
export async function createScratchDatabase(
  prefix = 'sexhandel_test',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: scratchServerUrl() });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(scratchServerUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: scratchServerUrl() });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}
