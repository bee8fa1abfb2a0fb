import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorBody, ErrorCode } from '@sexhandel/shared';

const STATUS_TEXT: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Bad Request',
  [HttpStatus.UNAUTHORIZED]: 'Unauthorized',
  [HttpStatus.FORBIDDEN]: 'Forbidden',
  [HttpStatus.NOT_FOUND]: 'Not Found',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'Method Not Allowed',
  [HttpStatus.CONFLICT]: 'Conflict',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'Payload Too Large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'Unsupported Media Type',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Too Many Requests',
  [HttpStatus.INTERNAL_SERVER_ERROR]: 'Internal Server Error',
  [HttpStatus.BAD_GATEWAY]: 'Bad Gateway',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'Service Unavailable',
};

/** The HTTP status text of `status` (`Error` for one not listed). */
export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Error';
}

/** The error body of every 4xx/5xx answer, built in one place. */
export function apiErrorBody(
  status: number,
  code: ErrorCode,
  message: string,
  extra: Pick<ApiErrorBody, 'fields' | 'retryAt'> = {},
): ApiErrorBody {
  return { statusCode: status, error: statusText(status), message, code, ...extra };
}

/**
 * A 4xx/5xx answer in the project's shape `{ statusCode, error, message, code }`. The code must be
 * on the shared list; the message is a developer-facing English sentence (the device shows its own text).
 */
export function apiError(
  status: HttpStatus,
  code: ErrorCode,
  message: string,
  extra: Pick<ApiErrorBody, 'fields' | 'retryAt'> = {},
): HttpException {
  return new HttpException(apiErrorBody(status, code, message, extra), status);
}

/** 404 with `not_found` (or a more precise code such as `survey_not_found`). */
export function notFound(message: string, code: ErrorCode = 'not_found'): HttpException {
  return apiError(HttpStatus.NOT_FOUND, code, message);
}
