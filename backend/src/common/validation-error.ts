import { BadRequestException, type ValidationError } from '@nestjs/common';

/** Flattens class-validator errors into sentences a person can act on. */
export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith('property ') ? `${path}: ${message.replace(/^property \S+ /, 'field ')}` : message,
    );
    return [...own, ...validationMessages(error.children ?? [], path)];
  });
}

export function validationExceptionFactory(errors: ValidationError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: validationMessages(errors),
  });
}
