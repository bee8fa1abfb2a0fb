import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { RequestContext } from '@mikro-orm/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { cachedRoute } from '../response-cache/cached-read';
import { PageDocument } from './page-document';
import { badRequestPage, notFoundPage } from './public-page';
import type { PublicPagesService } from './public-pages.service';
import { robotsTxt, sitemapXml } from './robots-sitemap';

export interface PublicPageHandlers {
  renderPage: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  badUrlPage: () => string;
  cacheVariant: (request: FastifyRequest) => string | null;
  cacheMoment: (request: FastifyRequest, seq: number) => Promise<string | null>;
}

/** A path that names a file (an old hashed asset after a deploy): never a page. */
export const FILE = /\.[a-z0-9]+$/i;

const queryOf = (url: string): string => (url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');

/** Longest path a real page has, with room to spare; anything longer is answered 404 at once. */
const MAX_PATH = 600;

/** Reads that bypass the page renderer: the path as the router sees it, or null when unusable. */
function pathOf(url: string): string | null {
  const raw = url.split('?')[0];
  if (raw.length > MAX_PATH) return null;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  // NUL, control characters, dot segments and backslashes never name a page.
  if (/[\u0000-\u001f\u007f\\]/.test(path) || /(^|\/)\.\.?(\/|$)/.test(path)) return null;
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
}

/**
 * Serves the server-rendered public pages, robots.txt and sitemap.xml. Every page revalidates
 * (`no-cache`) with a weak ETag: content pages and the sitemap come through the response cache
 * (ETag from the content sequence and the release, checked before anything is rendered); forum pages,
 * the pages with the phone status (`/`, `/kontakt`: they change with the clock, see PageSource) and
 * the app's shell get one from their bytes. No cookie is read or set here.
 */
export function registerPublicPages(
  fastify: FastifyInstance,
  deps: { pages: PublicPagesService; orm: MikroORM; config: AppConfig; template: string },
): PublicPageHandlers {
  const document = new PageDocument(deps.template, deps.config.publicUrl);
  const inContext = <T>(work: () => Promise<T>) => RequestContext.create(deps.orm.em, work);

  fastify.get('/robots.txt', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'no-cache').send(robotsTxt(deps.config.publicUrl)),
  );
  // The sitemap lists forum threads when the forum may be indexed: then it is not the content's alone.
  const sitemapCache = deps.config.forumIndexing ? {} : { config: cachedRoute(() => '') };
  fastify.get('/sitemap.xml', sitemapCache, async (_request, reply) => {
    const entries = await inContext(() => deps.pages.sitemapEntries());
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(sitemapXml(deps.config.publicUrl, entries));
  });

  const renderPage = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = pathOf(request.url);
    const query = new URLSearchParams(queryOf(request.url));
    reply.header('cache-control', 'no-cache').header('vary', 'accept-encoding');
    if (path === null) {
      return reply.code(404).type('text/html; charset=utf-8').send(document.render(notFoundPage(), '/'));
    }
    const page = await inContext(() => deps.pages.render(path, query));
    const body = document.render(page, path);
    // Content and clock pages come through the response cache, which sets their ETag from the content
    // sequence (and the phone moment); the others (forum, the shell) are tagged by their bytes.
    const source = deps.pages.sourceOf(path);
    if (page.status === 200 && source !== 'content' && source !== 'clock') {
      const tag = `W/"f${createHashHex(body)}-${document.buildId}"`;
      if (request.headers['if-none-match'] === tag) return reply.code(304).header('etag', tag).send();
      reply.header('etag', tag);
    }
    return reply.code(page.status).type('text/html; charset=utf-8').send(body);
  };
  /**
   * The response cache's key for a page request: the path and the parameters content pages read
   * (the article list's `side` and `tema`), or null for what is not a content page (the forum, app
   * routes, the API, files). Other parameters (campaign tags) are ignored, as the pages ignore them.
   */
  const cacheVariant = (request: FastifyRequest): string | null => {
    const path = pathOf(request.url);
    if (path === null || path === '/api' || path.startsWith('/api/') || FILE.test(path)) return null;
    const source = deps.pages.sourceOf(path);
    if (source !== 'content' && source !== 'clock') return null;
    const query = new URLSearchParams(queryOf(request.url));
    return `${path}?${JSON.stringify([query.get('side'), query.get('tema')])}`;
  };
  /** The response cache's `moment` for a page request: the phone moment on `/` and `/kontakt`. */
  const cacheMoment = (request: FastifyRequest, seq: number): Promise<string | null> => {
    const path = pathOf(request.url);
    return path === null ? Promise.resolve(null) : deps.pages.momentOf(path, seq);
  };
  /** A URL the router could not even decode (broken percent-encoding): a page that says so, 400. */
  const badUrlPage = () => document.render(badRequestPage(), '/');
  return { renderPage, badUrlPage, cacheVariant, cacheMoment };
}

function createHashHex(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
