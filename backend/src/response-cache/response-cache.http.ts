import { pipeline, Transform, type Readable } from 'node:stream';
import negotiate from '@fastify/accept-negotiator';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  HookHandlerDoneFunction,
  onSendHookHandler,
  RouteOptions,
} from 'fastify';
import { COMPRESSION_OPTIONS } from '../common/compression';
import type { CachedRoute } from './cached-read';
import type { ResponseCache } from './response-cache';

/** A cache miss on its way through the handler: where its answer goes once it is compressed. */
interface Pending {
  key: string;
  seq: number;
  encoding: string;
}

const pending = new WeakMap<FastifyRequest, Pending>();
const ENCODINGS = COMPRESSION_OPTIONS.encodings ?? ['br', 'gzip'];
/** Headers never stored: recomputed for every answer, or personal. */
const NOT_STORED = new Set(['content-length', 'date', 'set-cookie', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * Serves the routes marked @CachedRead (or `cachedRoute` config) from the response cache. For each
 * GET of such a route: read the current content sequence, set the ETag (sequence + release), answer
 * 304 when If-None-Match names it, else send the stored bytes for the encoding the compression plugin
 * would pick for this request, without running the handler. A miss runs the handler as usual; its 200
 * answer is stored after compression, so a hit costs no serialising and no compression. Registered
 * after the security headers (it replaces the API's `no-store`) and after @fastify/compress (its
 * `onSend` must run after the plugin's).
 */
export function registerResponseCache(fastify: FastifyInstance, cache: ResponseCache): void {
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const options = request.method === 'GET' ? request.routeOptions : undefined;
    const route = options?.config.responseCache;
    const variant = route?.variant(request);
    if (!options || !route || variant === null || variant === undefined) return done();
    const routeKey = `${options.url}|${variant}`;
    // When answered here, the hook chain ends: done() only for a miss.
    answer(cache, route, routeKey, request, reply).then((answered) => answered || done(), done);
  });

  fastify.addHook('onRoute', (route: RouteOptions) => {
    if (!route.config?.responseCache) return;
    route.onSend = [...[route.onSend ?? []].flat(), storeAnswer(cache)];
  });
}

/** 304, or the stored bytes, or nothing (false: a miss, noted for storeAnswer). */
async function answer(
  cache: ResponseCache,
  route: CachedRoute,
  routeKey: string,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<boolean> {
  const current = await cache.current();
  const seq = current.seq;
  const moment = route.moment ? await route.moment(request, seq) : null;
  const etag = moment === null ? current.etag : current.etag.replace(/"$/, `-m${moment}"`);
  reply.header('etag', etag).header('cache-control', route.cacheControl).header('vary', 'accept-encoding');
  if (matchesEtag(request.headers['if-none-match'], etag)) {
    reply.code(304).send();
    return true;
  }
  const encoding = encodingOf(request);
  if (encoding === null) return false;
  const key = `${seq}|${encoding}|${routeKey}${moment === null ? '' : `|${moment}`}`;
  const stored = cache.store.get(key);
  if (stored) {
    reply.headers(stored.headers).send(stored.body);
    return true;
  }
  pending.set(request, { key, seq, encoding });
  return false;
}

/** The route-level onSend that runs after compression's: keeps a 200 answer as it goes out. */
function storeAnswer(cache: ResponseCache): onSendHookHandler {
  return (request, reply, payload, done) => {
    const miss = pending.get(request);
    if (!miss) return done(null, payload);
    pending.delete(request);
    if (reply.statusCode !== 200) {
      // Only a 200 is the resource: an error answer keeps no ETag and is never stored.
      reply.removeHeader('etag');
      reply.header('cache-control', request.url.startsWith('/api/') ? 'no-store' : 'no-cache');
      return done(null, payload);
    }
    const encoding = String(reply.getHeader('content-encoding') ?? 'identity');
    // Compressed, or too small to compress: either is what every request of this encoding gets.
    if (reply.hasHeader('set-cookie') || (encoding !== miss.encoding && encoding !== 'identity')) {
      return done(null, payload);
    }
    const keep = (body: Buffer) => cache.store.set(miss.key, { seq: miss.seq, body, headers: storedHeaders(reply) });
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
      const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
      keep(body);
      return done(null, body);
    }
    if (payload && typeof (payload as Readable).pipe === 'function') {
      // pipeline, not pipe: an error in the compression stream must end the answer too.
      return done(
        null,
        pipeline(payload as Readable, collect(cache.store.maxBytes / 4, keep), () => undefined),
      );
    }
    done(null, payload);
  };
}

/** Passes a compressed stream through and keeps its bytes when it ends, unless it grew too large. */
function collect(limit: number, keep: (body: Buffer) => void): Transform {
  const chunks: Buffer[] = [];
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, next) {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      next(null, chunk);
    },
    flush(next) {
      if (size <= limit) keep(Buffer.concat(chunks));
      next();
    },
  });
}

function storedHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined && !NOT_STORED.has(name)) headers[name] = String(value);
  }
  return headers;
}

/**
 * The encoding @fastify/compress will answer this request in, by the same negotiation: br, gzip or
 * identity; null when the request asks for no compression at all (not served from the cache).
 */
function encodingOf(request: FastifyRequest): string | null {
  if (request.headers['x-no-compression'] !== undefined) return null;
  const header = request.headers['accept-encoding'];
  if (header === undefined) return 'identity';
  return negotiate(header.toLowerCase().replace(/\*|x-gzip/gu, 'gzip'), ENCODINGS) ?? 'identity';
}

/** If-None-Match names this ETag (weak comparison), or is `*`. Anything else, garbage included, is no match. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const part of header.split(',')) {
    const tag = part.trim();
    if (tag === '*' || tag === opaque || tag === `W/${opaque}`) return true;
  }
  return false;
}
