import { ERROR_CODES, isErrorCode, type ApiErrorBody } from '@sexhandel/shared';
import { expect } from 'vitest';

/**
 * Asserts that `text` is an error body of the project's one shape with a code on the shared list
 * (and, for `fields`, that every field code is on the list too). Returns the parsed body.
 */
export function expectApiError(text: string, context = ''): ApiErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    expect.fail(`${context} not JSON: ${text.slice(0, 300)}`);
  }
  const record = body as Record<string, unknown>;
  const where = `${context} ${text.slice(0, 300)}`;
  expect(typeof record.statusCode, where).toBe('number');
  expect(typeof record.error === 'string' && record.error.length > 0, where).toBe(true);
  expect(typeof record.message === 'string' && record.message.trim().length > 0, where).toBe(true);
  expect(ERROR_CODES, `${where}: code not on the shared list`).toContain(record.code);
  const allowed = new Set(['statusCode', 'error', 'message', 'code', 'fields', 'retryAt']);
  expect(
    Object.keys(record).filter((key) => !allowed.has(key)),
    where,
  ).toEqual([]);
  if (record.fields !== undefined) expectListedFields(record.fields, where);
  if (record.retryAt !== undefined) expect(Number.isNaN(Date.parse(String(record.retryAt))), where).toBe(false);
  return body as ApiErrorBody;
}

/** Asserts a sync push rejection's code (and its field codes) are on the shared list. */
export function expectListedMutationError(error: unknown, context = ''): void {
  const record = (error ?? {}) as Record<string, unknown>;
  expect(isErrorCode(record.code), `${context}: mutation code ${String(record.code)} not on the shared list`).toBe(
    true,
  );
  expect(typeof record.message === 'string' && record.message.length > 0, context).toBe(true);
  if (record.fields !== undefined) expectListedFields(record.fields, context);
}

function expectListedFields(fields: unknown, where: string): void {
  expect(Array.isArray(fields) && fields.length > 0, `${where}: fields must be a non-empty list`).toBe(true);
  for (const field of fields as Record<string, unknown>[]) {
    // A string; it may be empty when the body had a key that is the empty string.
    expect(typeof field.field, where).toBe('string');
    expect(ERROR_CODES, `${where}: field code not on the shared list`).toContain(field.code);
  }
}
