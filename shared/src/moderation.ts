/** The moderation contract (staff screens and the public moderation log). All routes under /api/admin need a staff role. */

/** Staff roles an admin grants with PUT /api/admin/staff/:alias/roles ('member' is always kept). */
export const GRANTABLE_ROLES = ['moderator', 'counsellor', 'editor', 'admin'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** GET /api/admin/staff (admin). Never an e-mail address. */
export interface StaffMemberDto {
  alias: string;
  roles: string[];
}

/** PUT /api/admin/staff/:alias/roles body. */
export interface StaffRolesRequest {
  roles: GrantableRole[];
}

/** One flagged post in GET /api/admin/flags?rule= (moderator), oldest first flag first. */
export interface FlaggedPostDto {
  postId: string;
  threadId: string;
  threadTitle: string;
  authorAlias: string | null;
  /** The post text (staff only). */
  body: string;
  status: 'published' | 'hidden';
  createdAt: string;
  flagCount: number;
  firstFlaggedAt: string;
  rules: Array<{ rule: number; count: number }>;
  notes: Array<{ rule: number; note: string; createdAt: string }>;
}

export interface FlagQueueDto {
  items: FlaggedPostDto[];
}

/** POST /api/admin/posts/:id/flag-dismissal body and answer. */
export interface FlagDismissalRequest {
  note?: string;
}
export interface FlagDismissalDto {
  postId: string;
  dismissedFlags: number;
  status: 'published';
}

/** POST /api/admin/posts/:id/removal body: rule 1..6, note 1..500 characters (shown publicly in the thread). */
export interface RemovalRequest {
  rule: number;
  note: string;
}

/** A removal in the staff-only archive (GET /api/admin/removals, answer of POST .../removal). */
export interface RemovalDto {
  id: string;
  postId: string | null;
  threadId: string;
  /** null: the thread was erased together with its author's account. */
  threadTitle: string | null;
  authorAlias: string | null;
  postCreatedAt: string;
  quotePostId: string | null;
  rule: number;
  note: string;
  moderatorAlias: string;
  removedAt: string;
  restoredAt: string | null;
  /** The author erased the archived text with their account (the detail's body is null). */
  textErased: boolean;
}

/** GET /api/admin/removals/:id: with the removed text. */
export interface RemovalDetailDto extends RemovalDto {
  /** null: the author deleted their account and erased their posts, this copy with them. */
  body: string | null;
}

export interface RemovalPageDto {
  items: RemovalDto[];
  nextCursor: string | null;
}

/** DELETE /api/admin/posts/:id/removal answer. */
export interface PostRestoreDto {
  postId: string;
  status: 'published';
}

/** Actions in the audit log. */
export const AUDIT_ACTIONS = [
  'post.remove',
  'post.restore',
  'flags.dismiss',
  'member.suspend',
  'member.unsuspend',
  'staff.roles',
  'blocklist.add',
  'blocklist.remove',
  'research.export',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** GET /api/admin/audit?cursor=&limit= (moderator, admin), newest first. */
export interface AuditEntryDto {
  id: string;
  actorAlias: string;
  action: string;
  targetType: string;
  targetId: string;
  /** As written to the log (English, for the record); the app builds its sentence from the fields below. */
  reason: string | null;
  at: string;
  /** A post target's thread (null when erased with its author's account, or not a post). */
  threadId: string | null;
  threadTitle: string | null;
  /** An account target's alias (as staff see it in suspensions and roles); null otherwise or when erased. */
  targetAlias: string | null;
  /** post.remove: the rule number. */
  rule: number | null;
  /** member.suspend: suspended until (ISO time). */
  until: string | null;
  /** The staff member's note or stated reason; staff.roles: the new roles, comma-separated. */
  note: string | null;
}

export interface AuditPageDto {
  items: AuditEntryDto[];
  nextCursor: string | null;
}

/** GET /api/modlog?cursor=&limit= (public): never the removed text, the author or the moderator. */
export interface ModlogEntryDto {
  at: string;
  action: 'removal' | 'restore';
  rule: number;
  ruleTitle: string | null;
  threadId: string;
  /** null: the thread was erased together with its author's account. */
  threadTitle: string | null;
}

export interface ModlogPageDto {
  items: ModlogEntryDto[];
  nextCursor: string | null;
}

/** POST /api/admin/members/:alias/suspension body (until in the future) and answer. */
export interface SuspensionRequest {
  until: string;
  reason: string;
}
export interface SuspensionDto {
  alias: string;
  until: string;
  reason: string;
}

/** GET/POST /api/admin/blocked-domains, DELETE /api/admin/blocked-domains/:domain. */
export interface BlockedDomainRequest {
  domain: string;
}
export interface BlockedDomainDto {
  domain: string;
  createdAt: string;
}
export interface BlockedDomainListDto {
  items: BlockedDomainDto[];
}
