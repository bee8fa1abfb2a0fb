import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationName, migrationSource, withMigration } from './create-migration';

describe('create-migration', () => {
  it('names a migration by its UTC time to the second and a snake_case name', () => {
    expect(migrationName('add_thread_pin', new Date('2026-12-06T01:02:03.456Z'))).toBe(
      'Migration20261206010203_add_thread_pin',
    );
  });

  it('writes the statements into up() and leaves a hand-written migration a place to write', () => {
    const source = migrationSource('Migration1_x', ['alter table "thread" add column "pinned" boolean;']);
    expect(source).toContain('export class Migration1_x extends Migration');
    expect(source).toContain(`this.addSql("alter table \\"thread\\" add column \\"pinned\\" boolean;");`);
    expect(migrationSource('Migration1_x', [])).toContain('// Write the statements here');
  });

  it('imports the new migration after the last import and lists it last in MIGRATIONS', () => {
    const index = readFileSync(join(__dirname, '..', 'migrations', 'index.ts'), 'utf8');
    const next = withMigration(index, 'Migration29991231235959_next');
    expect(next).toContain("import { Migration29991231235959_next } from './Migration29991231235959_next';\n");
    expect(next.trimEnd()).toMatch(
      /\{ name: 'Migration29991231235959_next', class: Migration29991231235959_next \},\n\];$/,
    );
    expect(next.indexOf('Migration29991231235959_next }')).toBeLessThan(next.indexOf('export const MIGRATIONS'));
  });
});
