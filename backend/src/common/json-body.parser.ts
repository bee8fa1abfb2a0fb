import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { apiError } from './api-error';

/**
 * The API reads JSON only: one parser (Fastify's own, with prototype-poisoning refused) whose
 * failures answer 400 `bad_json`. Any other content type is refused with 415 (Fastify), since
 * Nest's urlencoded parser is not registered (`bodyParser: false`) and text/plain is removed.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parse(request, typeof body === 'string' ? body : body.toString('utf8'), (error, value) => {
      if (error) done(apiError(HttpStatus.BAD_REQUEST, 'bad_json', 'The body is not valid JSON.'), undefined);
      else done(null, value);
    });
  });
}
