import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { Logger } from 'pino';

/**
 * One access-log line per answered request, written when the response has gone out: request id,
 * method, path and status, and the time taken. Never the IP address, the user agent, other headers
 * or the query string (a query could carry a search a person would not want kept). Written from one
 * `onResponse` hook: no child logger and no async context per request. The benchmark's fair peer
 * registers this same hook.
 */
export function registerAccessLog(fastify: FastifyInstance, logger: Logger): void {
  if (!logger.isLevelEnabled('info')) return;
  fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const url = request.url;
    const query = url.indexOf('?');
    logger.info(
      {
        req: { id: request.id, method: request.method, path: query === -1 ? url : url.slice(0, query) },
        res: { statusCode: reply.statusCode },
        responseTime: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
    done();
  });
}
