import type { ArticleDto, MeDto, PullResponse, SyncChange } from '@sexhandel/shared';
import type { FetchFn } from '../data/api.js';
import type { AppDB } from '../data/app-db.js';
import { rememberSignIn } from '../data/device-session.js';

export function makeArticle(n: number, overrides: Partial<ArticleDto> = {}): ArticleDto {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    slug: `artikkel-${n}`,
    title: `Artikkel nummer ${n}`,
    lead: `Ingress ${n}`,
    authorName: `Forfatter ${n}`,
    authorRole: 'researcher',
    tags: n % 2 === 0 ? ['lov'] : ['helse'],
    publishedAt: `2026-0${Math.min(9, n)}-01T10:00:00.000Z`,
    readingMinutes: 4,
    html: `<p>Brødtekst for artikkel ${n}.</p>`,
    updatedAt: '2026-10-01T10:00:00.000Z',
    ...overrides,
  };
}

export function upsert(seq: number, entity: SyncChange['entity'], data: { id: string }): SyncChange {
  return { seq, entity, op: 'upsert', id: data.id, data };
}

export function pullPage(changes: SyncChange[], cursor: string, hasMore = false): PullResponse {
  return { changes, cursor, hasMore };
}

export interface RecordedRequest {
  url: string;
  method: string;
  body: unknown;
}

/** A fetch stand-in answering from a handler; records every request. */
export function stubFetch(handler: (request: RecordedRequest) => unknown): {
  fetchFn: FetchFn;
  requests: RecordedRequest[];
} {
  const requests: RecordedRequest[] = [];
  const fetchFn: FetchFn = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const request: RecordedRequest = {
      url,
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    requests.push(request);
    try {
      const answer = handler(request);
      if (answer instanceof Response) return Promise.resolve(answer);
      return Promise.resolve(
        new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } }),
      );
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return { fetchFn, requests };
}

/** The fetch of a device without network: rejects like the browser does. */
export const offlineFetch: FetchFn = () => Promise.reject(new TypeError('Failed to fetch'));

/** The account the tests sign in on the device with (drafts belong to it). */
export const TEST_MEMBER = {
  id: 'member-1',
  alias: 'Testmedlem',
  roles: ['member'],
  joinedAt: '2026-01-01T00:00:00.000Z',
} as const;

/** Signs TEST_MEMBER in on the device (marker + cached account), as a real sign-in does. */
export async function signInOnDevice(
  db: AppDB,
  me: MeDto = { ...TEST_MEMBER, roles: [...TEST_MEMBER.roles] },
): Promise<void> {
  await rememberSignIn(me, db);
}

/** The error summary's box (role="alert") inside `root`'s <sh-error-summary>, once shown. */
export function errorSummaryOf(root: ShadowRoot | HTMLElement): HTMLElement | null {
  return root.querySelector('sh-error-summary')?.shadowRoot?.querySelector<HTMLElement>('[role="alert"]') ?? null;
}
