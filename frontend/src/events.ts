import type { RemovalDto, SurveyAdminDto, SurveyAnswerInput } from '@sexhandel/shared';
import type { EditorItem } from './data/editorial.js';

/** Events elements send up to <sh-app> (bubbling, composed). */
export interface ShEventMap {
  /** A page knows a better document title than its route (e.g. the article's title). */
  'sh-title': CustomEvent<{ title: string }>;
  /** Ask the app to navigate client-side. */
  'sh-navigate': CustomEvent<{ path: string }>;
  /** The service worker has a new version waiting; `accept` activates it and reloads. */
  'sh-sw-waiting': CustomEvent<{ accept: () => void }>;
  /** The composer stored a draft on the device (first save gives the page the new draft id). */
  'sh-draft-saved': CustomEvent<{ id: string }>;
  /** The composer moved a draft into the outbox; `mutationId` is the row's id. */
  'sh-draft-sent': CustomEvent<{ mutationId: string; kind: 'thread' | 'reply' }>;
  /** A flag was queued or the flag dialog was closed. */
  'sh-flag-done': CustomEvent<{ queued: boolean }>;
  /** The content editor saved, published or unpublished an item (detail: the server's copy). */
  'sh-content-saved': CustomEvent<{ item: EditorItem }>;
  /** The person approved (or declined) publishing the anonymised text made from their conversation. */
  'sh-qa-decision': CustomEvent<{ qaId: string; approve: boolean }>;
  /** The content editor deleted its item, or the editor closed the form. */
  'sh-content-closed': CustomEvent<{ deleted: boolean }>;
  /** A moderator removed a post (detail: the archive entry) or closed the removal dialog (null). */
  'sh-removal-done': CustomEvent<{ removal: RemovalDto | null }>;
  /** The survey form checked the answers and the person pressed send (only answered questions). */
  'sh-survey-submit': CustomEvent<{ answers: SurveyAnswerInput[] }>;
  /** The survey editor saved a draft (detail: the server's copy) or closed without saving (null). */
  'sh-survey-saved': CustomEvent<{ survey: SurveyAdminDto | null }>;
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
