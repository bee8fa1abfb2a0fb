import type { EntityClass } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity';
import { PasswordReset } from '../accounts/password-reset.entity';
import { Session } from '../accounts/session.entity';
import { Flag } from '../forum/flag.entity';
import { ForumMember } from '../forum/forum-member.entity';
import { Post } from '../forum/post.entity';
import { Thread } from '../forum/thread.entity';
import { Article } from '../content/article.entity';
import { ForumRule } from '../content/forum-rule.entity';
import { NewsLink } from '../content/news-link.entity';
import { Page } from '../content/page.entity';
import { PressMention } from '../content/press-mention.entity';
import { StartPage } from '../content/start-page.entity';
import { Resource } from '../content/resource.entity';
import { ContactMessage } from '../contact/contact-message.entity';
import { ContactNote } from '../contact/contact-note.entity';
import { Conversation } from '../contact/conversation.entity';
import { Qa } from '../contact/qa.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignOpen } from '../campaigns/campaign-open.entity';
import { PhoneLine } from '../phone/phone-line.entity';
import { QueuedMail } from '../mail/queued-mail.entity';
import { RateLimitHit } from '../rate-limits/rate-limit-hit.entity';
import { RateLimitKey } from '../rate-limits/rate-limit-key.entity';
import { VisitCount } from '../stats/visit-count.entity';
import { AppliedMutation } from '../sync/applied-mutation.entity';
import { SyncChange } from '../sync/sync-change.entity';
import { AuditEntry } from '../moderation/audit-entry.entity';
import { BlockedDomain } from '../moderation/blocked-domain.entity';
import { FlagDismissal } from '../moderation/flag-dismissal.entity';
import { MemberSuspension } from '../moderation/member-suspension.entity';
import { RemovalArchive } from '../moderation/removal-archive.entity';
import { Survey } from '../survey/survey.entity';
import { SurveyResponse } from '../survey/survey-response.entity';

/**
 * Every entity of the app, in one list: the ORM, the CLI, the migration drift check and the
 * benchmarks all load the same set. Feature modules add theirs here.
 */
export const ALL_ENTITIES: EntityClass<object>[] = [
  SyncChange,
  AppliedMutation,
  VisitCount,
  Account,
  Session,
  PasswordReset,
  Page,
  Article,
  NewsLink,
  Resource,
  ForumRule,
  PressMention,
  StartPage,
  Thread,
  Post,
  Flag,
  ForumMember,
  Conversation,
  ContactMessage,
  ContactNote,
  Qa,
  PhoneLine,
  AuditEntry,
  RemovalArchive,
  FlagDismissal,
  MemberSuspension,
  BlockedDomain,
  Campaign,
  CampaignOpen,
  Survey,
  SurveyResponse,
  QueuedMail,
  RateLimitHit,
  RateLimitKey,
];
