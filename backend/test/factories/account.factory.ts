import { randomBytes } from 'node:crypto';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, type MeDto, type Role } from '@sexhandel/shared';
import type { Account } from '../../src/accounts/account.entity';
import { AccountsService } from '../../src/accounts/accounts.service';
import type { TestApp } from '../test-app';

export const TEST_PASSWORD = 'correct horse battery';

export interface AccountOptions {
  alias?: string;
  email?: string;
  password?: string;
  /** Staff roles; 'member' is always added. */
  roles?: Role[];
}

export interface CreatedAccount {
  account: Account;
  alias: string;
  email: string;
  password: string;
}

/** Inserts an account through AccountsService (no HTTP, so the register rate limit is not touched). */
export async function createAccount(sut: TestApp, options: AccountOptions = {}): Promise<CreatedAccount> {
  const suffix = randomBytes(4).toString('hex');
  const alias = options.alias ?? `member-${suffix}`;
  const email = options.email ?? `${alias.replace(/[^a-z0-9]/gi, '')}-${suffix}@example.org`;
  const password = options.password ?? TEST_PASSWORD;
  const account = await sut.app
    .get(AccountsService)
    .createAccount({ alias, email, password }, options.roles ?? ['member']);
  return { account, alias, email, password };
}

/** What a signed-in browser sends: both cookies plus the CSRF header (fine for GET too). */
export type SignedInHeaders = Record<'cookie' | typeof CSRF_HEADER, string>;

export interface SignedInClient {
  me: MeDto;
  /** The raw session token (the `session` cookie's value). */
  session: string;
  csrf: string;
  /** Spread into `app.inject({ headers })`. */
  headers: SignedInHeaders;
}

/** Extracts `name=value` pairs from the Set-Cookie headers of an inject response. */
export function cookiesOf(setCookie: string | string[] | undefined): Record<string, string> {
  const list = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie];
  const cookies: Record<string, string> = {};
  for (const line of list) {
    const [pair] = line.split(';');
    const index = (pair ?? '').indexOf('=');
    if (index > 0) cookies[(pair ?? '').slice(0, index).trim()] = decodeURIComponent((pair ?? '').slice(index + 1));
  }
  return cookies;
}

/** Logs in through POST /api/auth/login and returns headers for later requests. */
export async function signIn(sut: TestApp, alias: string, password: string = TEST_PASSWORD): Promise<SignedInClient> {
  const response = await sut.app.inject({ method: 'POST', url: '/api/auth/login', payload: { alias, password } });
  if (response.statusCode !== 200) throw new Error(`signIn(${alias}) failed: ${response.statusCode} ${response.body}`);
  const cookies = cookiesOf(response.headers['set-cookie']);
  const session = cookies[SESSION_COOKIE];
  const csrf = cookies[CSRF_COOKIE];
  if (!session || !csrf) throw new Error('signIn: the login answer set no session or csrf cookie');
  return {
    me: response.json<MeDto>(),
    session,
    csrf,
    headers: { cookie: `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${csrf}`, [CSRF_HEADER]: csrf },
  };
}

/** createAccount + signIn in one call: `const { headers } = await createSignedIn(sut, { roles: ['moderator'] })`. */
export async function createSignedIn(
  sut: TestApp,
  options: AccountOptions = {},
): Promise<SignedInClient & CreatedAccount> {
  const created = await createAccount(sut, options);
  return { ...created, ...(await signIn(sut, created.alias, created.password)) };
}
