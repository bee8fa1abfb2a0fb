import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { loadConfig } from '../config/app-config';
import { createOrmSetup } from './orm-options';

/**
 * Developer tool: applies every checked-in migration to a fresh in-memory database and prints
 * the SQL still needed to match the entities. Empty output means no drift; otherwise paste the
 * SQL into a new migration. `npm run schema:diff -w backend`.
 */
export async function schemaDiff(): Promise<string> {
  const setup = await createOrmSetup(loadConfig({ DATA_DIR: 'memory://' }));
  const orm = await MikroORM.init(setup.options);
  try {
    await orm.getMigrator().up();
    return await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
  } finally {
    await orm.close();
    await setup.dispose();
  }
}

if (require.main === module) {
  schemaDiff().then(
    (sql) => console.log(sql.trim() || '-- no drift: migrations match the entities'),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
