import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDiff } from './schema-diff';

/** `Migration20261206010000_published_views`: UTC time to the second, then a snake_case name. */
export function migrationName(name: string, at: Date): string {
  const stamp = at.toISOString().replace(/\D/g, '').slice(0, 14);
  return `Migration${stamp}_${name}`;
}

/** The source of a new migration: the given statements in up(); down() is left for a person to write. */
export function migrationSource(className: string, statements: string[]): string {
  const up = statements.length
    ? statements.map((sql) => `    this.addSql(${JSON.stringify(sql)});`).join('\n')
    : '    // Write the statements here (views, data changes: what the entities cannot describe).';
  return `import { Migration } from '@mikro-orm/migrations';

/** TODO: one line on what this migration changes and why. */
export class ${className} extends Migration {
  override async up(): Promise<void> {
${up}
  }

  override async down(): Promise<void> {
    // Undo up() here, newest statement first.
  }
}
`;
}

/** index.ts with the new migration imported and appended to MIGRATIONS. */
export function withMigration(index: string, className: string): string {
  const lastImport = index.lastIndexOf('\nimport ');
  const afterImport = index.indexOf('\n', lastImport + 1) + 1;
  const withImport = `${index.slice(0, afterImport)}import { ${className} } from './${className}';\n${index.slice(afterImport)}`;
  const end = withImport.lastIndexOf('];');
  return `${withImport.slice(0, end)}  { name: '${className}', class: ${className} },\n${withImport.slice(end)}`;
}

/**
 * `npm run migration:create -w backend -- <snake_case_name>`: writes backend/src/migrations/
 * Migration<time>_<name>.ts holding the SQL the entities still need (empty for a hand-written
 * migration) and adds it to migrations/index.ts. Review it, write down(), then run the drift test.
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  if (!/^[a-z][a-z0-9_]*$/.test(name)) {
    throw new Error('Give the migration a snake_case name: npm run migration:create -w backend -- add_thread_pin');
  }
  const dir = join(__dirname, '..', '..', 'src', 'migrations');
  const className = migrationName(name, new Date());
  const statements = (await schemaDiff())
    .split(/;\s*\n/)
    .map((sql) => sql.trim())
    .filter((sql) => sql.length > 0)
    .map((sql) => (sql.endsWith(';') ? sql : `${sql};`));
  writeFileSync(join(dir, `${className}.ts`), migrationSource(className, statements));
  writeFileSync(join(dir, 'index.ts'), withMigration(readFileSync(join(dir, 'index.ts'), 'utf8'), className));
  console.log(`Wrote src/migrations/${className}.ts (${statements.length} statement(s)) and added it to index.ts.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
