import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

/**
 * Request logs carry method, path and status only: no IP address, no user agent, no headers,
 * no query string (a query could carry a search a person would not want kept).
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    // Named wildcard: nestjs-pino's default '*' makes Nest 11 warn at every start ("Unsupported route path").
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string }) => ({
          id: req.id,
          method: req.method,
          path: typeof req.url === 'string' ? req.url.split('?')[0] : undefined,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers', 'req.remoteAddress', 'req.remotePort'], remove: true },
      customProps: () => ({}),
      quietReqLogger: true,
    },
  };
}
