import { MikroORM } from '@mikro-orm/core';
import type { INestApplicationContext } from '@nestjs/common';

/** Applies pending migrations. Run by the start command and the CLI before anything else. */
export async function migrateDatabase(app: INestApplicationContext): Promise<string[]> {
  const orm = app.get(MikroORM);
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
