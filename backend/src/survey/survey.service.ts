import { QueryOrder } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { SurveyAdminDto, SurveyInput, SurveyResultsDto } from '@sexhandel/shared';
import { FieldCipher } from '../crypto/field-cipher';
import { SyncChangeRecorder } from '../sync/sync-change.recorder';
import { isUuid } from '../common/uuid-param';
import { responsesCsv, resultsCsv } from './survey-csv';
import { surveyErrors } from './survey-errors';
import { SurveyResponse } from './survey-response.entity';
import { SEAL_SURVEY_TEXT } from './survey-sealing';
import { Survey } from './survey.entity';
import { SurveyRepository } from './survey.repository';
import { toSurveyAdminDto, toSurveyDto } from './survey.mappers';
import { aggregateResponses, buildQuestions, type OpenedResponse } from './survey.rules';

/**
 * Admin side of the survey: drafts, opening and closing (each goes into the pull stream in the
 * same transaction: open = upsert, closed = delete, so devices stop offering it), results and CSV.
 * A closed survey can be reopened; devices that answered keep their mark and are not asked again.
 */
@Injectable()
export class SurveyService {
  constructor(
    private readonly em: EntityManager,
    private readonly recorder: SyncChangeRecorder,
    private readonly cipher: FieldCipher,
    private readonly surveys: SurveyRepository,
  ) {}

  async listSurveys(): Promise<SurveyAdminDto[]> {
    const em = this.em.fork();
    const surveys = await em.find(Survey, {}, { orderBy: { createdAt: QueryOrder.DESC, id: QueryOrder.ASC } });
    const counts = await this.responseCounts(em);
    return surveys.map((survey) => toSurveyAdminDto(survey, counts.get(survey.id) ?? 0));
  }

  async getSurvey(id: string): Promise<SurveyAdminDto> {
    const em = this.em.fork();
    const survey = await this.loadSurvey(em, id);
    return toSurveyAdminDto(survey, await em.count(SurveyResponse, { survey }));
  }

  async createSurvey(input: SurveyInput): Promise<SurveyAdminDto> {
    const em = this.em.fork();
    const survey = new Survey(input.title, input.intro, buildQuestions(input.questions));
    await em.persist(survey).flush();
    return toSurveyAdminDto(survey, 0);
  }

  async updateSurvey(id: string, input: SurveyInput): Promise<SurveyAdminDto> {
    const em = this.em.fork();
    const survey = await this.loadSurvey(em, id);
    if (survey.status !== 'draft') throw surveyErrors.notDraft();
    const questions = buildQuestions(input.questions);
    survey.title = input.title;
    survey.intro = input.intro;
    survey.questions = questions;
    await em.flush();
    return toSurveyAdminDto(survey, 0);
  }

  async openSurvey(id: string): Promise<SurveyAdminDto> {
    return this.em.fork().transactional(async (em) => {
      const survey = await this.loadSurvey(em, id);
      if (survey.status === 'open') throw surveyErrors.alreadyOpen();
      survey.status = 'open';
      survey.openedAt ??= new Date();
      survey.closedAt = null;
      await em.flush();
      await this.recorder.record(em, 'survey', survey.id, 'upsert', toSurveyDto(survey));
      return toSurveyAdminDto(survey, await em.count(SurveyResponse, { survey }));
    });
  }

  async closeSurvey(id: string): Promise<SurveyAdminDto> {
    return this.em.fork().transactional(async (em) => {
      const survey = await this.loadSurvey(em, id);
      if (survey.status !== 'open') throw surveyErrors.notOpen();
      survey.status = 'closed';
      survey.closedAt = new Date();
      await em.flush();
      await this.recorder.record(em, 'survey', survey.id, 'delete', null);
      return toSurveyAdminDto(survey, await em.count(SurveyResponse, { survey }));
    });
  }

  async getSurveyResults(id: string): Promise<SurveyResultsDto> {
    const em = this.em.fork();
    const survey = await this.loadSurvey(em, id);
    const responses = await this.openResponses(em, survey);
    return {
      survey: toSurveyAdminDto(survey, responses.length),
      responses: responses.length,
      questions: aggregateResponses(survey.questions, responses),
    };
  }

  async exportSurveyResultsCsv(id: string): Promise<string> {
    return resultsCsv((await this.getSurveyResults(id)).questions);
  }

  async exportSurveyResponsesCsv(id: string): Promise<string> {
    const em = this.em.fork();
    const survey = await this.loadSurvey(em, id);
    return responsesCsv(survey.questions, await this.openResponses(em, survey));
  }

  /** Every response with free text opened, oldest day first (no ids leave this method). */
  private async openResponses(em: EntityManager, survey: Survey): Promise<OpenedResponse[]> {
    const rows = await em.find(SurveyResponse, { survey }, { orderBy: { day: QueryOrder.ASC, id: QueryOrder.ASC } });
    return rows.map((row) => ({
      day: row.day,
      answers: Object.fromEntries(
        Object.entries(row.answers).map(([questionId, answer]) => [
          questionId,
          answer.textSealed === undefined
            ? { optionIds: answer.optionIds, scale: answer.scale }
            : { text: this.cipher.decrypt(answer.textSealed, SEAL_SURVEY_TEXT) },
        ]),
      ),
    }));
  }

  private responseCounts(em: EntityManager): Promise<Map<string, number>> {
    return this.surveys.countResponses(em);
  }

  private async loadSurvey(em: EntityManager, id: string): Promise<Survey> {
    if (!isUuid(id)) throw surveyErrors.notFound();
    const survey = await em.findOne(Survey, { id });
    if (!survey) throw surveyErrors.notFound();
    return survey;
  }
}
