import { getLocale } from '../localization.js';

/** One message per plural category of the interface language; `other` is required and the fallback. */
export type PluralMessages = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

function intlLocale(): string {
  return getLocale() === 'en' ? 'en-GB' : 'nb-NO';
}

// Made once per locale: building an Intl object costs far more than using it.
const counts = new Map<string, Intl.NumberFormat>();
const rules = new Map<string, Intl.PluralRules>();

/** `count` with the locale's digit grouping ("12 345" / "12,345"). */
export function formatCount(count: number): string {
  const locale = intlLocale();
  let format = counts.get(locale);
  if (!format) counts.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(count);
}

/**
 * The message for `count`'s plural category (@lit/localize has no plurals). The messages are
 * made by the caller with the formatted count, so each is one whole sentence to translate:
 *
 *   plural(n, (c) => ({ one: msg(str`${c} nytt innlegg`), other: msg(str`${c} nye innlegg`) }))
 */
export function plural(count: number, messages: (formatted: string) => PluralMessages): string {
  const locale = intlLocale();
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const category = rule.select(count);
  const texts = messages(formatCount(count));
  return texts[category] ?? texts.other;
}
