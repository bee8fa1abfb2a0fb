import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** Strict CSP: nothing from any other origin, no inline script, no inline style attributes. */
export function contentSecurityPolicy(): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    manifestSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

// Swagger UI ships an inline <style>; only its own pages get that allowance.
const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Helmet's settings for this service: HSTS only when it is served over https. */
export function helmetOptions(secure: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy() },
    hsts: secure ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  };
}

/**
 * The headers helmet sets with these settings, computed once: none of them depends on the request,
 * so building helmet and parsing the CSP again for every response (what @fastify/helmet does) is
 * waste. Helmet itself computes them, so the set stays exactly helmet's.
 */
export function securityHeaders(secure: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value;
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(helmetOptions(secure))({} as never, collector as never, () => undefined);
  return headers;
}

/** Cache-Control of a public read served from the response cache: stored, but revalidated every time (ETag). */
export const CACHED_READ_CACHE_CONTROL = 'no-cache';

/**
 * Every response gets the security headers; API answers are never stored by a cache; the API's
 * documentation pages get the one CSP that lets Swagger UI's inline style through. One synchronous
 * hook with headers built at start. The benchmark's fair peer registers this same hook.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, secure: boolean): void {
  const all = securityHeaders(secure);
  const api = { ...all, 'cache-control': 'no-store' };
  const docs = { ...api, 'content-security-policy': DOCS_CSP };
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const url = request.url;
    reply.headers(url.startsWith('/api/') ? (url.startsWith('/api/docs') ? docs : api) : all);
    done();
  });
}
