import { HttpStatus, type HttpException, type ValidationError } from '@nestjs/common';
import type { ApiFieldError, ErrorCode } from '@sexhandel/shared';
import { getMetadataStorage } from 'class-validator';
import { apiError } from './api-error';

/** Flattens class-validator errors into sentences for developers and the CLI. */
export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith('property ') ? `${path}: ${message.replace(/^property \S+ /, 'field ')}` : message,
    );
    return [...own, ...validationMessages(error.children ?? [], path)];
  });
}

/** class-validator constraint names (as the DTOs use them) → the field code that says what is wrong. */
const CONSTRAINT_CODES: Record<string, ErrorCode> = {
  isDefined: 'required',
  isNotEmpty: 'required',
  isString: 'wrong_type',
  isInt: 'wrong_type',
  isBoolean: 'wrong_type',
  isArray: 'wrong_type',
  nestedValidation: 'wrong_type',
  minLength: 'too_short',
  maxLength: 'too_long',
  min: 'too_small',
  max: 'too_large',
  arrayMinSize: 'too_few',
  arrayMaxSize: 'too_many',
  matches: 'invalid_format',
  isUuid: 'invalid_format',
  isEmail: 'invalid_email',
  isIn: 'not_allowed',
  whitelistValidation: 'unknown_field',
};

/** `@Length(min, max)` fails both ways: its minimum, read from the DTO's metadata, tells which. */
function lengthCode(error: ValidationError): ErrorCode {
  const target = error.target?.constructor;
  const rule = target
    ? getMetadataStorage()
        .getTargetValidationMetadatas(target, '', true, false)
        .find((meta) => meta.propertyName === error.property && meta.name === 'isLength')
    : undefined;
  const min = Number((rule?.constraints as unknown[] | undefined)?.[0] ?? 0);
  return typeof error.value === 'string' && error.value.length < min ? 'too_short' : 'too_long';
}

/** The one code for a field: `required` when it is missing or empty, else its first failed constraint. */
function fieldCode(error: ValidationError): ErrorCode {
  const names = Object.keys(error.constraints ?? {});
  if (names.includes('whitelistValidation')) return 'unknown_field';
  const missing = error.value === undefined || error.value === null || error.value === '';
  if (missing) return 'required';
  if (names.includes('isLength')) return lengthCode(error);
  for (const name of names) {
    const code = CONSTRAINT_CODES[name];
    if (code) return code;
  }
  return 'validation';
}

/** Each failed field once, with its path (`questions.0.text`, `payload.body`). */
export function validationFields(errors: ValidationError[], parent = ''): ApiFieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: ApiFieldError[] = error.constraints ? [{ field, code: fieldCode(error) }] : [];
    return [...own, ...validationFields(error.children ?? [], field)];
  });
}

export function validationExceptionFactory(errors: ValidationError[]): HttpException {
  return apiError(HttpStatus.BAD_REQUEST, 'validation', validationMessages(errors).join('; '), {
    fields: validationFields(errors),
  });
}
