import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { LIMITS } from '@sexhandel/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { createOrmSetup } from './database/orm-options';
import { validationExceptionFactory } from './common/validation-error';
import { rejectUnsafeText } from './common/unsafe-text.hook';

/** Strict CSP: nothing from any other origin, no inline script, no inline style attributes. */
export function contentSecurityPolicy(): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    manifestSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

// Swagger UI ships an inline <style>; only its own pages get that allowance.
const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Sexhandel API')
    .setDescription('Sync server and API of the Sexhandel prevention service')
    .setVersion('1')
    .addCookieAuth('session')
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controller: string, method: string) => method,
  });
}

export interface CreateAppOptions {
  /** Quiet logs for tests. */
  silent?: boolean;
}

export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const orm = createOrmSetup(config);
  const adapter = new FastifyAdapter({
    bodyLimit: LIMITS.bodyBytes,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    // Fastify's own request logging would include the remote address: pino-http logs instead.
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, orm), adapter, {
    bufferLogs: true,
    logger: options.silent ? false : undefined,
  });
  if (!options.silent) app.useLogger(app.get(Logger));
  else app.useLogger(false);

  app.setGlobalPrefix('api', { exclude: ['feeds/*path', 'k/*path'] });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.enableShutdownHooks();

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy() },
    hsts: config.secure ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  await app.register(fastifyCompress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('preValidation', rejectUnsafeText);
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (request.url.startsWith('/api/docs')) reply.header('content-security-policy', DOCS_CSP);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  await serveFrontend(app, config);
  app.getHttpAdapter().getInstance().addHook('onClose', async () => orm.dispose());
  return app;
}

/**
 * The built PWA is served from the same origin as the API (so CSP can stay 'self'). Hashed
 * assets are cached for a year; index.html, sw.js and the manifest are revalidated every time so
 * an update is found. Any other non-API path gets index.html: every route of the app loads directly.
 */
async function serveFrontend(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const indexFile = join(config.frontendDir, 'index.html');
  if (!existsSync(indexFile)) return;
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
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'No such API route' });
    }
    // A missing file (an old hashed asset after a deploy) must not be answered with the app's HTML.
    if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0])) {
      return reply.code(404).type('text/plain').send('Not found');
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
