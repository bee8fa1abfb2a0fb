import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { IsolationLevel, type MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../migrations';

/**
 * Portable backups for both engines: a gzip'd JSON Lines file. Line 1 is a header with the
 * schema version (the names of the applied migrations, in order) and the tables in the order
 * they are restored; then one `{"t": table, "r": row}` line per row (row_to_json, so every
 * column type round-trips through its text form); the last line `{"end": true, "counts": {...}}`
 * proves the file is complete. Encrypted columns are copied as ciphertext: restoring needs the
 * same DATA_KEY.
 */
export const BACKUP_FORMAT = 'sexhandel-backup';
export const BACKUP_VERSION = 1;
const MIGRATION_TABLE = 'mikro_orm_migrations';
const PAGE = 2000;
const INSERT_BATCH = 500;

export class BackupError extends Error {}

interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

interface RowLine {
  t: string;
  r: Record<string, unknown>;
}

interface EndLine {
  end: true;
  counts: Record<string, number>;
}

interface TableInfo {
  name: string;
  /** Columns that can be written (generated columns left out). */
  columns: string[];
  primaryKey: string[];
  /** Nullable foreign-key columns pointing at this table itself or a table restored later: written in a second pass. */
  deferred: string[];
  hasIdentityAlways: boolean;
  /** Columns backed by a sequence (serial or identity): set past the restored maximum. */
  sequenced: string[];
}

type Sql = <T = Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

function sqlOn(em: EntityManager): Sql {
  return async <T>(query: string, params: unknown[] = []) =>
    (await em.getConnection().execute(query, params, 'all', em.getTransactionContext())) as T[];
}

/** The migrations the code knows, in order: the schema version a backup must match. */
export function codeSchemaVersion(): string[] {
  return MIGRATIONS.map((migration) => migration.name);
}

/**
 * Never in a backup, and left alone by a restore: rate-limit counters and their HMAC key live a day
 * at most, and a copy kept longer would let the counters be traced back to addresses.
 */
export const TRANSIENT_TABLES: readonly string[] = ['rate_limit_hit', 'rate_limit_key'];

/** Application tables in restore order (parents before children, by NOT NULL foreign keys). */
async function describeTables(sql: Sql): Promise<TableInfo[]> {
  const tables = (
    await sql<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  )
    .map((row) => row.name)
    .filter((name) => !TRANSIENT_TABLES.includes(name));
  const columns = await sql<{
    table_name: string;
    column_name: string;
    is_generated: string;
    is_identity: string;
    identity_generation: string | null;
    column_default: string | null;
  }>(
    `select table_name, column_name, is_generated, is_identity, identity_generation, column_default
     from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const keys = await sql<{
    table_name: string;
    column_name: string;
    kind: string;
    target: string | null;
    not_null: boolean;
  }>(
    `select c.conrelid::regclass::text as table_name, a.attname as column_name, c.contype as kind,
            case when c.contype = 'f' then c.confrelid::regclass::text end as target, a.attnotnull as not_null
     from pg_constraint c
     join pg_namespace n on n.oid = c.connamespace and n.nspname = 'public'
     join lateral unnest(c.conkey) as k(attnum) on true
     join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
     where c.contype in ('p', 'f')
     order by 1, 2`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, '');
  // Topological order over NOT NULL foreign keys to other tables.
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const key of keys) {
    const table = unquote(key.table_name);
    const target = key.target ? unquote(key.target) : null;
    if (key.kind === 'f' && key.not_null && target && target !== table) parents.get(table)?.add(target);
  }
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: string) => {
    if (state.get(table) === 'done') return;
    if (state.get(table) === 'visiting')
      throw new BackupError(`Tables ${table} and others depend on each other through required columns`);
    state.set(table, 'visiting');
    for (const parent of parents.get(table) ?? []) visit(parent);
    state.set(table, 'done');
    order.push(table);
  };
  for (const table of tables) visit(table);
  const position = new Map(order.map((t, i) => [t, i]));
  return order.map((name) => {
    const own = columns.filter((c) => c.table_name === name);
    const ownKeys = keys.filter((k) => unquote(k.table_name) === name);
    const deferred = ownKeys
      .filter(
        (k) =>
          k.kind === 'f' &&
          !k.not_null &&
          k.target &&
          (position.get(unquote(k.target)) ?? -1) >= (position.get(name) ?? 0),
      )
      .map((k) => k.column_name);
    return {
      name,
      columns: own.filter((c) => c.is_generated !== 'ALWAYS').map((c) => c.column_name),
      primaryKey: ownKeys.filter((k) => k.kind === 'p').map((k) => k.column_name),
      deferred: [...new Set(deferred)],
      hasIdentityAlways: own.some((c) => c.is_identity === 'YES' && c.identity_generation === 'ALWAYS'),
      sequenced: own
        .filter((c) => c.is_identity === 'YES' || (c.column_default ?? '').startsWith('nextval('))
        .map((c) => c.column_name),
    };
  });
}

async function appliedMigrations(sql: Sql): Promise<string[]> {
  const rows = await sql<{ name: string }>(`select name from ${ident(MIGRATION_TABLE)} order by id`);
  return rows.map((row) => row.name);
}

export interface BackupSummary {
  file: string;
  migrations: string[];
  counts: Record<string, number>;
}

/** Writes every application table to `file` (gzip'd JSON Lines) from one consistent snapshot. */
export async function writeBackup(orm: MikroORM, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const counts: Record<string, number> = {};
  let migrations: string[] = [];
  const em = orm.em.fork() as EntityManager;
  try {
    await em.transactional(
      async (tx) => {
        const sql = sqlOn(tx);
        const tables = await describeTables(sql);
        migrations = await appliedMigrations(sql);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          migrations,
          tables: tables.map((t) => t.name),
        };
        async function* lines(): AsyncGenerator<string> {
          yield `${JSON.stringify(header)}\n`;
          for (const table of tables) {
            const orderBy = table.primaryKey.length > 0 ? table.primaryKey.map(ident).join(', ') : '1';
            counts[table.name] = 0;
            for (let offset = 0; ; offset += PAGE) {
              const rows = await sql<{ row: string }>(
                `select row_to_json(t)::text as row from ${ident(table.name)} t order by ${orderBy} limit ${PAGE} offset ${offset}`,
              );
              for (const { row } of rows) yield `{"t":${JSON.stringify(table.name)},"r":${row}}\n`;
              counts[table.name] += rows.length;
              if (rows.length < PAGE) break;
            }
          }
          const end: EndLine = { end: true, counts };
          yield `${JSON.stringify(end)}\n`;
        }
        await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial, { mode: 0o600 }));
      },
      { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { file, migrations, counts };
}

async function* readLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Infinity });
  for await (const line of reader) if (line.trim() !== '') yield line;
}

function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> | null = null;
  try {
    header = line ? (JSON.parse(line) as Partial<BackupHeader>) : null;
  } catch {
    header = null;
  }
  if (
    !header ||
    header.format !== BACKUP_FORMAT ||
    !Array.isArray(header.migrations) ||
    !Array.isArray(header.tables)
  ) {
    throw new BackupError('This file is not a Sexhandel backup');
  }
  if (header.version !== BACKUP_VERSION)
    throw new BackupError(
      `Backup format version ${String(header.version)} is not supported (expected ${BACKUP_VERSION})`,
    );
  return header as BackupHeader;
}

/**
 * Replaces every application table with the file's rows, in one transaction: on any error nothing
 * changes. Refuses a file made by another schema version.
 */
export async function restoreBackup(orm: MikroORM, file: string): Promise<BackupSummary> {
  const iterator = readLines(file);
  let header: BackupHeader;
  try {
    header = parseHeader((await iterator.next()).value as string | undefined);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Could not read ${file}: ${(error as Error).message}`);
  }
  const expected = codeSchemaVersion();
  if (header.migrations.join('\n') !== expected.join('\n')) {
    const missing = expected.filter((m) => !header.migrations.includes(m));
    const unknown = header.migrations.filter((m) => !expected.includes(m));
    throw new BackupError(
      'The backup was made by a different version of the app (its migrations differ from this code). ' +
        (missing.length ? `Not in the backup: ${missing.join(', ')}. ` : '') +
        (unknown.length ? `Unknown here: ${unknown.join(', ')}. ` : '') +
        'Restore it with the version that made it, then upgrade.',
    );
  }
  const counts: Record<string, number> = {};
  const em = orm.em.fork() as EntityManager;
  await em.transactional(async (tx) => {
    const sql = sqlOn(tx);
    const tables = await describeTables(sql);
    const byName = new Map(tables.map((t) => [t.name, t]));
    const unknownTables = header.tables.filter((t) => !byName.has(t));
    if (unknownTables.length)
      throw new BackupError(`The backup holds tables this database lacks: ${unknownTables.join(', ')}`);
    // Rows come back verbatim: business triggers (append-only audit, immutable post bodies) stay
    // off for the wipe and the inserts and are back on before commit. Foreign keys stay checked.
    const triggered = (
      await sql<{ name: string }>(
        `select distinct c.relname as name from pg_trigger g join pg_class c on c.oid = g.tgrelid
         join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and not g.tgisinternal`,
      )
    ).map((row) => row.name);
    for (const name of triggered) await sql(`alter table ${ident(name)} disable trigger user`);
    await sql(`truncate table ${tables.map((t) => ident(t.name)).join(', ')} restart identity cascade`);
    for (const t of tables) counts[t.name] = 0;

    const deferredRows: { table: TableInfo; rows: Record<string, unknown>[] }[] = [];
    let batch: Record<string, unknown>[] = [];
    let batchTable: TableInfo | null = null;
    const flush = async () => {
      if (!batchTable || batch.length === 0) return;
      const table = batchTable;
      const cols = table.columns.map(ident).join(', ');
      const select = table.columns.map((c) => (table.deferred.includes(c) ? `null` : `r.${ident(c)}`)).join(', ');
      await sql(
        `insert into ${ident(table.name)} (${cols}) ${table.hasIdentityAlways ? 'overriding system value ' : ''}` +
          `select ${select} from json_populate_recordset(null::${ident(table.name)}, ?::json) r`,
        [JSON.stringify(batch)],
      );
      if (table.deferred.length > 0) deferredRows.push({ table, rows: batch });
      counts[table.name] += batch.length;
      batch = [];
    };
    let end: EndLine | null = null;
    for await (const line of iterator) {
      const parsed = JSON.parse(line) as RowLine | EndLine;
      if ('end' in parsed) {
        end = parsed;
        break;
      }
      const table = byName.get(parsed.t);
      if (!table) throw new BackupError(`Unknown table ${parsed.t} in the backup`);
      if (batchTable !== table || batch.length >= INSERT_BATCH) await flush();
      batchTable = table;
      batch.push(parsed.r);
    }
    await flush();
    if (!end) throw new BackupError('The backup file is cut short (no end marker): nothing was restored');
    for (const [name, count] of Object.entries(end.counts)) {
      if ((counts[name] ?? 0) !== count)
        throw new BackupError(`Table ${name}: the file says ${count} rows but holds ${counts[name] ?? 0}`);
    }
    // Second pass: foreign keys to the same table or a later one.
    for (const { table, rows } of deferredRows) {
      const key = table.primaryKey;
      if (key.length === 0) throw new BackupError(`Table ${table.name} needs a primary key to restore its references`);
      const set = table.deferred.map((c) => `${ident(c)} = r.${ident(c)}`).join(', ');
      const where = key.map((c) => `t.${ident(c)} = r.${ident(c)}`).join(' and ');
      const any = table.deferred.map((c) => `r.${ident(c)} is not null`).join(' or ');
      await sql(
        `update ${ident(table.name)} t set ${set} from json_populate_recordset(null::${ident(table.name)}, ?::json) r where ${where} and (${any})`,
        [JSON.stringify(rows)],
      );
    }
    for (const name of triggered) await sql(`alter table ${ident(name)} enable trigger user`);
    for (const table of tables) {
      for (const column of table.sequenced) {
        await sql(
          `select setval(pg_get_serial_sequence(?, ?), coalesce((select max(${ident(column)}) from ${ident(table.name)}), 0) + 1, false)`,
          [table.name, column],
        );
      }
    }
  });
  return { file, migrations: header.migrations, counts };
}
