import { UniqueConstraintViolationException, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable } from '@nestjs/common';
import { UUID_PATTERN, type SyncEntity } from '@sexhandel/shared';
import { SyncChangeRecorder } from '../sync/sync-change.recorder';
import { apiError, notFound } from '../common/api-error';

export interface Publishable {
  id: string;
  published: boolean;
  updatedAt: Date;
}

/**
 * One content type: its rules for building and patching a row, and how the row reaches the sync
 * stream. The files in kinds/ define one each; ContentWriter does the rest the same way for all.
 */
export interface ContentKind<T extends Publishable, I extends { published?: boolean }> {
  entity: SyncEntity;
  cls: EntityClass<T>;
  /** For messages: "No page with this id". */
  noun: string;
  /** The 409 message when a unique key is taken by a concurrent write that passed the explicit check. */
  taken?: string;
  /** Checks the input and builds the row (`published` is set afterwards). */
  build(em: EntityManager, input: I): Promise<T> | T;
  /** Checks and applies the given fields (`published` is set afterwards). */
  apply(em: EntityManager, row: T, patch: Partial<I>): Promise<void> | void;
  /** Defaults to setting `row.published`. */
  setPublished?(row: T, published: boolean): void;
  /** The public DTO devices receive while the row is published. Runs after the row is flushed. */
  toDto(em: EntityManager, row: T): Promise<object> | object;
  /** Runs in the delete's transaction before the row is removed. */
  beforeRemove?(em: EntityManager, row: T): Promise<void>;
}

/**
 * Every content write: one transaction with its sync change, so what devices pull is always what
 * was committed: published rows as `upsert` with the public DTO, rows that stop being published
 * (or are deleted while published) as `delete`.
 */
@Injectable()
export class ContentWriter {
  constructor(
    private readonly em: EntityManager,
    private readonly recorder: SyncChangeRecorder,
  ) {}

  async create<T extends Publishable, I extends { published?: boolean }>(
    kind: ContentKind<T, I>,
    input: I,
  ): Promise<T> {
    return this.transaction(kind, async (em) => {
      const row = await kind.build(em, input);
      publish(kind, row, input.published ?? false);
      return this.save(em, kind, row, false);
    });
  }

  async update<T extends Publishable, I extends { published?: boolean }>(
    kind: ContentKind<T, I>,
    id: string,
    patch: Partial<I>,
  ): Promise<T> {
    return this.transaction(kind, async (em) => {
      const row = await this.findRow(em, kind, id);
      const wasPublished = row.published;
      await kind.apply(em, row, patch);
      if (patch.published !== undefined) publish(kind, row, patch.published);
      return this.save(em, kind, row, wasPublished);
    });
  }

  async setPublished<T extends Publishable, I extends { published?: boolean }>(
    kind: ContentKind<T, I>,
    id: string,
    published: boolean,
  ): Promise<T> {
    return this.update(kind, id, { published } as Partial<I>);
  }

  async remove<T extends Publishable, I extends { published?: boolean }>(
    kind: ContentKind<T, I>,
    id: string,
  ): Promise<void> {
    await this.transaction(kind, async (em) => {
      const row = await this.findRow(em, kind, id);
      await kind.beforeRemove?.(em, row);
      em.remove(row);
      await em.flush();
      // A row unpublished earlier already has its delete change; a draft never reached a device.
      if (row.published) await this.recorder.record(em, kind.entity, id, 'delete', null);
    });
  }

  /**
   * One transaction per use case. A unique-key race that slipped past the explicit check still
   * ends as a 409, never a 500.
   */
  private async transaction<T>(kind: { taken?: string }, work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.em.transactional(work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw apiError(HttpStatus.CONFLICT, 'taken', kind.taken ?? 'Another row already uses this address (slug)');
      }
      throw error;
    }
  }

  /** Flushes the row, then writes its change: upsert while published, delete when it stops being published. */
  private async save<T extends Publishable, I extends { published?: boolean }>(
    em: EntityManager,
    kind: ContentKind<T, I>,
    row: T,
    wasPublished: boolean,
  ): Promise<T> {
    row.updatedAt = new Date();
    em.persist(row);
    await em.flush();
    if (row.published) await this.recorder.record(em, kind.entity, row.id, 'upsert', await kind.toDto(em, row));
    else if (wasPublished) await this.recorder.record(em, kind.entity, row.id, 'delete', null);
    return row;
  }

  private async findRow<T extends Publishable, I extends { published?: boolean }>(
    em: EntityManager,
    kind: ContentKind<T, I>,
    id: string,
  ): Promise<T> {
    const row = UUID_PATTERN.test(id) ? await em.findOne(kind.cls, { id } as FilterQuery<T>) : null;
    if (!row) throw notFound(`No ${kind.noun} has this id`);
    return row;
  }
}

function publish<T extends Publishable, I extends { published?: boolean }>(
  kind: ContentKind<T, I>,
  row: T,
  published: boolean,
): void {
  if (kind.setPublished) kind.setPublished(row, published);
  else row.published = published;
}
