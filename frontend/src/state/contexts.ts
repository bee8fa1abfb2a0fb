import { createContext } from '@lit/context';
import type { SyncService, SyncState } from './sync.service.js';

/** All app-wide contexts, provided by <sh-app>. */
export const syncStateContext = createContext<SyncState>(Symbol('sync-state'));
export const syncServiceContext = createContext<SyncService>(Symbol('sync-service'));
