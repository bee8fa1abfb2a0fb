import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ApiError, type FetchFn } from '../../../data/api.js';
import {
  deleteEditorItem,
  previewMarkdown,
  saveEditorItem,
  setEditorItemPublished,
  slugFromTitle,
  type EditorItem,
  type EditorKind,
} from '../../../data/editorial.js';
import { OutcomeFocusController } from '../../../components/outcome-focus.controller.js';
import { shEvent } from '../../../events.js';
import { formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { errorText, fieldErrorText } from '../../../text/error-text.js';
import type { ErrorSummaryItem } from '../../../components/sh-error-summary.js';
import '../../../components/sh-error-summary.js';
import { FIELDS, formValuesOf, requestBodyOf, type FieldDef, type FormValues } from './content-fields.js';
import { contentAdminStyles } from './content-admin.styles.js';

const PREVIEW_DELAY_MS = 350;

/** Service refusals that are about one field: shown at that field. */
const CODE_FIELDS: Partial<Record<string, string>> = {
  taken: 'slug',
  slug_taken: 'slug',
  bad_slug: 'slug',
  bad_url: 'url',
  bad_date: 'date',
  bad_kind: 'kind',
  bad_rule_number: 'number',
  rule_taken: 'number',
  unknown_author_account: 'authorAccountId',
};

/**
 * Create/edit form for one content item with a live Markdown preview rendered by the server.
 * After a refused save, an error summary at the top links to each field, which shows its own message.
 */
@localized()
@customElement('sh-content-editor')
export class ShContentEditor extends LitElement {
  static override styles = [pageStyles, formStyles, contentAdminStyles];

  @property() kind: EditorKind = 'articles';
  /** The item to edit; null creates a new one. */
  @property({ attribute: false }) item: EditorItem | null = null;
  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private values: FormValues = {};
  @state() private previewHtml = '';
  @state() private previewFailed = false;
  @state() private fieldErrors: Record<string, string[]> = {};
  @state() private formErrors: string[] = [];
  /** Made once per refused save, so the summary takes focus once per failure. */
  @state() private summary: ErrorSummaryItem[] = [];
  @state() private busy = false;
  @state() private confirmingDelete = false;
  @state() private savedNote = '';
  /** The slug follows the title until the editor types a slug of their own. */
  private slugTouched = false;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private previewGeneration = 0;
  /** "Lagret." / "Publisert." comes into view with focus after each save. */
  private readonly outcome = new OutcomeFocusController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('item') || changed.has('kind')) {
      this.values = formValuesOf(this.kind, this.item);
      this.slugTouched = this.item !== null;
      this.fieldErrors = {};
      this.formErrors = [];
      this.summary = [];
      this.confirmingDelete = false;
      this.previewHtml = '';
      if (this.hasMarkdown() && this.values.markdown) this.schedulePreview(0);
    }
  }

  override disconnectedCallback(): void {
    clearTimeout(this.previewTimer);
    super.disconnectedCallback();
  }

  private hasMarkdown(): boolean {
    return FIELDS[this.kind].some((field) => field.input === 'markdown');
  }

  private setValue(name: string, value: string): void {
    const next = { ...this.values, [name]: value };
    if (name === 'slug') this.slugTouched = true;
    if (name === 'title' && !this.slugTouched && 'slug' in next) next.slug = slugFromTitle(value);
    this.values = next;
    this.savedNote = '';
    if (name === 'markdown') this.schedulePreview(PREVIEW_DELAY_MS);
  }

  private schedulePreview(delay: number): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.refreshPreview(), delay);
  }

  private async refreshPreview(): Promise<void> {
    const generation = ++this.previewGeneration;
    try {
      const { html: rendered } = await previewMarkdown(this.values.markdown ?? '', this.fetchFn);
      if (generation !== this.previewGeneration) return;
      this.previewHtml = rendered;
      this.previewFailed = false;
    } catch {
      if (generation === this.previewGeneration) this.previewFailed = true;
    }
  }

  /** Puts the server's field codes (and field-bound refusals) on their fields, the rest in the summary. */
  private showError(error: unknown): void {
    const fieldErrors: Record<string, string[]> = {};
    const formErrors: string[] = [];
    const fields = FIELDS[this.kind];
    const labelOf = (name: string) => fields.find((field) => field.name === name)?.label();
    if (error instanceof ApiError && error.fields.length > 0) {
      for (const { field, code } of error.fields) {
        const label = labelOf(field);
        if (label) (fieldErrors[field] ??= []).push(fieldErrorText(code, label));
        else formErrors.push(errorText(code));
      }
    } else if (error instanceof ApiError) {
      const name = CODE_FIELDS[error.code ?? ''];
      if (name && labelOf(name)) (fieldErrors[name] ??= []).push(errorText(error));
      else formErrors.push(errorText(error));
    } else {
      formErrors.push(msg('Fikk ikke kontakt med serveren. Ingenting er lagret.'));
    }
    this.fieldErrors = fieldErrors;
    this.formErrors = formErrors;
    this.summary = this.summaryItems();
  }

  private summaryItems(): ErrorSummaryItem[] {
    return [
      ...FIELDS[this.kind].flatMap((field) =>
        (this.fieldErrors[field.name] ?? []).map((text) => ({ fieldId: `f-${field.name}`, text })),
      ),
      ...this.formErrors.map((text) => ({ text })),
    ];
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.fieldErrors = {};
    this.formErrors = [];
    this.summary = [];
    this.savedNote = '';
    try {
      await work();
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy = false;
    }
  }

  private emitSaved(item: EditorItem, note: string): void {
    this.item = item;
    this.savedNote = note;
    this.outcome.reveal();
    this.dispatchEvent(shEvent('sh-content-saved', { item }));
  }

  private save(event: Event): void {
    event.preventDefault();
    void this.run(async () => {
      const saved = await saveEditorItem(
        this.kind,
        this.item?.id ?? null,
        requestBodyOf(this.kind, this.values),
        this.fetchFn,
      );
      this.emitSaved(saved, msg('Lagret.'));
    });
  }

  private togglePublished(): void {
    const item = this.item;
    if (!item) return;
    void this.run(async () => {
      const saved = await setEditorItemPublished(this.kind, item.id, !item.published, this.fetchFn);
      this.emitSaved(
        saved,
        saved.published ? msg('Publisert.') : msg('Avpublisert. Leserne får den fjernet ved neste synkronisering.'),
      );
    });
  }

  private deleteItem(): void {
    const item = this.item;
    if (!item) return;
    void this.run(async () => {
      await deleteEditorItem(this.kind, item.id, this.fetchFn);
      this.dispatchEvent(shEvent('sh-content-closed', { deleted: true }));
    });
  }

  private close(): void {
    this.dispatchEvent(shEvent('sh-content-closed', { deleted: false }));
  }

  private renderInput(field: FieldDef) {
    const id = `f-${field.name}`;
    const value = this.values[field.name] ?? '';
    const errors = this.fieldErrors[field.name] ?? [];
    const describedBy = [field.hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ');
    const onInput = (event: Event) =>
      this.setValue(field.name, (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value);
    const invalid = errors.length ? 'true' : 'false';
    let control;
    switch (field.input) {
      case 'textarea':
        control = html`<textarea
          id=${id}
          class="short"
          aria-invalid=${invalid}
          aria-describedby=${describedBy || nothing}
          .value=${value}
          @input=${onInput}
        ></textarea>`;
        break;
      case 'markdown':
        control = html`<textarea
          id=${id}
          aria-invalid=${invalid}
          aria-describedby=${describedBy || nothing}
          .value=${value}
          @input=${onInput}
        ></textarea>`;
        break;
      case 'select':
        control = html`<select
          id=${id}
          aria-invalid=${invalid}
          aria-describedby=${describedBy || nothing}
          @change=${onInput}
        >
          ${(field.options?.() ?? []).map(
            (option) =>
              html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`,
          )}
        </select>`;
        break;
      default:
        control = html`<input
          id=${id}
          type=${field.input === 'number' ? 'number' : field.input === 'date' ? 'date' : field.input === 'url' ? 'url' : 'text'}
          aria-invalid=${invalid}
          aria-describedby=${describedBy || nothing}
          .value=${value}
          @input=${onInput}
        />`;
    }
    return html`<div class="field">
      <label for=${id}
        >${field.label()}${field.optional ? html` <span class="meta">${msg('(valgfritt)')}</span>` : nothing}</label
      >
      ${field.hint ? html`<p class="hint" id=${`${id}-hint`}>${field.hint()}</p>` : nothing} ${control}
      ${
        errors.length
          ? html`<p class="field-error" id=${`${id}-error`}>${errors.map((e) => html`${e}<br />`)}</p>`
          : nothing
      }
    </div>`;
  }

  private renderPreview() {
    return html`<section class="preview" aria-labelledby="preview-heading" aria-live="polite">
      <h2 id="preview-heading">${msg('Forhåndsvisning')}</h2>
      ${this.previewFailed ? html`<p class="hint">${msg('Forhåndsvisningen virker bare på nett.')}</p>` : nothing}
      <div class="preview-body" lang="nb">
        ${
          // The preview HTML comes from POST /api/admin/content/preview: rendered and sanitised on the
          // server with the same sanitiser as publishing (no script, style, iframes or remote images).
          unsafeHTML(this.previewHtml)
        }
      </div>
    </section>`;
  }

  private renderActions() {
    const item = this.item;
    return html`<div class="actions">
      <button type="submit" class="button" ?disabled=${this.busy}>
        ${item ? msg('Lagre endringer') : msg('Lagre som utkast')}
      </button>
      ${
        item
          ? html`<button type="button" class="button secondary" ?disabled=${this.busy} @click=${this.togglePublished}>
                ${item.published ? msg('Avpubliser') : msg('Publiser')}
              </button>
              ${
                this.confirmingDelete
                  ? html`<span class="confirm" role="group" aria-label=${msg('Bekreft sletting')}>
                      <span>${msg('Slette for godt?')}</span>
                      <button type="button" class="button danger" ?disabled=${this.busy} @click=${this.deleteItem}>
                        ${msg('Ja, slett')}
                      </button>
                      <button type="button" class="button secondary" @click=${() => (this.confirmingDelete = false)}>
                        ${msg('Avbryt')}
                      </button>
                    </span>`
                  : html`<button type="button" class="button secondary" @click=${() => (this.confirmingDelete = true)}>
                      ${msg('Slett')}
                    </button>`
              }`
          : nothing
      }
      <button type="button" class="button secondary" @click=${this.close}>${msg('Tilbake til listen')}</button>
    </div>`;
  }

  override render() {
    const item = this.item;
    return html`<form class=${this.hasMarkdown() ? 'editor with-preview' : 'editor'} @submit=${this.save} novalidate>
      <div class="fields">
        <p class="meta state">
          ${item ? (item.published ? msg('Status: publisert') : msg('Status: utkast')) : msg('Ny – ikke lagret ennå')}
        </p>
        <sh-error-summary .items=${this.summary}></sh-error-summary>
        ${FIELDS[this.kind].map((field) => this.renderInput(field))}
        <p role="status" class="meta" data-outcome>${this.savedNote}</p>
        ${this.renderActions()}
      </div>
      ${this.hasMarkdown() ? this.renderPreview() : nothing}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-content-editor': ShContentEditor;
  }
}
