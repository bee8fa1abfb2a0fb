import { configureLocalization } from '@lit/localize';
import { ReactiveElement } from 'lit';
import { allLocales, sourceLocale, targetLocales } from './locales/locale-codes.js';

export type AppLocale = (typeof allLocales)[number];

const STORAGE_KEY = 'sh-locale';

// Runtime mode: English templates load on demand; Norwegian bokmål is the source and needs nothing.
const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: () => import('./locales/en.js'),
});

export { getLocale };

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (allLocales as readonly string[]).includes(value);
}

/**
 * Asks every Lit element under `root` (through shadow roots) to render again. `@localized()` re-renders
 * only instances made after its decorator ran: elements already in the page when their class was defined
 * (<sh-app> in index.html, lazily loaded pages) never hear the locale change otherwise.
 */
function renderAgain(root: Document | ShadowRoot): void {
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof ReactiveElement) element.requestUpdate();
    if (element.shadowRoot) renderAgain(element.shadowRoot);
  }
}

/** Switches the language, remembers it on this device, updates <html lang> and the screen. */
export async function applyLocale(locale: AppLocale): Promise<void> {
  await setLocale(locale);
  document.documentElement.lang = locale;
  renderAgain(document);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be blocked (private mode): the switch still works for this visit.
  }
}

/** Applies the language chosen earlier on this device, if any. */
export async function restoreLocale(): Promise<void> {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (isAppLocale(stored) && stored !== getLocale()) await applyLocale(stored);
}
