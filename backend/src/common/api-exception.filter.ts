import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { isErrorCode, type ApiErrorBody, type ErrorCode } from '@sexhandel/shared';
import type { FastifyReply } from 'fastify';
import { apiErrorBody } from './api-error';
import { isTransientDatabaseError } from './transient-error';

/** Fastify's own refusals (body parsing, routing) → a code on the shared list. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_json',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_NOT_FOUND: 'route_not_found',
};

/** The code for an answer whose thrower named none, from its status alone. */
function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
    case 405:
      return 'route_not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 ? 'internal' : 'validation';
  }
}

const DEFAULT_MESSAGE: Partial<Record<ErrorCode, string>> = {
  internal: 'Something went wrong on the server. Nothing was changed by this request.',
  unavailable: 'The database is busy or briefly out of reach. Nothing was changed; try again in a moment.',
  bad_json: 'The body is not valid JSON.',
  unsupported_media_type: 'Send the body as application/json.',
  payload_too_large: 'The body is larger than the server accepts.',
  route_not_found: 'No such API route.',
};

function asMessage(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('; ');
  return null;
}

function fromHttpException(exception: HttpException): ApiErrorBody {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const record = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
  const ownCode = isErrorCode(record.code) ? record.code : null;
  // Nest's router answers an unknown route with a NotFoundException whose message starts "Cannot GET".
  const routerMiss = status === 404 && ownCode === null;
  const code = ownCode ?? (routerMiss ? 'route_not_found' : codeForStatus(status));
  if (code === 'internal') return apiErrorBody(status, code, DEFAULT_MESSAGE.internal as string);
  const message = asMessage(record.message) ?? asMessage(response) ?? DEFAULT_MESSAGE[code] ?? exception.message;
  const extra: Pick<ApiErrorBody, 'fields' | 'retryAt'> = {};
  if (Array.isArray(record.fields)) extra.fields = record.fields as ApiErrorBody['fields'];
  if (typeof record.retryAt === 'string') extra.retryAt = record.retryAt;
  return apiErrorBody(status, code, message, extra);
}

interface FastifyLikeError {
  statusCode?: unknown;
  code?: unknown;
}

/**
 * Every error the server can answer, in the one body shape with a code on the shared list:
 * HttpExceptions (services, guards, validation), Fastify's own refusals (bad JSON, 413, 415,
 * unknown route) and anything unexpected (500 `internal`, no detail leaked).
 */
export function toApiErrorBody(exception: unknown): ApiErrorBody {
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (isTransientDatabaseError(exception))
    return apiErrorBody(503, 'unavailable', DEFAULT_MESSAGE.unavailable as string);
  const fastify = (exception ?? {}) as FastifyLikeError;
  const status = typeof fastify.statusCode === 'number' ? fastify.statusCode : 500;
  if (status >= 500 || status < 400) return apiErrorBody(500, 'internal', DEFAULT_MESSAGE.internal as string);
  const known = typeof fastify.code === 'string' ? FASTIFY_CODES[fastify.code] : undefined;
  // Fastify's JSON parser reports a syntax error as a plain 400 without a code of its own.
  const code = known ?? (exception instanceof SyntaxError ? 'bad_json' : codeForStatus(status));
  return apiErrorBody(status, code, DEFAULT_MESSAGE[code] ?? 'The request was not accepted.');
}

const logger = new Logger('ApiError');

/** Logs what the person is not told: the cause of a 500. */
export function logIfInternal(exception: unknown, body: ApiErrorBody): void {
  if (body.statusCode < 500) return;
  if (exception instanceof Error) logger.error(exception.message, exception.stack);
  else logger.error(String(exception));
}

/** The one global exception filter (registered in app.factory.ts). */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    sendApiError(host.switchToHttp().getResponse<FastifyReply>(), exception);
  }
}

/** Answers `exception` in the one error shape (also for routes answered before Nest: lean-read/). */
export function sendApiError(reply: FastifyReply, exception: unknown): void {
  const body = toApiErrorBody(exception);
  logIfInternal(exception, body);
  // A route may have set its own type (a CSV or PDF download) before it threw: the error is JSON.
  reply.removeHeader('content-disposition');
  if (body.statusCode === 503) reply.header('retry-after', '1');
  void reply
    .status(body.statusCode || HttpStatus.INTERNAL_SERVER_ERROR)
    .header('content-type', 'application/json; charset=utf-8')
    .send(body);
}
