import { randomInt } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { HttpException, Inject, Injectable } from '@nestjs/common';
import {
  CAMPAIGN_CODE_ALPHABET,
  CAMPAIGN_CODE_LENGTH,
  CAMPAIGN_CODE_PATTERN,
  type CampaignDto,
} from '@sexhandel/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { iso } from '../common/iso';
import { osloDay } from '../common/oslo-day';
import { isUuid } from '../common/uuid-param';
import { Campaign } from './campaign.entity';
import { CampaignsRepository, type CampaignRow } from './campaigns.repository';
import type { CampaignCreateInput, CampaignUpdateInput } from './dto/campaign.dto';
import { notFound } from '../common/api-error';

const campaignNotFound = (): HttpException => notFound('There is no campaign with this id');

/** A fresh random code from the unambiguous alphabet (uniform: crypto randomInt, no modulo bias). */
export function newCampaignCode(): string {
  let code = '';
  for (let i = 0; i < CAMPAIGN_CODE_LENGTH; i++)
    code += CAMPAIGN_CODE_ALPHABET[randomInt(CAMPAIGN_CODE_ALPHABET.length)];
  return code;
}

/** The code a short link or a `?k=` parameter names, lowercased; null when it cannot be a code. */
export function normaliseCode(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const code = raw.trim().toLowerCase();
  return CAMPAIGN_CODE_PATTERN.test(code) ? code : null;
}

/** Campaigns (admin) and their short links: counts per day only, nothing about who opened them. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly campaigns: CampaignsRepository,
  ) {}

  shortUrl(code: string): string {
    return `${this.config.publicUrl}/k/${code}`;
  }

  /** Active campaigns first, newest first; each with its link opens and visits. */
  async list(onlyId?: string): Promise<CampaignDto[]> {
    const rows = await this.campaigns.list(onlyId);
    return rows.map((row) => this.toDto(row));
  }

  async get(id: string): Promise<CampaignDto> {
    if (!isUuid(id)) throw campaignNotFound();
    const [found] = await this.list(id.toLowerCase());
    if (!found) throw campaignNotFound();
    return found;
  }

  /** The campaign for QR codes and cards (archived ones too: staff may still want the file). */
  async find(id: string): Promise<Campaign> {
    if (!isUuid(id)) throw campaignNotFound();
    const campaign = await this.em.fork().findOne(Campaign, { id: id.toLowerCase() });
    if (!campaign) throw campaignNotFound();
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
    return (await this.campaigns.countOpen(osloDay(now), code)) ? code : null;
  }

  private async findIn(em: EntityManager, id: string): Promise<Campaign> {
    if (!isUuid(id)) throw campaignNotFound();
    const campaign = await em.findOne(Campaign, { id: id.toLowerCase() });
    if (!campaign) throw campaignNotFound();
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
