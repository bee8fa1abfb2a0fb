import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_FILE } from '../src/openapi/write-openapi';
import { ResponseContract, type ContractResponse, type OpenApiDocument } from './response-contract';
import { createTestApp, type TestApp } from './test-app';

const committed = (): OpenApiDocument => JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as OpenApiDocument;
const json = (schema: string) => ({
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});

/** A small document in the dialect completeOpenApiDocument writes: nullable enum, nullable reference, ApiError. */
function thingsDocument(): OpenApiDocument {
  const { ApiError, ApiErrorField, ErrorCode } = committed().components.schemas;
  return {
    paths: { '/api/things/{id}': { get: { responses: { '200': json('Thing'), '404': json('ApiError') } } } },
    components: {
      schemas: {
        ApiError,
        ApiErrorField,
        ErrorCode,
        Notice: { type: 'object', required: ['rule'], properties: { rule: { type: 'integer' } } },
        Thing: {
          type: 'object',
          required: ['id', 'createdAt', 'status', 'level', 'removal'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            createdAt: { type: 'string', format: 'date-time' },
            status: { type: 'string', enum: ['published', 'removed'] },
            level: { type: 'string', nullable: true, enum: ['low', 'high', null] },
            removal: {
              anyOf: [{ $ref: '#/components/schemas/Notice' }, { type: 'object', nullable: true, enum: [null] }],
            },
          },
        },
      },
    },
  };
}

function thing(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '7d1c3f0e-8a52-4c1b-9a55-2b1f0f1f6a10',
    createdAt: '2026-12-06T10:00:00.000Z',
    status: 'published',
    level: null,
    removal: null,
    ...overrides,
  };
}

function answer(body: unknown, statusCode = 200): ContractResponse {
  return {
    method: 'GET',
    route: '/api/things/:id',
    statusCode,
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify(body),
  };
}

describe(ResponseContract.name, () => {
  const sut = new ResponseContract(thingsDocument());

  describe('problems', () => {
    it('accepts bodies as documented, nullable fields null or set', () => {
      expect(sut.problems(answer(thing()))).toEqual([]);
      expect(sut.problems(answer(thing({ level: 'high', status: 'removed', removal: { rule: 6 } })))).toEqual([]);
    });

    it('fails a wrong type or format, a value outside an enum, a missing and an undeclared field', () => {
      const { status: _left, ...withoutStatus } = thing();
      const problems = (body: unknown) => sut.problems(answer(body)).join('\n');
      expect(problems(thing({ createdAt: 42 }))).toMatch(/body\/createdAt must be string/);
      expect(problems(thing({ id: 'not-a-uuid' }))).toMatch(/body\/id must match format "uuid"/);
      expect(problems(thing({ level: 'medium' }))).toMatch(/body\/level must be equal to one of the allowed values/);
      expect(problems(withoutStatus)).toMatch(/must have required property 'status'/);
      expect(problems(thing({ email: 'x@y.no' }))).toMatch(/must NOT have additional properties.*email/);
    });

    it('fails a nullable reference that is neither null nor the referenced shape', () => {
      expect(sut.problems(answer(thing({ removal: { rule: 'six' } })))).not.toEqual([]);
      expect(sut.problems(answer(thing({ removal: 'none' })))).not.toEqual([]);
    });

    it('fails an undocumented status, a wrong content type and a body that is not JSON', () => {
      expect(sut.problems(answer(thing(), 418))).toEqual([
        expect.stringMatching(/^GET \/api\/things\/\{id\} → 418: status not documented \(documented: 200, 404\)/),
      ]);
      expect(sut.problems({ ...answer(thing()), contentType: 'text/html' })).toEqual([
        expect.stringMatching(/content type text\/html is not one of application\/json/),
      ]);
      expect(sut.problems({ ...answer(thing()), body: '<html>' })).toEqual([expect.stringMatching(/not JSON/)]);
    });

    it('checks error answers against ApiError', () => {
      const notFound = { statusCode: 404, error: 'Not Found', message: 'No such thing', code: 'not_found' };
      expect(sut.problems(answer(notFound, 404))).toEqual([]);
      expect(sut.problems(answer({ ...notFound, statusCode: '404' }, 404))).not.toEqual([]);
      expect(sut.problems(answer({ ...notFound, fields: [{ field: 'id' }] }, 404))).not.toEqual([]);
      expect(sut.problems(answer({ ...notFound, retryAt: 'tomorrow' }, 404))).not.toEqual([]);
    });

    it('leaves routes outside the document alone (Swagger UI, the PWA files, unknown paths)', () => {
      expect(sut.problems({ ...answer({}), route: '/api/docs/openapi.json' })).toEqual([]);
      expect(sut.problems({ ...answer('x', 404), route: undefined })).toEqual([]);
    });

    it('compiles every schema of the committed document in strict mode', () => {
      const contract = new ResponseContract();
      expect(() => contract.compileAll()).not.toThrow();
      expect(contract.problems({ ...answer(thing()), route: '/api/health', body: '{"status":"ok"}' })).toEqual([
        expect.stringMatching(/must have required property 'database'/),
      ]);
    });
  });

  describe('the test app hook', () => {
    let app: TestApp;
    beforeAll(async () => {
      // The committed document, less the 200 of GET /api/health: that real answer must now fail.
      const document = committed();
      delete document.paths['/api/health'].get.responses['200'];
      app = await createTestApp({}, { contract: new ResponseContract(document) });
    });
    afterAll(async () => app?.close());

    it('makes app.inject throw when the answer contradicts the document', async () => {
      await expect(app.app.inject({ method: 'GET', url: '/api/health' })).rejects.toThrow(
        /contradicts backend\/openapi.json:\nGET \/api\/health → 200: status not documented/,
      );
    });
  });
});
