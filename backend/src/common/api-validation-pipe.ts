import { ValidationPipe } from '@nestjs/common';
import { validationExceptionFactory } from './validation-error';

/** The API's one validation pipe: global in Nest (app.factory.ts) and the same rules for lean reads (lean-read/). */
export function apiValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationExceptionFactory,
    // The factory reads each rule's limits from its DTO class (never sends the target on).
    validationError: { target: true },
  });
}
