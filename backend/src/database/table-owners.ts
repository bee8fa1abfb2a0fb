/**
 * Which feature owns which table, listed once beside ALL_ENTITIES. Only the owner's files hold
 * SQL that names its tables (its repository); another feature asks the owner, through a read or
 * write method, or reads one of the views the owner publishes below. `table-owners.spec.ts`
 * enforces this on every SQL string under backend/src.
 */
export const TABLE_OWNERS = {
  account: 'accounts',
  session: 'accounts',
  password_reset: 'accounts',
  page: 'content',
  article: 'content',
  news_link: 'content',
  resource: 'content',
  forum_rule: 'content',
  press_mention: 'content',
  start_page: 'content',
  thread: 'forum',
  post: 'forum',
  flag: 'forum',
  forum_member: 'forum',
  contact_conversation: 'contact',
  contact_message: 'contact',
  contact_note: 'contact',
  qa: 'contact',
  phone_line: 'phone',
  audit_entry: 'moderation',
  removal_archive: 'moderation',
  flag_dismissal: 'moderation',
  member_suspension: 'moderation',
  blocked_domain: 'moderation',
  campaign: 'campaigns',
  campaign_open: 'campaigns',
  survey: 'survey',
  survey_response: 'survey',
  visit_count: 'stats',
  sync_change: 'sync',
  applied_mutation: 'sync',
  mail_queue: 'mail',
  rate_limit_hit: 'rate-limits',
  rate_limit_key: 'rate-limits',
} as const satisfies Record<string, string>;

/**
 * Views a feature publishes for one-query reads across features (migration
 * Migration20261206010000_published_views). Any feature may read them; only the owner changes them.
 */
export const PUBLISHED_VIEWS = {
  member_alias: 'accounts',
  article_author: 'content',
  content_search_document: 'content',
  forum_search_document: 'forum',
  forum_post_context: 'forum',
  open_flag: 'moderation',
  post_removal_notice: 'moderation',
  visits_per_campaign: 'stats',
} as const satisfies Record<string, string>;

export type TableName = keyof typeof TABLE_OWNERS;
