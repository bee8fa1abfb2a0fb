import type { INestApplicationContext } from '@nestjs/common';
import { ContentSeeder } from '../content/seed/content.seeder';
import { StartPageService } from '../content/start-page.service';
import { PhoneService } from '../phone/phone.service';
import { SurveySeeder } from '../survey/survey.seeder';

/** Seeds the demo content when the database has none. Feature seeders are called from here. */
export async function seedDemoContentIfEmpty(app: INestApplicationContext): Promise<void> {
  await app.get(ContentSeeder).seedIfEmpty();
  await app.get(StartPageService).seedStartPageIfEmpty();
  await app.get(PhoneService).seedPhoneLineIfEmpty();
  await app.get(SurveySeeder).seedDemoSurveyIfEmpty();
}
