import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { SurveyInput } from '@sexhandel/shared';
import { Survey } from './survey.entity';
import { SurveyService } from './survey.service';

/** The demo survey: the questions the service asks its readers, in calm plain bokmål. */
export const DEMO_SURVEY: SurveyInput = {
  title: 'Hva synes du om nettstedet?',
  intro:
    'Svarene hjelper oss å gjøre tjenesten bedre. Undersøkelsen er anonym: vi lagrer bare hvilken dag du svarte, ' +
    'ingenting om deg eller enheten din. Alle spørsmål kan hoppes over, bortsett fra det om hvor nyttig nettstedet var.',
  questions: [
    {
      kind: 'single',
      text: 'Hvor gammel er du?',
      required: false,
      options: ['Under 18', '18–25', '26–35', '36–50', '51–65', 'Over 65'],
    },
    {
      kind: 'single',
      text: 'Hvilket kjønn er du?',
      required: false,
      options: ['Mann', 'Kvinne', 'Annet', 'Vil ikke svare'],
    },
    {
      kind: 'single',
      text: 'Har du noen gang betalt for sex? Du kan trygt hoppe over spørsmålet.',
      required: false,
      options: ['Nei', 'Ja, for lenge siden', 'Ja, i løpet av det siste året', 'Vil ikke svare'],
    },
    {
      kind: 'multiple',
      text: 'Hvorfor kom du hit? Velg alt som passer.',
      required: false,
      options: [
        'Jeg ville vite mer om loven',
        'Jeg er bekymret for egen atferd',
        'Jeg er pårørende eller bekymret for noen',
        'Jeg ville snakke med noen',
        'Skole, studier eller jobb',
        'Annet',
      ],
    },
    {
      kind: 'single',
      text: 'Hvordan fant du nettstedet?',
      required: false,
      options: ['Søkemotor', 'Visittkort eller plakat', 'Annonse', 'Nyhetssak', 'Tips fra noen', 'Annet'],
    },
    {
      kind: 'scale',
      text: 'Hvor nyttig var nettstedet for deg?',
      required: true,
      scaleMinLabel: 'Ikke nyttig',
      scaleMaxLabel: 'Svært nyttig',
    },
    {
      kind: 'text',
      text: 'Har du forslag til hvordan vi kan bli bedre? Ikke skriv navn eller annet som kan vise hvem du er.',
      required: false,
    },
  ],
};

@Injectable()
export class SurveySeeder {
  constructor(
    private readonly em: EntityManager,
    private readonly surveys: SurveyService,
  ) {}

  /** Creates and opens the demo survey when there is no survey at all. */
  async seedDemoSurveyIfEmpty(): Promise<void> {
    if ((await this.em.fork().count(Survey, {})) > 0) return;
    const created = await this.surveys.createSurvey(DEMO_SURVEY);
    await this.surveys.openSurvey(created.id);
  }
}
