import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { LIMITS } from '@sexhandel/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppModule } from './app.module';
import { SessionResolver } from './accounts/session-resolver';
import type { AppConfig } from './config/app-config';
import { createOrmSetup } from './database/orm-options';
import { apiValidationPipe } from './common/api-validation-pipe';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { apiErrorBody } from './common/api-error';
import { registerJsonBodyParser } from './common/json-body.parser';
import { rejectUnsafeText } from './common/unsafe-text.hook';
import { COMPRESSION_OPTIONS } from './common/compression';
import { DeclaredQueryGuard } from './common/declared-query.guard';
import { registerSecurityHeaders, securityHeaders } from './common/security-headers';
import { registerLeanReads } from './lean-read/lean-read.http';
import { registerAccessLog } from './logging/access-log';
import { AppLogger, createRootLogger } from './logging/app-logger';
import { completeOpenApiDocument } from './openapi/openapi-contract';
import { FILE, registerPublicPages, type PublicPageHandlers } from './public-pages/public-pages.http';
import { PublicPagesService } from './public-pages/public-pages.service';
import { cachedRoute } from './response-cache/cached-read';
import { ResponseCache } from './response-cache/response-cache';
import { registerResponseCache } from './response-cache/response-cache.http';

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Sexhandel API')
    .setDescription('Sync server and API of the Sexhandel prevention service')
    .setVersion('1')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controller: string, method: string) => method,
  });
  return completeOpenApiDocument(document, app);
}

export interface CreateAppOptions {
  /** Quiet logs for tests. */
  silent?: boolean;
}

export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const orm = await createOrmSetup(config);
  const headers = securityHeaders(config.secure);
  // Set once the pages are registered (serveFrontend); until then a bad URL gets the JSON answer.
  const pages: { badUrlPage: (() => string) | null } = { badUrlPage: null };
  const adapter = new FastifyAdapter({
    bodyLimit: LIMITS.bodyBytes,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    // Fastify's own request logging would include the remote address: registerAccessLog logs instead.
    logger: false,
    // A URL Fastify cannot decode never reaches a route or a hook: answer it here, in the same shape.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => {
      reply.headers(headers).code(400);
      if (pages.badUrlPage && !request.url.startsWith('/api')) {
        void reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(pages.badUrlPage());
        return;
      }
      void reply.header('cache-control', 'no-store').send(apiErrorBody(400, 'validation', error.message));
    },
  });
  const logger = createRootLogger(options.silent ? 'silent' : config.logLevel);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, orm), adapter, {
    // Only JSON bodies, through registerJsonBodyParser (no urlencoded parser).
    bodyParser: false,
    logger: options.silent ? false : new AppLogger(logger),
  });

  app.setGlobalPrefix('api', { exclude: ['feeds/*path', 'k/*path'] });
  const validationPipe = apiValidationPipe();
  app.useGlobalPipes(validationPipe);
  // Every API route's query is what its @Query() DTO declares (none without one): others answer 400.
  app.useGlobalGuards(new DeclaredQueryGuard());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();

  await app.register(fastifyCookie);
  await app.register(fastifyCompress, COMPRESSION_OPTIONS);

  const fastify = app.getHttpAdapter().getInstance();
  registerJsonBodyParser(fastify);
  // Per request only what depends on the request: headers built once, one log line at the end.
  registerSecurityHeaders(fastify, config.secure);
  // After the security headers (a cached read revalidates instead of no-store) and compression.
  registerResponseCache(fastify, app.get(ResponseCache));
  const sessions = app.get(SessionResolver);
  registerLeanReads(fastify, {
    resolve: (type) => app.get(type),
    validationPipe,
    hasSession: (request) => sessions.sessionCookie(request) !== undefined,
  });
  // An entity-manager fork per request, for what the hooks above did not answer (Nest's middleware
  // would run before them: a fork and its identity map for every cached or lean answer too).
  const entityManager = app.get(MikroORM).em;
  fastify.addHook('onRequest', (_request, _reply, done) => RequestContext.create(entityManager, done));
  registerAccessLog(fastify, logger);
  fastify.addHook('preValidation', rejectUnsafeText);

  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  pages.badUrlPage = (await serveFrontend(app, config))?.badUrlPage ?? null;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onClose', async () => orm.dispose());
  return app;
}

/**
 * The built PWA is served from the same origin as the API (so CSP can stay 'self'). Hashed
 * assets are cached for a year; sw.js and the manifest are revalidated every time so an update is
 * found. Every other path is a page: the public ones are rendered on the server into the app's
 * index.html (public-pages/), the app's own routes get its shell, unknown paths a real 404.
 */
async function serveFrontend(app: NestFastifyApplication, config: AppConfig): Promise<PublicPageHandlers | null> {
  const indexFile = join(config.frontendDir, 'index.html');
  if (!existsSync(indexFile)) return null;
  await app.register(fastifyStatic, {
    root: config.frontendDir,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      if (/[/\\]assets[/\\]/.test(path)) res.header('cache-control', 'public, max-age=31536000, immutable');
      else res.header('cache-control', 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  const handlers = registerPublicPages(fastify, {
    pages: app.get(PublicPagesService),
    orm: app.get(MikroORM),
    config,
    template: readFileSync(indexFile, 'utf8'),
  });
  // Content pages are answered from the response cache (handlers.cacheVariant says which requests are).
  fastify.get(
    '/*',
    { config: cachedRoute(handlers.cacheVariant, undefined, handlers.cacheMoment) },
    (request: FastifyRequest, reply: FastifyReply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') {
        return reply.code(404).send(apiErrorBody(404, 'route_not_found', 'No such API route.'));
      }
      // A missing file (an old hashed asset after a deploy) must not be answered with the app's HTML.
      if (FILE.test(request.url.split('?')[0])) {
        return reply.code(404).type('text/plain').send('Not found');
      }
      return handlers.renderPage(request, reply);
    },
  );
  return handlers;
}
