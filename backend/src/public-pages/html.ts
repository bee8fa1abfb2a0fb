/**
 * Markup for server-rendered pages. Every interpolated value is escaped unless it is already
 * `Html` (made by this tag or by `trustedHtml` for sanitised Markdown output), so text a person
 * wrote or a path someone typed can never become markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part as string | number));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0];
  parts.forEach((part, index) => (out += render(part) + strings[index + 1]));
  return new Html(out);
}

/** HTML the content pipeline already sanitised (Markdown rendered and cleaned at publish). */
export function trustedHtml(value: string): Html {
  return new Html(value);
}

/** JSON inside a <script type="application/…json"> block: `<` escaped so no tag can close it. */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
