import { msg, str } from '@lit/localize';
import { formatCount } from './plural.js';

/** "120 av 4 000 tegn": how much of a field's limit is used. */
export function characterCount(used: number, max: number): string {
  const usedText = formatCount(used);
  const maxText = formatCount(max);
  return msg(str`${usedText} av ${maxText} tegn`);
}

/**
 * Why Send is off: the text is past a shared limit (`LIMITS` in shared/), and by how much, so the
 * person knows what to cut. `what` names the field when it is not the message text.
 */
export function overLimitText(length: number, max: number, what: 'text' | 'title' = 'text'): string {
  const over = (length - max).toLocaleString('nb-NO');
  const limit = max.toLocaleString('nb-NO');
  return what === 'title'
    ? msg(str`Tittelen er ${over} tegn for lang (høyst ${limit}). Korte den ned for å kunne sende.`)
    : msg(str`Teksten er ${over} tegn for lang (høyst ${limit}). Korte den ned for å kunne sende.`);
}
