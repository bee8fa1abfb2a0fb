// The whole database as text, for the privacy audit. Every table of every schema except the system
// catalogs, each row in PostgreSQL's own text form of a record (`select t::text`), which is what
// COPY and pg_dump print. PostgreSQL additionally goes through the real `pg_dump`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface TableDump {
  table: string;
  rows: number;
  text: string;
}

export interface DatabaseDump {
  tables: TableDump[];
  /** The output of pg_dump (PostgreSQL), or null. */
  pgDump: string | null;
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

const TABLES_SQL = `select table_schema as schema, table_name as name from information_schema.tables
  where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
  order by table_schema, table_name`;

async function dumpTables(query: Query): Promise<TableDump[]> {
  const tables = (await query(TABLES_SQL)) as { schema: string; name: string }[];
  const dumps: TableDump[] = [];
  for (const { schema, name } of tables) {
    const rows = (await query(`select t::text as row from ${ident(schema)}.${ident(name)} t`)) as { row: string }[];
    dumps.push({ table: `${schema}.${name}`, rows: rows.length, text: rows.map((r) => r.row).join('\n') });
  }
  return dumps;
}

/** PGlite allows one opener: call this only after the server has stopped. */
export async function dumpPglite(dataDir: string): Promise<DatabaseDump> {
  const db = await PGlite.create({ dataDir: join(dataDir, 'pglite') });
  try {
    const tables = await dumpTables(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
    return { tables, pgDump: null };
  } finally {
    await db.close();
  }
}

export async function dumpPostgres(databaseUrl: string): Promise<DatabaseDump> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let tables: TableDump[];
  try {
    tables = await dumpTables(async (sql) => (await client.query(sql)).rows as Record<string, unknown>[]);
  } finally {
    await client.end();
  }
  const dumped = spawnSync('pg_dump', ['--no-owner', '--no-privileges', '--dbname', databaseUrl], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 60_000,
  });
  if (dumped.error || dumped.status !== 0) {
    throw new Error(`pg_dump failed: ${dumped.error?.message ?? dumped.stderr}`);
  }
  return { tables, pgDump: dumped.stdout };
}

export interface StoredFile {
  path: string;
  bytes: Buffer;
}

/** Every file under `dir` (recursively), with its path relative to `dir`. */
export function filesUnder(dir: string): StoredFile[] {
  const files: StoredFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const full = join(folder, entry);
      const path = relative(dir, full);
      if (statSync(full).isDirectory()) walk(full);
      else files.push({ path, bytes: readFileSync(full) });
    }
  };
  walk(dir);
  return files;
}
