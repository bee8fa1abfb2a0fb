import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { sqlIn } from '../common/sql';

/** The one statement the health check runs: the database answers. */
@Injectable()
export class HealthRepository {
  constructor(private readonly em: EntityManager) {}

  async ping(): Promise<void> {
    await sqlIn(this.em, 'select 1');
  }
}
