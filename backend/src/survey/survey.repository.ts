import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { sqlIn } from '../common/sql';

/** The survey feature's SQL, the only place that names survey and survey_response. */
@Injectable()
export class SurveyRepository {
  constructor(private readonly em: EntityManager) {}

  /** Stores one answer; false when this device (its response key's hash) already answered. */
  async insertResponse(
    em: EntityManager,
    response: { surveyId: string; day: string; keyHash: string; answers: unknown },
  ): Promise<boolean> {
    const inserted = await sqlIn<{ id: string }>(
      em,
      `insert into survey_response (id, survey_id, day, response_key_hash, answers)
       values (gen_random_uuid(), ?, ?, ?, ?)
       on conflict (survey_id, response_key_hash) do nothing returning id`,
      [response.surveyId, response.day, response.keyHash, JSON.stringify(response.answers)],
    );
    return inserted.length > 0;
  }

  async countResponses(em: EntityManager = this.em): Promise<Map<string, number>> {
    const rows = await sqlIn<{ survey_id: string; n: string | number }>(
      em,
      'select survey_id, count(*) as n from survey_response group by survey_id',
    );
    return new Map(rows.map((row) => [row.survey_id, Number(row.n)]));
  }

  /** Every survey that is or was open (drafts have no answers), newest first, with its answer count. */
  listResponseCounts(): Promise<Array<{ id: string; title: string; status: string; responses: string }>> {
    return sqlIn(
      this.em,
      `select s.id, s.title, s.status, count(r.id) as responses
       from survey s left join survey_response r on r.survey_id = s.id
       where s.status <> 'draft' or exists (select 1 from survey_response x where x.survey_id = s.id)
       group by s.id, s.title, s.status, s.created_at order by s.created_at desc, s.id`,
    );
  }
}
