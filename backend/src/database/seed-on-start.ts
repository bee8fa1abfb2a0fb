import type { INestApplicationContext } from '@nestjs/common';
import { ContentSeeder } from '../content/seed/content.seeder';

/** Seeds the demo content when the database has none. Feature seeders are called from here. */
export async function seedDemoContentIfEmpty(app: INestApplicationContext): Promise<void> {
  await app.get(ContentSeeder).seedIfEmpty();
}
