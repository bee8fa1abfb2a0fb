import type { Role } from '@sexhandel/shared';

/** The signed-in person behind a request, resolved from the session cookie. */
export interface Actor {
  accountId: string;
  alias: string;
  roles: Role[];
  sessionId: string;
}

/** Fastify request with the actor the session guard attached (null when anonymous). */
export interface RequestWithActor {
  actor?: Actor | null;
}
