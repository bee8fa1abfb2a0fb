/**
 * Every error code the server can answer, in one list: HTTP error bodies, the codes of single
 * fields (`fields[].code`) and sync push rejections (`MutationError.code`). The device shows its
 * own text for each code (frontend/src/text/error-text.ts); a test fails when one lacks text.
 * The English `message` beside a code is for developers and logs, never shown to a person.
 */
export const ERROR_CODES = [
  // Any route
  'internal',
  'unavailable',
  'validation',
  'bad_json',
  'unsupported_media_type',
  'payload_too_large',
  'route_not_found',
  'not_found',
  'invalid_id',
  'invalid_text',
  'bad_cursor',
  'bad_limit',
  'rate_limited',
  'empty_query',
  'conflict',
  'forbidden',
  'unauthenticated',
  'csrf',
  // One field (`fields[].code`), named after what is wrong with it
  'required',
  'wrong_type',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'too_many',
  'too_few',
  'invalid_format',
  'invalid_email',
  'not_allowed',
  'unknown_field',
  // Accounts
  'alias_taken',
  'registration_refused',
  'invalid_credentials',
  'wrong_password',
  'locked',
  'reset_link_invalid',
  'account_not_found',
  // Forum
  'thread_not_found',
  'post_not_found',
  'quote_not_found',
  'thread_locked',
  'empty_body',
  'rules_not_accepted',
  'links_not_yet_allowed',
  'blocked_link',
  'duplicate_post',
  'already_flagged',
  'own_post',
  'suspended',
  'unknown_author_account',
  // Contact
  'conversation_not_found',
  'pickup_code_taken',
  'conversation_closed',
  'address_deleted',
  'mail_failed',
  'no_publish_consent',
  'awaiting_person',
  'unpublish_first',
  // Content
  'bad_slug',
  'slug_taken',
  'rule_taken',
  'bad_rule_number',
  'bad_url',
  'bad_phone_number',
  'bad_date',
  'bad_kind',
  'taken',
  'unknown_article',
  'unknown_news_link',
  // Moderation
  'already_removed',
  'not_removed',
  'no_open_flags',
  'not_suspended',
  'until_in_past',
  'already_blocked',
  'bad_domain',
  'own_admin',
  // Survey
  'survey_not_found',
  'survey_not_draft',
  'survey_open',
  'survey_not_open',
  'survey_closed',
  'survey_question',
  'already_answered',
  'answer_required',
  'single_choice',
  'unknown_question',
  'unknown_option',
  'scale_out_of_range',
  'text_too_long',
  // Sync push
  'unknown_kind',
  'visit_in_future',
  'visit_too_old',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);

/** True when `value` is a code on the list (a device may meet a newer server's codes). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && CODE_SET.has(value);
}

/** One field that failed validation; `field` is its path in the body, e.g. `payload.body` or `questions.0.text`. */
export interface ApiFieldError {
  field: string;
  code: ErrorCode;
}

/** The body of every 4xx/5xx answer of the API. */
export interface ApiErrorBody {
  statusCode: number;
  /** The HTTP status text, e.g. `Bad Request`. */
  error: string;
  /** A sentence for developers (English); the device shows its own text for `code`. */
  message: string;
  code: ErrorCode;
  /** Present on validation failures: each field that was not accepted. */
  fields?: ApiFieldError[];
  /** When a lock or rate limit ends (ISO 8601), on 429 answers. */
  retryAt?: string;
}
