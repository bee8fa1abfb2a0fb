/**
 * SQLSTATEs that say "try again", not "this request is wrong": serialisation failure, deadlock,
 * the server shutting down or refusing connections, and every connection exception (class 08).
 */
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01', '53300', '57P01', '57P02', '57P03']);

/** Socket-level failures of the connection to PostgreSQL. */
const RETRYABLE_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/** Messages of the pool and driver when the connection is gone (they carry no code). */
const RETRYABLE_MESSAGES = [
  /Connection terminated/i,
  /Timeout acquiring a connection/i,
  /Client has encountered a connection error/i,
  /connection is closed/i,
];

/**
 * True when a database failure is the database's state, not the request: the same request can
 * succeed a moment later, so the answer is 503 and the device retries. MikroORM's DriverException
 * keeps the driver's `code` (the SQLSTATE).
 */
export function isTransientDatabaseError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (RETRYABLE_SQLSTATES.has(code) || code.startsWith('08')) return true;
    if (RETRYABLE_NODE_CODES.has(code)) return true;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && RETRYABLE_MESSAGES.some((pattern) => pattern.test(message));
}
