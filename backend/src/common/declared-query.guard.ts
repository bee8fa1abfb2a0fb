import type { CanActivate, ExecutionContext, HttpException, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { validationExceptionFactory } from './validation-error';

/**
 * The query parameters a handler declares: the properties of its `@Query()` DTO (or the names of
 * `@Query('name')` parameters). A handler without one declares an empty query.
 */
export function declaredQuery(controller: Type, method: string): ReadonlySet<string> {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? []) as Type[];
  const names = new Set<string>();
  for (const [key, arg] of Object.entries(args)) {
    if (key.split(':')[0] !== String(RouteParamtypes.QUERY)) continue;
    if (typeof arg.data === 'string') names.add(arg.data);
    else
      for (const rule of getMetadataStorage().getTargetValidationMetadatas(types[arg.index], '', true, false))
        names.add(rule.propertyName);
  }
  return names;
}

/**
 * Unknown query parameters answer 400 on every API route, also where a handler takes no query at
 * all (where the validation pipe never looks). Cheap: one set per handler, built at its first
 * request; then a key lookup per parameter. Routes outside /api (feeds, short links) are left alone.
 * The message is the validation pipe's own for a property that should not exist.
 */
export class DeclaredQueryGuard implements CanActivate {
  /** Per handler: its declared parameters, or null outside the API. */
  private readonly declared = new Map<unknown, ReadonlySet<string> | null>();

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const handler = context.getHandler();
    let allowed = this.declared.get(handler);
    if (allowed === undefined) {
      allowed = request.routeOptions.url?.startsWith('/api/') ? declaredQuery(context.getClass(), handler.name) : null;
      this.declared.set(handler, allowed);
    }
    if (allowed === null) return true;
    const refusal = undeclaredQueryError(request.query as Record<string, unknown> | undefined, allowed);
    if (refusal) throw refusal;
    return true;
  }
}

/** The 400 for query parameters outside `allowed` (the validation pipe's own message for each), or null. */
export function undeclaredQueryError(
  query: Record<string, unknown> | undefined,
  allowed: ReadonlySet<string>,
): HttpException | null {
  let unknown: ValidationError[] | undefined;
  for (const key in query) {
    if (allowed.has(key)) continue;
    (unknown ??= []).push({
      property: key,
      value: query[key],
      constraints: { whitelistValidation: `property ${key} should not exist` },
      children: [],
    });
  }
  return unknown ? validationExceptionFactory(unknown) : null;
}
