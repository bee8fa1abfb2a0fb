import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/** The process's one pino logger at LOG_LEVEL: JSON lines on stdout (or `destination`, in tests). */
export function createRootLogger(level: string, destination?: pino.DestinationStream): Logger {
  return destination ? pino({ level }, destination) : pino({ level });
}

/**
 * Nest's own messages (start-up, a failed retention run) through the same pino logger, with the
 * Nest context as `context`. No request scope, no child logger per request.
 */
export class AppLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    // Nest passes the context last; an error logged by Nest passes its stack before it.
    const context = rest.length > 0 ? rest[rest.length - 1] : undefined;
    const stack = rest.length > 1 ? rest[rest.length - 2] : undefined;
    const fields: Record<string, unknown> = context === undefined ? {} : { context };
    if (message instanceof Error) this.logger[level]({ ...fields, err: message });
    else if (typeof message === 'object' && message !== null) this.logger[level]({ ...fields, ...message });
    else if (typeof stack === 'string') this.logger[level]({ ...fields, stack }, String(message));
    else this.logger[level](fields, String(message));
  }
}
