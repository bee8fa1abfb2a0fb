import { randomInt } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  CAMPAIGN_CODE_ALPHABET,
  CAMPAIGN_CODE_LENGTH,
  CAMPAIGN_CODE_PATTERN,
  type CampaignChannel,
  type CampaignDto,
} from '@sexhandel/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { osloDay } from '../stats/visit-record.handler';
import { Campaign } from './campaign.entity';
import type { CampaignCreateInput, CampaignUpdateInput } from './dto/campaign.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function notFound(): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'There is no campaign with this id', code: 'not_found' });
}

/** A fresh random code from the unambiguous alphabet (uniform: crypto randomInt, no modulo bias). */
export function newCampaignCode(): string {
  let code = '';
  for (let i = 0; i < CAMPAIGN_CODE_LENGTH; i++) code += CAMPAIGN_CODE_ALPHABET[randomInt(CAMPAIGN_CODE_ALPHABET.length)];
  return code;
}

/** The code a short link or a `?k=` parameter names, lowercased; null when it cannot be a code. */
export function normaliseCode(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const code = raw.trim().toLowerCase();
  return CAMPAIGN_CODE_PATTERN.test(code) ? code : null;
}

interface CampaignRow {
  id: string;
  name: string;
  channel: CampaignChannel;
  note: string;
  code: string;
  created_at: Date | string;
  archived_at: Date | string | null;
  opens: number | string;
  visits: number | string;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

/** Campaigns (admin) and their short links: counts per day only, nothing about who opened them. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  shortUrl(code: string): string {
    return `${this.config.publicUrl}/k/${code}`;
  }

  /** Active campaigns first, newest first; each with its link opens and visits. */
  async list(onlyId?: string): Promise<CampaignDto[]> {
    const rows = await this.em.getConnection().execute<CampaignRow[]>(
      `select c.id, c.name, c.channel, c.note, c.code, c.created_at, c.archived_at,
              coalesce((select sum(o.opens) from campaign_open o where o.campaign_id = c.id), 0) as opens,
              coalesce((select sum(v.visits) from visit_count v where v.campaign = c.code), 0) as visits
         from campaign c
        ${onlyId ? 'where c.id = ?' : ''}
        order by (c.archived_at is not null), c.created_at desc, c.code`,
      onlyId ? [onlyId] : [],
    );
    return rows.map((row) => this.toDto(row));
  }

  async get(id: string): Promise<CampaignDto> {
    if (!UUID.test(id)) throw notFound();
    const [found] = await this.list(id.toLowerCase());
    if (!found) throw notFound();
    return found;
  }

  /** The campaign for QR codes and cards (archived ones too: staff may still want the file). */
  async find(id: string): Promise<Campaign> {
    if (!UUID.test(id)) throw notFound();
    const campaign = await this.em.fork().findOne(Campaign, { id: id.toLowerCase() });
    if (!campaign) throw notFound();
    return campaign;
  }

  async create(input: CampaignCreateInput): Promise<CampaignDto> {
    // Codes are random; a clash with an existing one (31^6 ≈ 887 million codes) is retried.
    for (let attempt = 0; ; attempt++) {
      const campaign = new Campaign(input.name, input.channel, input.note ?? '', newCampaignCode());
      try {
        await this.em.fork().persistAndFlush(campaign);
        return this.get(campaign.id);
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException) || attempt >= 4) throw error;
      }
    }
  }

  async update(id: string, input: CampaignUpdateInput): Promise<CampaignDto> {
    const em = this.em.fork();
    const campaign = await this.findIn(em, id);
    if (input.name !== undefined) campaign.name = input.name;
    if (input.channel !== undefined) campaign.channel = input.channel;
    if (input.note !== undefined) campaign.note = input.note;
    await em.flush();
    return this.get(campaign.id);
  }

  /** Archived: the short link answers 404 and counts nothing; the code stays taken, the counts stay. */
  async setArchived(id: string, archived: boolean): Promise<CampaignDto> {
    const em = this.em.fork();
    const campaign = await this.findIn(em, id);
    if (archived && !campaign.archivedAt) campaign.archivedAt = new Date();
    if (!archived) campaign.archivedAt = null;
    await em.flush();
    return this.get(campaign.id);
  }

  /**
   * A short link was opened: adds one to today's count of an active campaign (unless `count` is
   * false) and returns its code, or null (unknown, archived or malformed code: nothing is counted).
   */
  async open(rawCode: string, now: Date = new Date(), count = true): Promise<string | null> {
    const code = normaliseCode(rawCode);
    if (!code) return null;
    if (!count) {
      const found = await this.em.fork().findOne(Campaign, { code, archivedAt: null });
      return found ? code : null;
    }
    const rows = await this.em.getConnection().execute<Array<{ opens: number }>>(
      `insert into campaign_open (day, campaign_id, opens)
       select ?, c.id, 1 from campaign c where c.code = ? and c.archived_at is null
       on conflict (day, campaign_id) do update set opens = campaign_open.opens + 1
       returning campaign_open.opens`,
      [osloDay(now), code],
    );
    return rows.length > 0 ? code : null;
  }

  private async findIn(em: EntityManager, id: string): Promise<Campaign> {
    if (!UUID.test(id)) throw notFound();
    const campaign = await em.findOne(Campaign, { id: id.toLowerCase() });
    if (!campaign) throw notFound();
    return campaign;
  }

  private toDto(row: CampaignRow): CampaignDto {
    return {
      id: row.id,
      name: row.name,
      channel: row.channel,
      note: row.note,
      code: row.code,
      shortUrl: this.shortUrl(row.code),
      createdAt: iso(row.created_at),
      archivedAt: row.archived_at === null ? null : iso(row.archived_at),
      opens: Number(row.opens),
      visits: Number(row.visits),
    };
  }
}
