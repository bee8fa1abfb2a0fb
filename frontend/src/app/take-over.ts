import { appDb, type AppDB } from '../data/app-db.js';
import { keepPageData, readPageData } from '../data/page-data.js';

/** The server-rendered page's root (backend/src/public-pages/layout.ts). */
export const SERVER_PAGE_ID = 'sh-ssr';

/** What take-over needs from the app element (<sh-app>). */
export interface TakingOverApp extends HTMLElement {
  whenPageShown(): Promise<void>;
  focusPage(): void;
}

export interface TakeOverOptions {
  /**
   * Settles when the app's language is in place (an English device switches before it shows). Awaited
   * in full: `withinMs` bounds only the wait for the page after it.
   */
  ready?: Promise<unknown>;
  /** Makes the app element; <sh-app> by default. */
  createApp?: (doc: Document) => TakingOverApp;
  db?: AppDB;
  /** However long the app takes to show its page, the reader is never left on a page that can do no more than links. */
  withinMs?: number;
}

/**
 * Replaces a server-rendered page with the app, without a flash or a shift: the page's rows go on
 * the device first, the app renders hidden from them, and only when it shows the same page does it
 * take the server page's place, in one step. A page from the service worker (the app's shell) has
 * an <sh-app> already and nothing to replace. Returns whether it took a page over.
 */
export async function takeOverServerPage(doc: Document, options: TakeOverOptions = {}): Promise<boolean> {
  const serverPage = doc.getElementById(SERVER_PAGE_ID);
  if (!serverPage || doc.querySelector('sh-app')) return false;
  const data = readPageData(doc);
  if (data) await keepPageData(data, options.db ?? appDb);
  const app = (options.createApp ?? ((d: Document) => d.createElement('sh-app')))(doc);
  app.hidden = true;
  serverPage.after(app);
  try {
    // The language first, however long it takes (an English device re-renders in English): an app
    // shown before its texts would change them in place, and the page would move under the reader.
    // Then the page as it now shows, within a bound.
    await options.ready;
  } catch (error) {
    console.error(error);
  }
  try {
    const shown = app.whenPageShown();
    await Promise.race([shown, new Promise((resolve) => setTimeout(resolve, options.withinMs ?? 5_000))]);
  } catch (error) {
    // The app still takes over: its own error or loading state is better than a page that cannot act.
    console.error(error);
  }
  const hadFocus = serverPage.contains(doc.activeElement);
  app.hidden = false;
  serverPage.remove();
  if (hadFocus) app.focusPage();
  return true;
}
