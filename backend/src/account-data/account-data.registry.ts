import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AccountExportDto } from '@sexhandel/shared';

/** What one feature adds to the download: a part of the profile and/or lists of its own. */
export type AccountExportPiece = Partial<Omit<AccountExportDto, 'exportedAt' | 'profile'>> & {
  profile?: Partial<AccountExportDto['profile']>;
};

/** One account being erased, inside the erasure's transaction. */
export interface AccountErasure {
  em: EntityManager;
  accountId: string;
  /** 'keep': posts stay under "deleted member"; 'erase': they go. */
  posts: 'keep' | 'erase';
}

/**
 * A feature's share of "download my data" and "delete my account". Each feature registers one in
 * its module's onModuleInit, so account-data never names a feature's tables or knows its rules.
 */
export interface AccountDataPart {
  /** The feature this part speaks for (unique). */
  readonly feature: string;
  /**
   * Erasure runs parts from low to high: a part that finds its rows through another feature's
   * rows (moderation through the account's posts) runs before that feature erases them; the
   * account itself goes last.
   */
  readonly eraseOrder: number;
  exportFor?(em: EntityManager, accountId: string): Promise<AccountExportPiece>;
  erase?(erasure: AccountErasure): Promise<void>;
}

@Injectable()
export class AccountDataRegistry {
  private readonly parts: AccountDataPart[] = [];

  register(part: AccountDataPart): void {
    if (this.parts.some((known) => known.feature === part.feature)) {
      throw new Error(`An account-data part for ${part.feature} is already registered`);
    }
    this.parts.push(part);
    this.parts.sort((a, b) => a.eraseOrder - b.eraseOrder || a.feature.localeCompare(b.feature));
  }

  features(): string[] {
    return this.parts.map((part) => part.feature);
  }

  /** Every part's piece, merged in erase order (profile fields side by side). */
  async exportFor(em: EntityManager, accountId: string): Promise<AccountExportPiece> {
    const merged: AccountExportPiece = {};
    for (const part of this.parts) {
      if (!part.exportFor) continue;
      const { profile, ...lists } = await part.exportFor(em, accountId);
      if (profile) merged.profile = { ...merged.profile, ...profile };
      Object.assign(merged, lists);
    }
    return merged;
  }

  /** Runs every part in erase order, inside the caller's transaction. */
  async erase(erasure: AccountErasure): Promise<void> {
    for (const part of this.parts) await part.erase?.(erasure);
  }
}
