import { HttpStatus, Injectable, Param, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';

import { apiError } from './api-error';

/** Any 8-4-4-4-12 hex text: what PostgreSQL's uuid type takes, whatever the version bits say. */
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the text can be a row id (a uuid column would accept it). */
export const isUuid = (value: string): boolean => UUID_SHAPE.test(value);

/**
 * Refuses a path parameter that cannot be a row id with 400 and a message naming the parameter,
 * before any query (a malformed id would otherwise fail the database's uuid cast: a 500).
 */
@Injectable()
export class ParseUuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUuid(value)) return value;
    const name = metadata.data ?? 'id';
    throw apiError(
      HttpStatus.BAD_REQUEST,
      'invalid_id',
      `${name} in the address must be an id like 3f2b8c1e-9d4a-4b7e-8f1a-2c3d4e5f6a7b; this one is not`,
    );
  }
}

/** `@UuidParam()` (or `@UuidParam('postId')`): a route's id parameter, checked by ParseUuidPipe. */
export const UuidParam = (name = 'id'): ParameterDecorator => Param(name, ParseUuidPipe);
