import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@sexhandel/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, RequestWithActor } from './actor';
import { authErrors } from './auth-errors';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './auth.decorators';
import { SessionResolver } from './session-resolver';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** 'admin' passes every role check; 'member' is any signed-in account. */
export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  if (actor.roles.includes('admin') || roles.includes('member')) return true;
  return roles.some((role) => actor.roles.includes(role));
}

/**
 * Global guard: attaches the actor, enforces CSRF on writes that carry a session, then decides
 * deny-by-default: @Public() opens a route, @Roles(...) opens it to those roles, anything else is
 * refused, so a new route without a decision is closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & RequestWithActor>();
    const reply = http.getResponse<FastifyReply>();

    const token = this.sessions.sessionCookie(request);
    const session = await this.sessions.resolveToken(token);
    request.actor = session?.actor ?? null;
    if (session && token && session.renewed) {
      this.sessions.writeSessionCookies(reply, token, session.tokenHash, session.expiresAt);
    } else if (!session && token) {
      this.sessions.clearSessionCookies(reply);
    }

    if (
      session &&
      MUTATING.has(request.method) &&
      !this.sessions.isCsrfValid(session, this.sessions.csrfHeader(request))
    ) {
      throw authErrors.csrf();
    }

    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (!roles || roles.length === 0) throw authErrors.routeClosed();
    if (!request.actor) throw authErrors.unauthenticated();
    if (!hasAnyRole(request.actor, roles)) throw authErrors.forbidden();
    return true;
  }
}
