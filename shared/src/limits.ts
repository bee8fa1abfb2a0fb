/** Size limits both sides enforce; the server is the authority, the client checks early. */
export const LIMITS = {
  /** Largest JSON body the API accepts, in bytes. */
  bodyBytes: 1_048_576,
  /** Most mutations in one push. */
  pushBatchMax: 500,
  /** Default and largest page of a sync pull. */
  pullLimitDefault: 200,
  pullLimitMax: 1000,
  /** Default and largest page of a list endpoint. */
  pageLimitDefault: 20,
  pageLimitMax: 100,
  aliasMin: 3,
  aliasMax: 32,
  passwordMin: 10,
  passwordMax: 256,
  emailMax: 254,
  postBodyMax: 10_000,
  threadTitleMax: 150,
  contactBodyMax: 5_000,
  flagNoteMax: 500,
} as const;

/** Aliases: letters (any script), digits, space, dot, dash and underscore. */
export const ALIAS_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._-]*[\p{L}\p{N}]$/u;
