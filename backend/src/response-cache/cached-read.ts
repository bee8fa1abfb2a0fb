import { applyDecorators, type Type } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { declaredQuery } from '../common/declared-query.guard';
import { CACHED_READ_CACHE_CONTROL } from '../common/security-headers';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on the routes served from the response cache (@CachedRead, cachedRoute). */
    responseCache?: CachedRoute;
  }
}

/** A route whose answers depend on nothing but the request's route, its `variant` and the content sequence. */
export interface CachedRoute {
  /** The request's part of the key, or null when this request is not to be served from the cache. */
  variant(request: FastifyRequest): string | null;
  /** Cache-Control of its answers (and of a 304); default: revalidate every time. */
  cacheControl: string;
  /**
   * For answers that also follow the clock (the phone line's "Åpen nå" on `/` and `/kontakt`): what
   * the answer shows of the moment, at this content sequence, as a short token; null when this
   * request's answer does not depend on it. The token is part of the key and of the ETag, so a
   * stored answer or a 304 is never one from before the line opened or closed.
   */
  moment?(request: FastifyRequest, seq: number): Promise<string | null>;
}

/** Route config for a plain Fastify route (the server-rendered pages). */
export function cachedRoute(
  variant: CachedRoute['variant'],
  cacheControl = CACHED_READ_CACHE_CONTROL,
  moment?: CachedRoute['moment'],
) {
  return { responseCache: { variant, cacheControl, ...(moment && { moment }) } satisfies CachedRoute };
}

/**
 * A public read answered from the response cache (response-cache/): its key is the route, its path
 * parameters and its declared query parameters (the @Query() DTO's, sorted), and the content
 * sequence. Only for answers that depend on published content alone: nothing personal, nothing from
 * the forum, nothing from the clock. A request with an undeclared parameter on /api is not looked up
 * (DeclaredQueryGuard answers it 400); outside /api (feeds) undeclared parameters are ignored.
 */
export function CachedRead(options: { cacheControl?: string } = {}): MethodDecorator {
  return (target, key, descriptor) => {
    let declared: string[] | undefined;
    const route: CachedRoute = {
      cacheControl: options.cacheControl ?? CACHED_READ_CACHE_CONTROL,
      variant: (request) => {
        declared ??= [...declaredQuery(target.constructor as Type, String(key))].sort();
        return requestVariant(request, declared);
      },
    };
    applyDecorators(
      RouteConfig({ responseCache: route }),
      ApiResponse({
        status: 304,
        description: 'Not modified: the ETag sent in If-None-Match is still current (nothing published since)',
      }),
    )(target, key, descriptor);
  };
}

function requestVariant(request: FastifyRequest, declared: readonly string[]): string | null {
  const query = request.query as Record<string, unknown>;
  if (request.url.startsWith('/api/')) {
    for (const name in query) if (!declared.includes(name)) return null;
  }
  let variant = JSON.stringify(request.params ?? {});
  for (const name of declared) {
    if (query[name] !== undefined) variant += `&${name}=${JSON.stringify(query[name])}`;
  }
  return variant;
}
