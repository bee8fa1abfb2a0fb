import {
  parsePostBody,
  type ModlogEntryDto,
  type PostDto,
  type ThreadDto,
  type ThreadSummaryDto,
} from '@sexhandel/shared';
import { html, type Html } from './html';
import { activityNb, countNb, dateNb } from './nb-text';

// Server-rendered forum pages: the same words as the app, from the same public API data. Post
// bodies are plain text parsed into blocks (never HTML); links in them are http(s) only.

const DELETED_MEMBER = 'slettet medlem';
const STAFF_VOICE = 'Redaksjonen';

function starterOf(thread: ThreadSummaryDto): string {
  if (thread.starterStaffVoice) return STAFF_VOICE;
  return thread.starterAlias ?? DELETED_MEMBER;
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
                  <a class="thread-title" href="/forum/traad/${thread.id}">${thread.title}</a
                  >${thread.locked && html` <span class="badge locked">Låst</span>`}
                  <p class="meta">
                    ${starterOf(thread)} · ${countNb(thread.postCount, 'innlegg', 'innlegg')} · siste aktivitet
                    ${activityNb(thread.lastActivityAt)}
                  </p>
                </li>`,
            )}
          </ul>`
    }
    ${
      (olderHref || !isFirstPage) &&
      html`<nav class="pagination" aria-label="Sider">
        <ul class="plain">
          ${!isFirstPage && html`<li><a href="/forum">← Nyeste tråder</a></li>`}
          ${olderHref && html`<li><a href="${olderHref}" rel="next">Eldre tråder →</a></li>`}
        </ul>
      </nav>`
    }`;
}

function postBody(body: string): Html {
  return html`${parsePostBody(body).map((block) => {
    const inlines = block.inlines.map((inline) => {
      if (inline.type === 'break') return html`<br />`;
      if (inline.type === 'link')
        return html`<a href="${inline.href}" rel="nofollow ugc noopener noreferrer">${inline.text}</a>`;
      return inline.text;
    });
    return block.type === 'quote' ? html`<blockquote><p>${inlines}</p></blockquote>` : html`<p>${inlines}</p>`;
  })}`;
}

function postView(post: PostDto): Html {
  const author = post.staffVoice ? STAFF_VOICE : (post.authorAlias ?? DELETED_MEMBER);
  const meta = html`<p class="meta">
    <strong>${author}</strong>${post.articleAuthor ? ' · artikkelens forfatter' : ''} · ${dateNb(post.createdAt)}
  </p>`;
  if (post.status === 'removed') {
    const removal = post.removal;
    return html`<li class="card post removed" id="innlegg-${post.id}">
      ${meta}
      <p>
        Innlegget er fjernet av en
        moderator${
          removal ? ` etter regel ${removal.rule}${removal.ruleTitle ? ` (${removal.ruleTitle})` : ''}` : ''
        }.${removal?.note ? ` ${removal.note}` : ''}
      </p>
    </li>`;
  }
  if (post.status !== 'published' || post.body === null) {
    return html`<li class="card post hidden" id="innlegg-${post.id}">
      ${meta}
      <p>Innlegget venter på en moderator.</p>
    </li>`;
  }
  return html`<li class="card post" id="innlegg-${post.id}">
    ${meta}
    <div class="body">${postBody(post.body)}</div>
  </li>`;
}

export function threadView(thread: ThreadDto, posts: PostDto[], laterHref: string | null, isFirstPage: boolean): Html {
  return html`<p class="meta"><a href="/forum">← Alle tråder</a></p>
    <h1>${thread.title}</h1>
    <p class="meta">
      ${countNb(thread.postCount, 'innlegg', 'innlegg')} · startet
      ${dateNb(thread.createdAt)}${thread.locked && html` · <span class="badge locked">Låst</span>`}
    </p>
    ${!isFirstPage && html`<p><a href="/forum/traad/${thread.id}">← Fra begynnelsen av tråden</a></p>`}
    <ol class="plain" aria-label="Innlegg">
      ${posts.map(postView)}
    </ol>
    ${
      laterHref &&
      html`<nav class="pagination" aria-label="Sider">
        <ul class="plain">
          <li><a href="${laterHref}" rel="next">Flere innlegg →</a></li>
        </ul>
      </nav>`
    }
    ${thread.locked ? html`<p class="notice">Tråden er låst. Det kan ikke skrives flere svar.</p>` : html`<p><a href="/logg-inn">Logg inn for å svare</a></p>`}`;
}

export function modlogView(entries: ModlogEntryDto[], olderHref: string | null, isFirstPage: boolean): Html {
  return html`<h1>Moderasjonslogg</h1>
    <p class="lead">
      Her ser du hvordan moderatorene bruker forumreglene: når et innlegg er fjernet eller gjenopprettet, og etter
      hvilken regel.
    </p>
    <p class="notice">
      Teksten i et fjernet innlegg vises aldri her, og heller ikke hvem som skrev det eller hvem som fjernet det. I
      tråden står regelen og moderatorens begrunnelse der innlegget var.
    </p>
    ${
      entries.length === 0
        ? html`<p>Loggen er tom.</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">Dato</th>
                <th scope="col">Handling</th>
                <th scope="col">Regel</th>
                <th scope="col">Tråd</th>
              </tr>
            </thead>
            <tbody>
              ${entries.map(
                (entry) =>
                  html`<tr>
                    <td>${dateNb(entry.at)}</td>
                    <td>${entry.action === 'removal' ? 'Fjernet' : 'Gjenopprettet'}</td>
                    <td>${entry.rule}${entry.ruleTitle ? `. ${entry.ruleTitle}` : ''}</td>
                    <td>
                      ${entry.threadTitle === null ? 'Slettet tråd' : html`<a href="/forum/traad/${entry.threadId}">${entry.threadTitle}</a>`}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    ${
      (olderHref || !isFirstPage) &&
      html`<nav class="pagination" aria-label="Sider">
        <ul class="plain">
          ${!isFirstPage && html`<li><a href="/moderering-logg">← Nyeste</a></li>`}
          ${olderHref && html`<li><a href="${olderHref}" rel="next">Eldre →</a></li>`}
        </ul>
      </nav>`
    }`;
}
