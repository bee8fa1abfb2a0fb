import type { FastifyReply, FastifyRequest } from 'fastify';
import { apiErrorBody } from './api-error';

/** NUL (PostgreSQL text cannot hold it) or a lone UTF-16 surrogate (not encodable; crashes validator's isEmail). */
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when any string (key or value) anywhere in `value` holds NUL or a lone surrogate. Iterative: deep nesting is fine. */
export function hasUnsafeText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (UNSAFE_TEXT.test(current)) return true;
    } else if (Array.isArray(current)) {
      pending.push(...(current as unknown[]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        if (UNSAFE_TEXT.test(key)) return true;
        pending.push(child);
      }
    }
  }
  return false;
}

/**
 * Fastify preValidation hook: refuses a JSON body holding NUL or broken Unicode with a 400 before
 * it reaches DTO validation or the database. Sync pushes are left alone: the push service answers
 * each mutation on its own (`rejected`), so one bad mutation does not block a device's batch.
 */
export async function rejectUnsafeText(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.body === undefined || request.url.startsWith('/api/sync/push')) return;
  if (!hasUnsafeText(request.body)) return;
  await reply
    .code(400)
    .send(
      apiErrorBody(400, 'invalid_text', 'Text must not contain NUL characters or broken Unicode (lone surrogates)'),
    );
}
