import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DayType } from '../common/day.type';
import { Survey } from './survey.entity';

/** One stored answer: option ids for choice questions, 1–5 for scale, sealed text for free text. */
export interface StoredSurveyAnswer {
  optionIds?: string[];
  scale?: number;
  /** FieldCipher-sealed (SEAL_SURVEY_TEXT): people may write things that identify them. */
  textSealed?: string;
}

/**
 * One device's answer to a survey. Only the calendar day is kept, never a time. The device's
 * response key is kept as a keyed hash, only to refuse a second answer from the same device.
 */
@Entity({ tableName: 'survey_response' })
@Unique({ name: 'survey_response_survey_id_response_key_hash_unique', properties: ['survey', 'responseKeyHash'] })
export class SurveyResponse {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Survey, { deleteRule: 'cascade' })
  survey: Survey;

  @Property({ type: DayType, index: true })
  day: string;

  @Property({ type: 'text' })
  responseKeyHash: string;

  /** Answers by question id; questions left out were not answered. */
  @Property({ type: 'jsonb' })
  answers: Record<string, StoredSurveyAnswer>;

  constructor(survey: Survey, day: string, responseKeyHash: string, answers: Record<string, StoredSurveyAnswer>) {
    this.survey = survey;
    this.day = day;
    this.responseKeyHash = responseKeyHash;
    this.answers = answers;
  }
}
