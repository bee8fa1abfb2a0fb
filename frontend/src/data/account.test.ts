import { expect } from '@open-wc/testing';
import { CSRF_COOKIE } from '@sexhandel/shared';
import { fetchMe } from './account.js';

describe('fetchMe', () => {
  const realFetch = globalThis.fetch;
  let calls: string[] = [];

  beforeEach(() => {
    calls = [];
    globalThis.fetch = ((input: RequestInfo | URL) => {
      calls.push(String(input));
      return Promise.resolve(
        new Response(JSON.stringify({ message: 'Log in first' }), {
          status: 401,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }) as typeof fetch;
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
    document.cookie = `${CSRF_COOKIE}=; path=/; max-age=0`;
  });

  it('asks nothing when there is no session cookie pair (a reader who never signed in)', async () => {
    expect(await fetchMe()).to.equal(null);
    expect(calls).to.deep.equal([]);
  });

  it('asks the server when the csrf cookie says a session may exist', async () => {
    document.cookie = `${CSRF_COOKIE}=abc; path=/`;
    expect(await fetchMe()).to.equal(null);
    expect(calls).to.deep.equal(['/api/auth/me']);
  });
});
