import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@sexhandel/shared';
import type { Actor, RequestWithActor } from './actor';

export const PUBLIC_ROUTE = 'sexhandel:public';
export const REQUIRED_ROLES = 'sexhandel:roles';

/** Open to everyone, session or not. Without this (or @Roles) the guard denies. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Needs a session with at least one of these roles. `member` means any signed-in account. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The signed-in actor, or null on a public route without a session. */
export const CurrentActor = createParamDecorator(currentActor);

/** CurrentActor's factory, exported so the OpenAPI document can tell which public routes read the session. */
export function currentActor(_data: unknown, context: ExecutionContext): Actor | null {
  const request = context.switchToHttp().getRequest<RequestWithActor>();
  return request.actor ?? null;
}
