import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { SURVEY_STATUSES, type SurveyQuestionDto, type SurveyStatus } from '@sexhandel/shared';

/**
 * A survey admins define. Questions (with their `q1…`/`o1…` ids) live as one JSON list: they only
 * change while the survey is a draft, and answers refer to them by id.
 */
@Entity({ tableName: 'survey' })
@Index({ name: 'survey_status_idx', properties: ['status'] })
export class Survey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  intro: string;

  @Enum({ items: () => [...SURVEY_STATUSES] })
  status: SurveyStatus = 'draft';

  @Property({ type: 'jsonb' })
  questions: SurveyQuestionDto[];

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  openedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  constructor(title: string, intro: string, questions: SurveyQuestionDto[]) {
    this.title = title;
    this.intro = intro;
    this.questions = questions;
  }
}
