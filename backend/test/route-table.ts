import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { TestApp } from './test-app';

/** One route the running app serves through a Nest controller. */
export interface AppRoute {
  method: string;
  /** Full path as a client calls it: /api prefix added, /feeds and /k/ short links left as they are. */
  path: string;
  /** Whether the handler takes a @Body(). */
  takesBody: boolean;
}

const joinPath = (...parts: string[]): string =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter((part) => part.length > 0)
    .join('/')}`;

/** Every route of the running app, read from the controllers' metadata, sorted by path and method. */
export function routeTable(sut: TestApp): AppRoute[] {
  const routes: AppRoute[] = [];
  for (const module of sut.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const base = ([] as string[]).concat(
        (Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined) ?? '',
      );
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (paths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, unknown>;
        const takesBody = Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
        for (const prefix of base) {
          for (const path of ([] as string[]).concat(paths)) {
            const full = joinPath(prefix, path);
            routes.push({
              method,
              path: full.startsWith('/feeds') || full.startsWith('/k/') ? full : joinPath('api', full),
              takesBody,
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}
