import type { ArgumentMetadata, PipeTransform, Type } from '@nestjs/common';
import {
  GUARDS_METADATA,
  HEADERS_METADATA,
  HTTP_CODE_METADATA,
  INTERCEPTORS_METADATA,
  PIPES_METADATA,
  REDIRECT_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction, RouteOptions } from 'fastify';
import { PUBLIC_ROUTE } from '../accounts/auth.decorators';
import { sendApiError } from '../common/api-exception.filter';
import { declaredQuery, undeclaredQueryError } from '../common/declared-query.guard';
import type { LeanRoute } from './lean-read';

export interface LeanReadOptions {
  /** The controller instance (Nest's own, resolved at the route's first request). */
  resolve<T>(type: Type<T>): T;
  /** The global validation pipe Nest runs on every parameter first. */
  validationPipe: PipeTransform;
  /** Whether the request carries a session cookie (then Nest's path answers it). */
  hasSession(request: FastifyRequest): boolean;
}

/** One parameter of the method: where its value comes from and the pipes it passes, in Nest's order. */
interface LeanArgument {
  index: number;
  source: 'query' | 'param';
  data: string | undefined;
  metadata: ArgumentMetadata;
  pipes: PipeTransform[];
}

interface LeanPlan {
  route: LeanRoute;
  /** The query parameters the method declares (others answer 400, as DeclaredQueryGuard does). */
  declared: ReadonlySet<string>;
  args: LeanArgument[];
  instance?: Record<string, (...args: unknown[]) => unknown>;
}

const plans = new WeakMap<LeanRoute, LeanPlan>();

/**
 * Answers @LeanRead routes for requests without a session from an `onRequest` hook. Registered in
 * app.factory.ts before the ORM's request-context hook and before Nest registers its routes, so an
 * answer here skips both; Fastify's other hooks (security headers, compression, the access log) run
 * as for any answer.
 */
export function registerLeanReads(fastify: FastifyInstance, options: LeanReadOptions): void {
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const lean = route.config?.leanRead;
    // Fastify adds a HEAD route beside each GET with the same config: Nest's path answers HEAD.
    if (lean && route.method !== 'HEAD' && !plans.has(lean))
      plans.set(lean, planOf(lean, route, options.validationPipe));
  });

  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const lean = request.method === 'GET' ? request.routeOptions.config.leanRead : undefined;
    const plan = lean && plans.get(lean);
    if (!plan || options.hasSession(request)) return done();
    // Answered here: the hook chain ends without done().
    answer(plan, request, options).then(
      (result) => reply.send(result),
      (error: unknown) => sendApiError(reply, error),
    );
  });
}

async function answer(plan: LeanPlan, request: FastifyRequest, options: LeanReadOptions): Promise<unknown> {
  const query = request.query as Record<string, unknown>;
  const refusal = undeclaredQueryError(query, plan.declared);
  if (refusal) throw refusal;
  const params = request.params as Record<string, unknown>;
  const values: unknown[] = [];
  for (const arg of plan.args) {
    const source = arg.source === 'query' ? query : params;
    let value: unknown = arg.data === undefined ? source : source[arg.data];
    for (const pipe of arg.pipes) value = await pipe.transform(value, arg.metadata);
    values[arg.index] = value;
  }
  const instance = (plan.instance ??= options.resolve(plan.route.controller) as NonNullable<LeanPlan['instance']>);
  return instance[plan.route.method](...values);
}

/** Reads the method's parameters and checks that answering it here changes nothing; throws at start if not. */
function planOf(route: LeanRoute, options: RouteOptions, validationPipe: PipeTransform): LeanPlan {
  const { controller, method } = route;
  const handler = controller.prototype[method] as object;
  const where = `@LeanRead ${controller.name}.${method}`;
  const refuse = (why: string) => new Error(`${where}: ${why}`);
  if (options.method !== 'GET' && !(Array.isArray(options.method) && options.method.includes('GET')))
    throw refuse('only GET routes can be lean reads');
  if (!options.url.startsWith('/api/')) throw refuse('only API routes can be lean reads');
  if (!(Reflect.getMetadata(PUBLIC_ROUTE, handler) ?? Reflect.getMetadata(PUBLIC_ROUTE, controller)))
    throw refuse('the route must be @Public() (its answer is the same for everyone)');
  for (const key of [GUARDS_METADATA, INTERCEPTORS_METADATA, PIPES_METADATA, HEADERS_METADATA, REDIRECT_METADATA]) {
    if (Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller))
      throw refuse(`its own ${key.replace(/_/g, '')} would be skipped`);
  }
  const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
  if (code !== undefined && code !== 200) throw refuse('a lean read answers 200');

  const metadata = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
    string,
    { index: number; data?: unknown; pipes?: (PipeTransform | Type<PipeTransform>)[] }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? []) as Type[];
  const args = Object.entries(metadata).map(([key, arg]): LeanArgument => {
    const paramtype = Number(key.split(':')[0]);
    if (paramtype !== RouteParamtypes.QUERY && paramtype !== RouteParamtypes.PARAM)
      throw refuse('its parameters may only be @Param() and @Query()');
    const source = paramtype === RouteParamtypes.QUERY ? 'query' : 'param';
    const data = typeof arg.data === 'string' ? arg.data : undefined;
    const own = (arg.pipes ?? []).map((pipe) => (typeof pipe === 'function' ? new pipe() : pipe));
    return {
      index: arg.index,
      source,
      data,
      metadata: { type: source, metatype: types[arg.index], data },
      pipes: [validationPipe, ...own],
    };
  });
  if (args.length !== types.length) throw refuse('every parameter must be @Param() or @Query()');
  return { route, declared: declaredQuery(controller, method), args: args.sort((a, b) => a.index - b.index) };
}
