import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ApiError } from '../data/api.js';
import { errorText, fieldErrorText, lockedText } from '../text/error-text.js';
import type { ErrorSummaryItem } from './sh-error-summary.js';
import './sh-error-summary.js';
import './sh-field-error.js';

/** A field the server may name: its element id, its label as shown, and texts for its own codes. */
export interface FormField {
  id: string;
  label: () => string;
  /** Clearer words than the general ones for some codes, e.g. the alias rules for `invalid_format`. */
  texts?: Partial<Record<string, () => string>>;
}

/**
 * The errors of one form after a failed submit: which fields are wrong and what to say, for the
 * summary at the top (<sh-error-summary>) and each field (<sh-field-error>, aria-invalid,
 * aria-describedby). `fields` maps the server's field path (e.g. `alias`, `payload.body`) to the field.
 */
export class FormErrorsController implements ReactiveController {
  items: ErrorSummaryItem[] = [];
  private readonly byField = new Map<string, string>();

  /**
   * @param fields the server's field path → the field
   * @param codeFields refusals without `fields` that are still about one field (e.g. `wrong_password` →
   *   `currentPassword`): shown at that field
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    fields: Record<string, FormField> | ((name: string) => FormField | undefined),
    private readonly codeFields: Partial<Record<string, string>> = {},
  ) {
    this.fieldOf = typeof fields === 'function' ? fields : (name) => fields[name];
    host.addController(this);
  }

  /** The field for a server field path (a function for forms whose fields are made at run time). */
  private readonly fieldOf: (name: string) => FormField | undefined;

  hostConnected(): void {}

  get hasErrors(): boolean {
    return this.items.length > 0;
  }

  /** Shows these problems: `[fieldName, text]` for a field, `[null, text]` for the form as a whole. */
  show(problems: [string | null, string][]): void {
    this.byField.clear();
    const items: ErrorSummaryItem[] = [];
    for (const [name, text] of problems) {
      const field = name ? this.fieldOf(name) : undefined;
      if (field && !this.byField.has(field.id)) {
        this.byField.set(field.id, text);
        items.push({ fieldId: field.id, text });
      } else if (!field) {
        items.push({ text });
      }
    }
    this.items = items;
    this.host.requestUpdate();
  }

  /** The problems in a failed request: each field the server named, or one sentence for its code. */
  showError(error: unknown): void {
    if (error instanceof ApiError && error.fields.length > 0) {
      this.show(error.fields.map(({ field, code }) => [field, this.fieldText(field, code)]));
    } else if (error instanceof ApiError && this.codeFields[error.code ?? '']) {
      const name = this.codeFields[error.code ?? ''] as string;
      this.show([[name, this.fieldOf(name)?.texts?.[error.code ?? '']?.() ?? requestErrorText(error)]]);
    } else {
      this.show([[null, requestErrorText(error)]]);
    }
  }

  /** The text for one field and code, with the field's own words where it has them. */
  fieldText(name: string, code: string): string {
    const field = this.fieldOf(name);
    if (!field) return errorText(code);
    return field.texts?.[code]?.() ?? fieldErrorText(code, field.label());
  }

  clear(): void {
    if (this.items.length === 0) return;
    this.items = [];
    this.byField.clear();
    this.host.requestUpdate();
  }

  /** `aria-invalid` for a field: 'true' or nothing. */
  invalid(fieldId: string): 'true' | typeof nothing {
    return this.byField.has(fieldId) ? 'true' : nothing;
  }

  /** `aria-describedby` for a field: its error (when shown) and its hint. */
  describedBy(fieldId: string, hintId?: string): string | typeof nothing {
    const ids = [this.byField.has(fieldId) ? `${fieldId}-error` : '', hintId ?? ''].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  /** The summary, for the top of the form; `heading` names a failed action instead (see sh-error-summary). */
  renderSummary(heading?: string) {
    return html`<sh-error-summary .items=${this.items} heading=${heading ?? ''}></sh-error-summary>`;
  }

  /** The field's own message, for just above or below its input. */
  renderFieldError(fieldId: string) {
    return html`<sh-field-error field-id=${fieldId} text=${this.byField.get(fieldId) ?? ''}></sh-field-error>`;
  }
}

/** A failed request in the person's words: offline, the login lock with until when, or the code's text. */
export function requestErrorText(error: unknown): string {
  if (error instanceof TypeError) return msg('Du er uten nett. Dette krever nettforbindelse.');
  if (error instanceof ApiError) return error.code === 'locked' ? lockedText(error.retryAt) : errorText(error.code);
  return msg('Noe gikk galt. Prøv igjen.');
}
