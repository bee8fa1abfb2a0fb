import { RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import {
  DECORATORS,
  type OpenAPIObject,
  type OperationObject,
  type ReferenceObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { CSRF_HEADER, LIMITS, SESSION_COOKIE, type Role } from '@sexhandel/shared';
import { PUBLIC_ROUTE, REQUIRED_ROLES, currentActor } from '../accounts/auth.decorators';

/**
 * Completes the document @nestjs/swagger builds from the decorators with what the decorators do not
 * say on their own, read from the same metadata the app runs on, so it cannot be forgotten per route:
 * security (session cookie, CSRF header) from the AuthGuard's @Public/@Roles, the error answers each
 * route can give (all with the one `ApiError` body), global tags, a description per operation, a
 * relative server, and nullable schemas written the way OpenAPI 3.0 means them.
 */
export function completeOpenApiDocument(document: OpenAPIObject, app: INestApplication): OpenAPIObject {
  const routes = routeFacts(app);
  document.servers = [{ url: '/', description: 'The origin this document is served from' }];
  document.components ??= {};
  document.components.securitySchemes = {
    [SESSION_SCHEME]: {
      type: 'apiKey',
      in: 'cookie',
      name: SESSION_COOKIE,
      description: 'HttpOnly session cookie set by register and login',
    },
    [CSRF_SCHEME]: {
      type: 'apiKey',
      in: 'header',
      name: CSRF_HEADER_NAME,
      description:
        'Repeats the readable `csrf` cookie; required on every POST, PUT, PATCH and DELETE made with a session',
    },
  };
  // The shared list of error codes (shared/src/errors.ts), once a DTO publishes it as `ErrorCode`.
  const errorCode = document.components.schemas?.ErrorCode ? ERROR_CODE_REF : undefined;
  document.components.schemas = {
    ...document.components.schemas,
    ApiError: withErrorCode(API_ERROR_SCHEMA, errorCode),
    ApiErrorField: withErrorCode(API_ERROR_FIELD_SCHEMA, errorCode),
  };

  const usedTags = new Set<string>();
  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const facts = routes.get(operation.operationId ?? '');
      if (!facts) throw new Error(`OpenAPI: no controller method found for operation ${operation.operationId}`);
      completeOperation(operation, facts, path.startsWith('/api/'));
      for (const tag of operation.tags ?? []) usedTags.add(tag);
    }
  }
  const unknownTags = [...usedTags].filter((tag) => !(tag in TAG_DESCRIPTIONS));
  if (unknownTags.length)
    throw new Error(`OpenAPI: describe these tags in TAG_DESCRIPTIONS: ${unknownTags.join(', ')}`);
  document.tags = [...usedTags].sort().map((name) => ({ name, description: TAG_DESCRIPTIONS[name] }));

  const schemas = document.components.schemas;
  for (const schema of Object.values(schemas)) normalizeNullable(schema, schemas);
  for (const pathItem of Object.values(document.paths)) normalizeNullable(pathItem, schemas);
  return document;
}

export const SESSION_SCHEME = 'session';
export const CSRF_SCHEME = 'csrf';
/** CSRF_HEADER as clients spell it (header names are case-insensitive). */
const CSRF_HEADER_NAME = 'X-CSRF-Token';
if (CSRF_HEADER_NAME.toLowerCase() !== CSRF_HEADER) throw new Error('CSRF_HEADER_NAME must match CSRF_HEADER');

/** The one error body of the API: `{ statusCode, error, message, code, fields?, retryAt? }`. */
const API_ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'Every 4xx and 5xx answer of the API',
  required: ['statusCode', 'error', 'message', 'code'],
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status again' },
    error: { type: 'string', description: 'The HTTP reason phrase, e.g. "Bad Request"' },
    message: {
      type: 'string',
      description: 'A sentence in English for logs and developers; the app shows its own text per code',
    },
    code: { type: 'string', description: 'Stable machine-readable reason, e.g. `validation`, `not_found`, `csrf`' },
    fields: {
      type: 'array',
      description: 'Per input field, what is wrong with it (validation errors)',
      items: { $ref: '#/components/schemas/ApiErrorField' },
    },
    retryAt: { type: 'string', format: 'date-time', description: 'When a rate limit or lock ends' },
  },
};

const API_ERROR_FIELD_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['field', 'code'],
  properties: {
    field: { type: 'string', description: 'Path of the field in the input, e.g. `body` or `questions.0.text`' },
    code: { type: 'string', description: 'What is wrong with it, e.g. `required`, `too_long`' },
  },
};

const ERROR_CODE_REF: SchemaObject = { allOf: [{ $ref: '#/components/schemas/ErrorCode' }] };

function withErrorCode(schema: SchemaObject, errorCode: SchemaObject | undefined): SchemaObject {
  if (!errorCode) return schema;
  const code = schema.properties?.code as SchemaObject;
  return { ...schema, properties: { ...schema.properties, code: { ...errorCode, description: code.description } } };
}

const TAG_DESCRIPTIONS: Record<string, string> = {
  account: "The signed-in member's own data: export, erasure, research consent",
  auth: 'Accounts and sessions: register, log in and out, password',
  campaigns: 'Campaign short links, QR codes and printable cards',
  contact: 'Anonymous conversations with a counsellor, from the person writing',
  'contact (counsellors)': "The counsellors' inbox and answers",
  content: 'Published pages, articles, resources, news links, forum rules and the start page',
  editor: 'Writing and publishing content',
  feeds: 'Atom feeds of articles and news',
  forum: 'Threads, posts and member pages (posts are written through sync push)',
  health: 'Liveness and readiness',
  insight: 'Counts for admins and the research export',
  moderation: 'Flags, removals, the moderation log and the audit log',
  phone: 'The phone line and its opening hours',
  'questions and answers': 'Anonymised questions and answers, published with the writer’s consent',
  search: 'Full-text search',
  survey: 'User surveys and their results',
  sync: 'Offline-first sync: pull published changes, push queued mutations',
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const MUTATING = new Set<string>(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What the running app's metadata says about one controller method. */
interface RouteFacts {
  method: string;
  public: boolean;
  roles: Role[];
  /** @Body(), or a @Query() / @Param() that the ValidationPipe or another pipe checks. */
  validatesInput: boolean;
  /** Takes @CurrentActor(): a public route that answers differently with a session. */
  readsActor: boolean;
  takesBody: boolean;
  hasPathParams: boolean;
  /** The status a normal return answers with (@HttpCode, else 201 for POST, 200 otherwise). */
  status: number;
  /** Takes @Res() without passthrough: the handler sends the answer itself, any status. */
  sendsItself: boolean;
  /** @ApiProduces media types. */
  produces: string[];
}

/** Route facts keyed by handler name (= operationId, unique across the API). */
function routeFacts(app: INestApplication): Map<string, RouteFacts> {
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (path === undefined) continue;
        if (facts.has(name))
          throw new Error(`OpenAPI: handler name ${name} is used twice; operationIds must be unique`);
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        facts.set(name, {
          method,
          status:
            (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (method === 'POST' ? 201 : 200),
          produces: metadata<string[]>(DECORATORS.API_PRODUCES, handler, controller) ?? [],
          public: metadata<boolean>(PUBLIC_ROUTE, handler, controller) === true,
          roles: metadata<Role[]>(REQUIRED_ROLES, handler, controller) ?? [],
          ...argumentFacts(controller, name),
          hasPathParams: ([] as string[]).concat(path).some((part) => part.includes(':')),
        });
      }
    }
  }
  return facts;
}

/** Handler first, then controller: the same precedence as the guard's `getAllAndOverride`. */
function metadata<T>(key: string, handler: unknown, controller: Type): T | undefined {
  return (Reflect.getMetadata(key, handler as object) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T);
}

interface ArgumentMetadata {
  index: number;
  pipes?: unknown[];
  factory?: unknown;
  data?: unknown;
}

function argumentFacts(
  controller: Type,
  name: string,
): Pick<RouteFacts, 'validatesInput' | 'takesBody' | 'readsActor' | 'sendsItself'> {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, ArgumentMetadata>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, name) ?? []) as unknown[];
  const isDto = (index: number) => {
    const type = types[index];
    return typeof type === 'function' && ![String, Number, Boolean, Object, Array].includes(type as never);
  };
  let takesBody = false;
  let validatesInput = false;
  let readsActor = false;
  let sendsItself = false;
  for (const [key, arg] of Object.entries(args)) {
    if (Number(key.split(':')[0]) === Number(RouteParamtypes.RESPONSE)) {
      sendsItself = (arg.data as { passthrough?: boolean } | undefined)?.passthrough !== true;
    }
    if (arg.factory === currentActor) readsActor = true;
    const kind = Number(key.split(':')[0]);
    if (kind === Number(RouteParamtypes.BODY)) takesBody = validatesInput = true;
    if (kind === Number(RouteParamtypes.QUERY) || kind === Number(RouteParamtypes.PARAM)) {
      if (isDto(arg.index) || (arg.pipes?.length ?? 0) > 0) validatesInput = true;
    }
  }
  return { takesBody, validatesInput, readsActor, sendsItself };
}

const DEFAULT_ERROR_DESCRIPTIONS: Record<string, string> = {
  '400': 'The input is not valid; `fields` names what is wrong',
  '401': 'Not signed in, or the session has ended',
  '403': 'Not allowed for this account, or the X-CSRF-Token header is missing or wrong',
  '404': 'Not found',
  '409': 'Conflicts with the current state',
  '413': `The request body is larger than ${LIMITS.bodyBytes} bytes`,
  '415': 'The body is not JSON (send Content-Type: application/json)',
  '429': 'Too many requests; `retryAt` says when to try again',
  '500': 'Unexpected server error; nothing was changed',
  '503':
    'The database is busy (deadlock, serialisation failure) or briefly out of reach; nothing was changed. Send the same request again after the `Retry-After` seconds',
};

function completeOperation(operation: OperationObject, facts: RouteFacts, checksQuery: boolean): void {
  const mutating = MUTATING.has(facts.method);
  const signedIn: Record<string, string[]> = { [SESSION_SCHEME]: [] };
  if (mutating) signedIn[CSRF_SCHEME] = [];
  // A public route may be called with a session: the guard then checks CSRF on writes, and a handler
  // that reads the actor answers for that account. Otherwise a public route needs nothing.
  if (!facts.public) operation.security = [signedIn];
  else operation.security = mutating || facts.readsActor ? [{}, signedIn] : [];

  // Any route that reaches the database may meet a transient failure of it (code `unavailable`).
  const statuses = new Set<string>(['500', '503']);
  // DeclaredQueryGuard answers 400 on any API route for a query parameter its DTO does not declare.
  if (facts.validatesInput || checksQuery) statuses.add('400');
  if (!facts.public) statuses.add('401');
  // 403: a role the account lacks ('member' is any account), or a write whose CSRF token is wrong.
  if (mutating || (!facts.public && !facts.roles.includes('member'))) statuses.add('403');
  if (facts.hasPathParams) statuses.add('404');
  if (facts.takesBody) statuses.add('413').add('415');
  const responses = operation.responses as Record<string, ResponseObject | ReferenceObject>;
  const successes = Object.keys(responses).filter((status) => Number(status) < 400);
  if (!facts.sendsItself && !successes.includes(String(facts.status))) {
    throw new Error(
      `OpenAPI: ${operation.operationId} answers ${facts.status} but documents ${successes.join(', ')}` +
        ' (use @HttpCode or the matching @ApiXxxResponse)',
    );
  }
  for (const status of successes) {
    const response = responses[status];
    // 204 and redirects carry no body.
    if ('$ref' in response || response.content || status === '204' || Number(status) >= 300) continue;
    if (facts.produces.length === 0) continue;
    response.content = Object.fromEntries(facts.produces.map((media) => [media, { schema: mediaSchema(media) }]));
  }
  for (const status of statuses) responses[status] ??= { description: DEFAULT_ERROR_DESCRIPTIONS[status] };
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) < 400 || '$ref' in response) continue;
    if (!response.description) response.description = DEFAULT_ERROR_DESCRIPTIONS[status] ?? 'Error';
    response.content ??= { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } };
  }
  operation.responses = Object.fromEntries(
    Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)),
  ) as OperationObject['responses'];

  if (!operation.description) operation.description = `${sentence(operation.summary ?? '')} ${access(facts)}`;
}

/** The body of a non-JSON answer: text, or bytes for images and PDF. */
function mediaSchema(media: string): SchemaObject {
  if (media.startsWith('text/') || media.endsWith('+xml') || media === 'application/x-ndjson')
    return { type: 'string' };
  if (media === 'application/json') return {};
  return { type: 'string', format: 'binary' };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function access(facts: RouteFacts): string {
  const csrf = MUTATING.has(facts.method) ? ' Send X-CSRF-Token.' : '';
  if (facts.public) return `Open to everyone.${csrf ? ' With a session, send X-CSRF-Token.' : ''}`;
  if (facts.roles.includes('member')) return `Needs a signed-in account.${csrf}`;
  return `Needs the role ${facts.roles.join(' or ')} (admin passes).${csrf}`;
}

type Schemas = Record<string, SchemaObject | ReferenceObject>;

/**
 * OpenAPI 3.0 (as clarified in 3.0.4) applies `nullable` only beside a `type`, and an `enum` must list
 * null to allow it. @nestjs/swagger writes `nullable` beside `allOf: [$ref]` and leaves null out of
 * nullable enums; rewrite both so validators (Ajv, generated clients) read what the API answers.
 */
function normalizeNullable(node: unknown, schemas: Schemas): void {
  if (Array.isArray(node)) {
    for (const item of node) normalizeNullable(item, schemas);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as SchemaObject & Record<string, unknown>;
  if (schema.nullable === true) {
    const ref = schema.allOf?.length === 1 && '$ref' in schema.allOf[0] ? schema.allOf[0].$ref : undefined;
    if (ref) {
      const target = schemas[ref.replace('#/components/schemas/', '')] as SchemaObject | undefined;
      delete schema.allOf;
      delete schema.nullable;
      delete schema.type;
      schema.anyOf = [{ $ref: ref }, { type: target?.type ?? 'object', nullable: true, enum: [null] }];
    } else if (Array.isArray(schema.enum) && !schema.enum.includes(null)) {
      schema.enum = [...(schema.enum as unknown[]), null];
    }
  }
  for (const value of Object.values(schema)) normalizeNullable(value, schemas);
}
