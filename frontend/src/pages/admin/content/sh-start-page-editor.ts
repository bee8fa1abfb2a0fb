import { localized, msg, str } from '@lit/localize';
import type { EditorArticleDto, EditorNewsLinkDto } from '@sexhandel/shared';
import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ApiError, type FetchFn } from '../../../data/api.js';
import { getEditorStartPage, listEditorItems, previewMarkdown, updateStartPage } from '../../../data/editorial.js';
import { formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { contentAdminStyles } from './content-admin.styles.js';
import { FormErrorsController } from '../../../components/form-errors.controller.js';

const PREVIEW_DELAY_MS = 350;
/** The server's limit for the introduction (StartPageRequest). */
const INTRODUCTION_MAX = 5_000;

/** The start page as editors shape it: introduction (Markdown with preview), featured article, today's news link. */
@localized()
@customElement('sh-start-page-editor')
export class ShStartPageEditor extends LitElement {
  static override styles = [pageStyles, formStyles, contentAdminStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private introduction = '';
  @state() private featuredArticleId = '';
  @state() private todayNewsLinkId = '';
  @state() private articles: EditorArticleDto[] = [];
  @state() private news: EditorNewsLinkDto[] = [];
  @state() private previewHtml = '';
  @state() private loaded = false;
  @state() private failure: string | null = null;
  @state() private note = '';
  @state() private busy = false;
  private readonly errors = new FormErrorsController(
    this,
    {
      featuredArticleId: {
        id: 'featured',
        label: () => msg('Utvalgt artikkel'),
        texts: { unknown_article: () => msg('Velg en publisert artikkel, eller «Ingen».') },
      },
      todayNewsLinkId: {
        id: 'news',
        label: () => msg('Dagens nyhetslenke'),
        texts: { unknown_news_link: () => msg('Velg en publisert nyhetslenke, eller «Ingen».') },
      },
      introductionMarkdown: { id: 'intro', label: () => msg('Kort introduksjon (Markdown)') },
    },
    // The server names no field when the chosen article or news link is gone or unpublished.
    { unknown_article: 'featuredArticleId', unknown_news_link: 'todayNewsLinkId' },
  );
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    clearTimeout(this.previewTimer);
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    try {
      const [page, articles, news] = await Promise.all([
        getEditorStartPage(this.fetchFn),
        listEditorItems('articles', this.fetchFn),
        listEditorItems('news-links', this.fetchFn),
      ]);
      this.introduction = page.introductionMarkdown;
      this.featuredArticleId = page.featuredArticleId ?? '';
      this.todayNewsLinkId = page.todayNewsLinkId ?? '';
      this.previewHtml = page.introductionHtml;
      // Only published items can be chosen: the server refuses the others.
      this.articles = articles.filter((a) => a.published);
      this.news = news.filter((n) => n.published);
      this.loaded = true;
    } catch {
      this.failure = msg('Fikk ikke hentet startsiden. Sjekk nettet og prøv igjen.');
    }
  }

  private onIntroduction(event: Event): void {
    this.introduction = (event.target as HTMLTextAreaElement).value;
    this.note = '';
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => {
      void previewMarkdown(this.introduction, this.fetchFn)
        .then(({ html: rendered }) => (this.previewHtml = rendered))
        .catch(() => undefined);
    }, PREVIEW_DELAY_MS);
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.introduction.length > INTRODUCTION_MAX) {
      this.note = '';
      this.errors.show([
        ['introductionMarkdown', msg(str`Introduksjonen kan ha høyst ${INTRODUCTION_MAX} tegn. Gjør den kortere.`)],
      ]);
      return;
    }
    this.busy = true;
    this.errors.clear();
    try {
      const page = await updateStartPage(
        {
          introductionMarkdown: this.introduction,
          featuredArticleId: this.featuredArticleId || null,
          todayNewsLinkId: this.todayNewsLinkId || null,
        },
        this.fetchFn,
      );
      this.previewHtml = page.introductionHtml;
      this.note = msg('Startsiden er lagret. Leserne får den ved neste synkronisering.');
    } catch (error) {
      if (error instanceof ApiError) this.errors.showError(error);
      else this.errors.show([[null, msg('Fikk ikke kontakt med serveren. Ingenting er lagret.')]]);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (!this.loaded) {
      return this.failure
        ? html`<div class="error-box" role="alert"><p>${this.failure}</p></div>`
        : html`<p class="meta">${msg('Henter …')}</p>`;
    }
    const errors = this.errors;
    return html`<form class="editor with-preview" @submit=${this.save} novalidate>
      <div class="fields">
        ${errors.renderSummary()}
        <div class="field">
          <label for="featured">${msg('Utvalgt artikkel')}</label>
          ${errors.renderFieldError('featured')}
          <select
            id="featured"
            aria-invalid=${errors.invalid('featured')}
            aria-describedby=${errors.describedBy('featured')}
            @change=${(e: Event) => (this.featuredArticleId = (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${this.featuredArticleId === ''}>${msg('Ingen')}</option>
            ${this.articles.map(
              (a) => html`<option value=${a.id} ?selected=${a.id === this.featuredArticleId}>${a.title}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="news">${msg('Dagens nyhetslenke')}</label>
          ${errors.renderFieldError('news')}
          <select
            id="news"
            aria-invalid=${errors.invalid('news')}
            aria-describedby=${errors.describedBy('news')}
            @change=${(e: Event) => (this.todayNewsLinkId = (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${this.todayNewsLinkId === ''}>${msg('Ingen')}</option>
            ${this.news.map(
              (n) =>
                html`<option value=${n.id} ?selected=${n.id === this.todayNewsLinkId}>${n.date} – ${n.title}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="intro">${msg('Kort introduksjon (Markdown)')}</label>
          ${errors.renderFieldError('intro')}
          <textarea
            id="intro"
            class="short"
            aria-invalid=${errors.invalid('intro')}
            aria-describedby=${errors.describedBy('intro')}
            .value=${this.introduction}
            @input=${this.onIntroduction}
          ></textarea>
        </div>
        <p role="status" class="meta">${this.note}</p>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy}>${msg('Lagre startsiden')}</button>
        </div>
      </div>
      <section class="preview" aria-labelledby="intro-preview">
        <h2 id="intro-preview">${msg('Forhåndsvisning')}</h2>
        <div lang="nb">
          ${
            // Rendered and sanitised on the server (preview endpoint / start page answer).
            unsafeHTML(this.previewHtml)
          }
        </div>
      </section>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-start-page-editor': ShStartPageEditor;
  }
}
