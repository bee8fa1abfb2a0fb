/** Events elements send up to <sh-app> (bubbling, composed). */
export interface ShEventMap {
  /** A page knows a better document title than its route (e.g. the article's title). */
  'sh-title': CustomEvent<{ title: string }>;
  /** Ask the app to navigate client-side. */
  'sh-navigate': CustomEvent<{ path: string }>;
  /** The service worker has a new version waiting; `accept` activates it and reloads. */
  'sh-sw-waiting': CustomEvent<{ accept: () => void }>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ShEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends ShEventMap {}
}

export function shEvent<K extends keyof ShEventMap>(
  type: K,
  detail: ShEventMap[K] extends CustomEvent<infer D> ? D : never,
): ShEventMap[K] {
  return new CustomEvent(type, { detail, bubbles: true, composed: true }) as ShEventMap[K];
}
