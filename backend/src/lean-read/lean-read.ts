import type { Type } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on the public reads a request without a session gets answered before Nest's pipeline (@LeanRead). */
    leanRead?: LeanRoute;
  }
}

/** Which controller method a lean read calls. */
export interface LeanRoute {
  controller: Type;
  method: string;
}

/**
 * A hot public read that is not cached (the forum's reads: the forum is never cached), answered for a
 * request without a session cookie straight from a Fastify hook (lean-read.http.ts), before Nest's
 * router, guards and pipes and before the ORM forks a request context. The same checks run in the
 * same order (declared query, the validation pipe, the parameter's own pipes) and the same method is
 * called, so the answer is the one Nest's path gives, byte for byte; a request with a session cookie
 * takes Nest's path (the auth guard renews or clears its cookie).
 *
 * For @Public() GET routes whose parameters are only `@Param`/`@Query` and whose method reads with
 * plain SQL in its repository (no entity manager request context). Checked at start: a route that
 * breaks these rules stops the server with a message. Not with @CachedRead: both are the route's one
 * Fastify config, and a cached read is answered before this anyway.
 */
export function LeanRead(): MethodDecorator {
  return (target, key, descriptor) =>
    RouteConfig({ leanRead: { controller: target.constructor as Type, method: String(key) } satisfies LeanRoute })(
      target,
      key,
      descriptor,
    );
}
