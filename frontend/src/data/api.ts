import { CSRF_COOKIE, CSRF_HEADER } from '@sexhandel/shared';

export type FetchFn = typeof fetch;

/** An HTTP answer that was not 2xx. A network failure stays a TypeError from fetch. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
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

/** Same-origin JSON request; mutating requests carry the CSRF double-submit header when a session exists. */
export async function requestJson<T>(
  fetchFn: FetchFn,
  path: string,
  init: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const csrf = init.method && init.method !== 'GET' ? readCookie(CSRF_COOKIE) : undefined;
  if (csrf) headers[CSRF_HEADER] = csrf;
  const response = await fetchFn(path, {
    method: init.method ?? 'GET',
    headers,
    credentials: 'same-origin',
    cache: 'no-store',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) {
    let message = response.statusText;
    let code: string | undefined;
    try {
      const body = (await response.json()) as { message?: unknown; code?: unknown };
      if (typeof body.message === 'string') message = body.message;
      // Validation answers list every problem: show them all.
      else if (Array.isArray(body.message)) message = body.message.filter((m) => typeof m === 'string').join('\n');
      if (typeof body.code === 'string') code = body.code;
    } catch {
      // Not JSON: keep the status text.
    }
    throw new ApiError(response.status, message, code);
  }
  // 204 No Content (logout, password change): nothing to parse.
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
