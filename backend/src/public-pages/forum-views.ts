import {
  LIMITS,
  parsePostBody,
  type ForumRuleDto,
  type ModlogEntryDto,
  type PostDto,
  type ThreadDto,
  type ThreadSummaryDto,
} from '@sexhandel/shared';
import { html, type Html } from './html';
import { activityNb, countNb, dateNb, numberNb, timeNb } from './nb-text';

// Server-rendered forum pages: the same words, order and markup as the app's pages (sh-forum-page,
// sh-thread-page, sh-post-composer, sh-modlog-page) for a visitor who is not signed in and has
// nothing on the device, so the app's take-over changes nothing on screen. Controls only the app
// can work carry `ssr-js-only` (hidden without JavaScript); what a reader without JavaScript gets
// instead is in <noscript>. Post bodies are plain text parsed into blocks (never HTML); links in
// them are http(s) only.

const DELETED_MEMBER = 'Slettet medlem';
const STAFF_VOICE = 'Redaksjonen';

function starterOf(thread: ThreadSummaryDto): string {
  if (thread.starterStaffVoice) return STAFF_VOICE;
  return thread.starterAlias ?? DELETED_MEMBER;
}

/** The app's "show more" button (drawn, worked by the app) and, without JavaScript, links to the pages. */
function morePages(buttonText: string, links: Html | false): Html {
  return html`${buttonText && html`<p class="ssr-js-only"><button type="button" class="button secondary">${buttonText}</button></p>`}
  ${links && html`<noscript>${links}</noscript>`}`;
}

export function forumView(threads: ThreadSummaryDto[], olderHref: string | null, isFirstPage: boolean): Html {
  return html`<h1>Forum</h1>
    <p class="lead">Et anonymt forum der alle kan lese. Medlemmer skriver under alias, og alt følger forumreglene.</p>
    <div class="toolbar">
      <a class="button" href="/forum/ny">Start en ny tråd</a> <a href="/forum/utkast">Mine utkast og utboks</a>
      <a href="/regler">Forumregler</a>
    </div>
    ${
      threads.length === 0
        ? html`<div class="empty">
            <p>${isFirstPage ? 'Ingen har startet en tråd ennå. Vil du være den første?' : 'Ingen eldre tråder.'}</p>
          </div>`
        : html`<ul class="plain">
            ${threads.map(
              (thread) =>
                html`<li class="card">
                  <a class="thread-title" href="/forum/traad/${thread.id}" lang="nb">${thread.title}</a
                  >${thread.locked && html` <span class="badge locked">Låst</span>`}
                  <p class="meta">
                    ${starterOf(thread)} · ${countNb(thread.postCount, 'innlegg', 'innlegg')} · siste aktivitet
                    ${activityNb(thread.lastActivityAt)}
                  </p>
                </li>`,
            )}
          </ul>`
    }
    ${morePages(
      olderHref ? 'Vis flere tråder' : '',
      (!!olderHref || !isFirstPage) &&
        html`<nav class="pagination" aria-label="Sider">
          <ul class="plain">
            ${!isFirstPage && html`<li><a href="/forum">← Nyeste tråder</a></li>`}
            ${olderHref && html`<li><a href="${olderHref}" rel="next">Eldre tråder →</a></li>`}
          </ul>
        </nav>`,
    )}`;
}

/** A post's text as sh-post-body draws it. */
function postBody(body: string, lang: boolean): Html {
  const blocks = parsePostBody(body).map((block) => {
    const inlines = block.inlines.map((inline) => {
      if (inline.type === 'break') return html`<br />`;
      if (inline.type === 'link')
        return html`<a href="${inline.href}" rel="noopener noreferrer nofollow ugc" target="_blank">${inline.text}</a>`;
      return inline.text;
    });
    return block.type === 'quote' ? html`<blockquote><p>${inlines}</p></blockquote>` : html`<p>${inlines}</p>`;
  });
  return lang ? html`<div class="post-body" lang="nb">${blocks}</div>` : html`<div class="post-body">${blocks}</div>`;
}

function ruleTitle(rules: readonly ForumRuleDto[], number: number, title: string | null): string | undefined {
  return title ?? rules.find((rule) => rule.number === number)?.title;
}

function postText(post: PostDto, rules: readonly ForumRuleDto[]): Html {
  if (post.status === 'published' && post.body !== null) return postBody(post.body, true);
  if (post.status === 'hidden') return html`<p class="removed">Venter på vurdering av en moderator.</p>`;
  const removal = post.removal;
  if (!removal)
    return html`<p class="removed">Dette innlegget er fjernet av en moderator fordi det brøt forumreglene.</p>`;
  const title = ruleTitle(rules, removal.rule, removal.ruleTitle);
  return html`<div class="removed">
    <p>
      ${title ? `Fjernet av moderator etter regel ${removal.rule}: ${title}` : `Fjernet av moderator etter regel ${removal.rule}.`}
    </p>
    <p lang="nb">Moderatorens begrunnelse: ${removal.note}</p>
  </div>`;
}

function postView(post: PostDto, posts: readonly PostDto[], rules: readonly ForumRuleDto[]): Html {
  const alias = post.authorAlias;
  const quoted = post.quotePostId ? posts.find((candidate) => candidate.id === post.quotePostId) : undefined;
  const author = post.staffVoice
    ? STAFF_VOICE
    : alias
      ? html`<a href="/forum/medlem/${encodeURIComponent(alias)}">${alias}</a>`
      : DELETED_MEMBER;
  return html`<li id="innlegg-${post.id}">
    <article class="card post" aria-labelledby="by-${post.id}">
      <header>
        <span class="author" id="by-${post.id}">${author}</span>
        ${post.articleAuthor && html`<span class="badge">Artikkelforfatter</span>`}
        <span class="meta"
          ><time datetime="${post.createdAt}">${dateNb(post.createdAt)} ${timeNb(post.createdAt)}</time></span
        >
      </header>
      ${
        quoted?.body &&
        html`<div class="quoted" lang="nb">
          <span>${quoted.authorAlias ?? DELETED_MEMBER} skrev:</span>
          ${postBody(quoted.body.slice(0, 300) + (quoted.body.length > 300 ? '…' : ''), false)}
        </div>`
      }
      ${postText(post, rules)}
      ${
        post.status === 'published' &&
        html`<div class="post-actions ssr-js-only">
          <button type="button" class="link-button">Svar</button>
          <button type="button" class="link-button">Siter</button>
        </div>`
      }
    </article>
  </li>`;
}

/** The forum rules as sh-rules-list draws them, collapsed. */
function rulesList(rules: readonly ForumRuleDto[]): Html {
  return html`<details>
    <summary>Forumreglene (seks regler)</summary>
    ${
      rules.length === 0
        ? html`<p>Reglene lastes ned første gang du er på nett. Du kan også lese dem under Forumregler.</p>`
        : html`<ol lang="nb">
            ${rules.map(
              (rule) =>
                html`<li value="${rule.number}">
                  <strong>${rule.title}</strong><span class="text">${rule.text}</span>
                </li>`,
            )}
          </ol>`
    }
  </details>`;
}

/**
 * The reply composer as sh-post-composer draws it for someone not signed in with nothing written:
 * drawn for the take-over only (read-only, Send off); the app's own composer replaces it. The empty
 * span holds the place of the field's error (<sh-field-error>, an item of the field's column).
 */
function replyComposer(rules: readonly ForumRuleDto[], loginHref: string): Html {
  return html`<div class="composer ssr-js-only">
    <h2>Skriv et svar</h2>
    <div class="rules">${rulesList(rules)}</div>
    <div class="notice">
      <p>Du kan skrive utkast uten å være logget inn. For å sende må du være medlem.</p>
      <p><a href="${loginHref}">Logg inn</a> · <a href="/registrer">Bli medlem</a></p>
    </div>
    <div class="field">
      <label for="ssr-reply">Ditt svar</label>
      <span class="field-error"></span>
      <textarea id="ssr-reply" readonly aria-describedby="ssr-reply-hint ssr-reply-count"></textarea>
      <p class="hint" id="ssr-reply-hint">
        Tomme linjer gir nye avsnitt. Linjer som starter med «&gt; » blir sitat. Nettadresser blir lenker.
      </p>
    </div>
    <div class="status-row">
      <span><span>Ikke lagret ennå</span></span>
      <span id="ssr-reply-count">${numberNb(0)} av ${numberNb(LIMITS.postBodyMax)} tegn</span>
    </div>
    <div class="actions">
      <button type="button" class="button" disabled>Send</button>
      <a href="/forum/utkast">Mine utkast</a>
    </div>
    <p class="private">Utkastet lagres bare på denne enheten. Ingenting sendes før du trykker Send.</p>
  </div>`;
}

export interface ThreadViewOptions {
  /** Where "Flere innlegg" goes when the thread is longer than one page (null: the whole thread is shown). */
  laterHref: string | null;
  isFirstPage: boolean;
  /** The published forum rules in number order. */
  rules: readonly ForumRuleDto[];
  /** "Logg inn" in the composer: back to this page after signing in. */
  loginHref: string;
}

export function threadView(thread: ThreadDto, posts: PostDto[], options: ThreadViewOptions): Html {
  const { laterHref, isFirstPage, rules, loginHref } = options;
  return html`<div class="ssr-thread">
    <p class="meta"><a href="/forum">← Alle tråder</a></p>
    <h1 lang="nb">${thread.title}</h1>
    <p class="meta">
      ${countNb(thread.postCount, 'innlegg', 'innlegg')} · startet
      ${dateNb(thread.createdAt)}${thread.locked && html` · <span class="badge locked">Låst</span>`}
    </p>
    ${
      !isFirstPage &&
      html`<noscript
        ><p><a href="/forum/traad/${thread.id}">← Fra begynnelsen av tråden</a></p></noscript
      >`
    }
    <ol class="plain" aria-label="Innlegg">
      ${posts.map((post) => postView(post, posts, rules))}
    </ol>
    ${
      laterHref &&
      html`<noscript
        ><nav class="pagination" aria-label="Sider">
          <ul class="plain">
            <li><a href="${laterHref}" rel="next">Flere innlegg →</a></li>
          </ul>
        </nav></noscript
      >`
    }
    ${
      thread.locked
        ? html`<p class="notice">Tråden er låst. Det kan ikke skrives flere svar.</p>`
        : html`${replyComposer(rules, loginHref)}
            <noscript>
              <p class="notice">
                Du kan lese hele tråden uten JavaScript. For å skrive et svar må JavaScript være slått på, og du må være
                logget inn.
              </p>
            </noscript>`
    }
  </div>`;
}

export function modlogView(
  entries: ModlogEntryDto[],
  olderHref: string | null,
  isFirstPage: boolean,
  rules: readonly ForumRuleDto[],
): Html {
  const ruleText = (entry: ModlogEntryDto) => {
    const title = ruleTitle(rules, entry.rule, entry.ruleTitle);
    return title ? `regel ${entry.rule}: ${title}` : `regel ${entry.rule}`;
  };
  return html`<div class="ssr-modlog">
    <h1>Moderasjonslogg</h1>
    <p class="lead">
      Her ser du hvordan moderatorene bruker forumreglene: når et innlegg er fjernet eller gjenopprettet, og etter
      hvilken regel.
    </p>
    <p class="notice">
      Teksten i et fjernet innlegg vises aldri her, og heller ikke hvem som skrev det eller hvem som fjernet det. I
      tråden står regelen og moderatorens begrunnelse der innlegget var.
    </p>
    <p><a href="/regler">Les forumreglene</a></p>
    ${
      entries.length === 0
        ? html`<p class="empty">${isFirstPage ? 'Ingen innlegg er fjernet ennå.' : 'Ingen eldre oppføringer.'}</p>`
        : html`<ul class="log">
            ${entries.map(
              (entry) =>
                html`<li>
                  <time datetime="${entry.at}">${dateNb(entry.at)}</time> ·
                  <span class="what">${entry.action === 'removal' ? 'Fjernet' : 'Gjenopprettet'}</span>
                  ${entry.action === 'removal' ? 'etter' : '– var fjernet etter'}
                  <span lang="nb">${ruleText(entry)}</span>
                  <br />Tråd:
                  ${
                    entry.threadTitle === null
                      ? 'slettet sammen med forfatterens konto'
                      : html`<a href="/forum/traad/${entry.threadId}" lang="nb">${entry.threadTitle}</a>`
                  }
                </li>`,
            )}
          </ul>`
    }
    ${morePages(
      olderHref ? 'Vis eldre' : '',
      (!!olderHref || !isFirstPage) &&
        html`<nav class="pagination" aria-label="Sider">
          <ul class="plain">
            ${!isFirstPage && html`<li><a href="/moderering-logg">← Nyeste</a></li>`}
            ${olderHref && html`<li><a href="${olderHref}" rel="next">Eldre →</a></li>`}
          </ul>
        </nav>`,
    )}
  </div>`;
}
