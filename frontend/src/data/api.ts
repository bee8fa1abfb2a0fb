import { CSRF_COOKIE, CSRF_HEADER, type ApiErrorBody, type ApiFieldError } from '@sexhandel/shared';

export type FetchFn = typeof fetch;

/**
 * An HTTP answer that was not 2xx. A network failure stays a TypeError from fetch. `message` is the
 * server's developer sentence (logs only); the screen shows text for `code` (text/error-text.ts).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    /** On a validation failure: each field the server did not accept. */
    readonly fields: ApiFieldError[] = [],
    /** When a lock or rate limit ends (ISO), on 429. */
    readonly retryAt?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split('; ')) {
    if (part.startsWith(prefix)) return decodeURIComponent(part.slice(prefix.length));
  }
  return undefined;
}

/**
 * The fetch a call uses: the one given (tests, a stub server), else the page's own. Looked up at each
 * call, not once at load, so whatever `fetch` the page has then is the one used.
 */
export function fetchOf(fetchFn?: FetchFn): FetchFn {
  return fetchFn ?? globalThis.fetch.bind(globalThis);
}

/**
 * Same-origin JSON request through `fetchFn` (the page's fetch when not given); mutating requests
 * carry the CSRF double-submit header when a session exists.
 */
export async function requestJson<T>(
  fetchFn: FetchFn | undefined,
  path: string,
  init: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const csrf = init.method && init.method !== 'GET' ? readCookie(CSRF_COOKIE) : undefined;
  if (csrf) headers[CSRF_HEADER] = csrf;
  const response = await fetchOf(fetchFn)(path, {
    method: init.method ?? 'GET',
    headers,
    credentials: 'same-origin',
    cache: 'no-store',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) {
    let body: Partial<ApiErrorBody> = {};
    try {
      body = (await response.json()) as Partial<ApiErrorBody>;
    } catch {
      // Not JSON (a proxy's error page): the status alone.
    }
    const fields = Array.isArray(body.fields)
      ? body.fields.filter((field) => typeof field?.field === 'string' && typeof field.code === 'string')
      : [];
    throw new ApiError(
      response.status,
      typeof body.message === 'string' ? body.message : response.statusText,
      typeof body.code === 'string' ? body.code : undefined,
      fields,
      typeof body.retryAt === 'string' ? body.retryAt : undefined,
    );
  }
  // 204 No Content (logout, password change): nothing to parse.
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
