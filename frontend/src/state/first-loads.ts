/**
 * What the page on screen is still waiting for before it shows what it is about: live queries
 * before their first answer, and a page's first fetch (forum reads). When there is nothing left,
 * a server-rendered page can be replaced by the app without showing a loading state (take-over.ts).
 */
const pending = new Set<object>();
let waiters: (() => void)[] = [];

export function beginFirstLoad(token: object): void {
  pending.add(token);
}

export function endFirstLoad(token: object): void {
  if (!pending.delete(token) || pending.size > 0) return;
  const settled = waiters;
  waiters = [];
  for (const resolve of settled) resolve();
}

/** Counts `work` as one first load until it settles; returns it unchanged. */
export function trackFirstLoad<T>(work: Promise<T>): Promise<T> {
  const token = {};
  beginFirstLoad(token);
  void work.finally(() => endFirstLoad(token)).catch(() => undefined);
  return work;
}

export function firstLoadsPending(): boolean {
  return pending.size > 0;
}

/** Resolves once nothing is waiting for its first answer. */
export function firstLoadsSettled(): Promise<void> {
  if (pending.size === 0) return Promise.resolve();
  return new Promise((resolve) => waiters.push(resolve));
}
