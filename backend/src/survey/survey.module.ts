import { Module, type OnModuleInit } from '@nestjs/common';
import { FieldCipher } from '../crypto/field-cipher';
import { MutationHandlerRegistry } from '../sync/mutation-handler.registry';
import { SurveySubmitHandler } from './survey-submit.handler';
import { SurveyController } from './survey.controller';
import { SurveySeeder } from './survey.seeder';
import { SurveyRepository } from './survey.repository';
import { SurveyService } from './survey.service';

/** User survey: admin definitions and results, the `survey.submit` mutation, open surveys in the pull stream. */
@Module({
  controllers: [SurveyController],
  providers: [
    SurveyService,
    SurveyRepository,
    SurveySeeder,
    {
      provide: SurveySubmitHandler,
      inject: [FieldCipher, SurveyRepository],
      useFactory: (cipher: FieldCipher, surveys: SurveyRepository) => new SurveySubmitHandler(cipher, surveys),
    },
  ],
  exports: [SurveyService, SurveyRepository, SurveySeeder],
})
export class SurveyModule implements OnModuleInit {
  constructor(
    private readonly registry: MutationHandlerRegistry,
    private readonly surveySubmit: SurveySubmitHandler,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.surveySubmit);
  }
}
