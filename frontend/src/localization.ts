import { configureLocalization } from '@lit/localize';
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

/** Switches the language, remembers it on this device and updates <html lang>. */
export async function applyLocale(locale: AppLocale): Promise<void> {
  await setLocale(locale);
  document.documentElement.lang = locale;
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
