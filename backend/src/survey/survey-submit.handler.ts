import { Injectable } from '@nestjs/common';
import type { SurveySubmitResult } from '@sexhandel/shared';
import { FieldCipher } from '../crypto/field-cipher';
import { osloDay } from '../common/oslo-day';
import { MutationRejection, type MutationContext, type MutationHandler } from '../sync/mutation-handler';
import { SurveySubmitPayloadDto } from './dto/survey-submit-payload.dto';
import { SEAL_SURVEY_TEXT } from './survey-sealing';
import { Survey } from './survey.entity';
import { SurveyRepository } from './survey.repository';
import { checkAnswers } from './survey.rules';

const RESPONSE_KEY_INDEX = 'survey.response-key';

/**
 * `survey.submit`: one device's answers to an open survey. Stores the day (never a time), the
 * answers (free text sealed) and a keyed hash of the device's response key, unique per survey,
 * so a second answer from the same device is refused. Anything refused counts nothing.
 */
@Injectable()
export class SurveySubmitHandler implements MutationHandler<SurveySubmitPayloadDto, SurveySubmitResult> {
  readonly kind = 'survey.submit' as const;
  readonly payloadType = SurveySubmitPayloadDto;
  readonly access = 'anyone' as const;

  constructor(
    private readonly cipher: FieldCipher,
    private readonly surveys: SurveyRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async apply({ em }: MutationContext, payload: SurveySubmitPayloadDto): Promise<SurveySubmitResult> {
    const survey = await em.findOne(Survey, { id: payload.surveyId });
    if (!survey || survey.status === 'draft') {
      throw new MutationRejection('survey_not_found', 'This survey does not exist (any more)');
    }
    if (survey.status !== 'open') {
      throw new MutationRejection(
        'survey_closed',
        'The survey has closed, so answers are no longer collected. Thank you all the same',
      );
    }
    const answers = checkAnswers(survey.questions, payload.answers, (text) =>
      this.cipher.encrypt(text, SEAL_SURVEY_TEXT),
    );
    const keyHash = this.cipher.blindIndex(payload.responseKey.toLowerCase(), RESPONSE_KEY_INDEX);
    const stored = await this.surveys.insertResponse(em, {
      surveyId: survey.id,
      day: osloDay(this.now()),
      keyHash,
      answers,
    });
    if (!stored) {
      throw new MutationRejection('already_answered', 'This device has already answered the survey. Thank you');
    }
    return { counted: true };
  }
}
