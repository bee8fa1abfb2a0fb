import { createContext } from '@lit/context';
import type { OutboxService } from './outbox.service.js';
import type { SessionService, SessionState } from './session.service.js';
import type { SyncService, SyncState } from './sync.service.js';

/** All app-wide contexts, provided by <sh-app>. */
export const syncStateContext = createContext<SyncState>(Symbol('sync-state'));
export const syncServiceContext = createContext<SyncService>(Symbol('sync-service'));
/** Who is signed in (alias only, in memory). */
export const sessionStateContext = createContext<SessionState>(Symbol('session-state'));
export const sessionServiceContext = createContext<SessionService>(Symbol('session-service'));
/** Sends the outbox now (after Send) and on its own schedule. */
export const outboxServiceContext = createContext<OutboxService>(Symbol('outbox-service'));
