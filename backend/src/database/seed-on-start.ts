import type { INestApplicationContext } from '@nestjs/common';

/** Seeds the demo content when the database has none. Feature seeders are called from here. */
export async function seedDemoContentIfEmpty(_app: INestApplicationContext): Promise<void> {
  // The content module registers its seeder here.
}
