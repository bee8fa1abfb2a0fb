import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { OPENAPI_FILE, renderOpenApi } from './write-openapi';

interface Operation {
  operationId: string;
  tags?: string[];
  description?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

describe('openapi.json', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => sut.close());

  it('is up to date with the routes (run `npm run openapi -w backend` after changing the API)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(renderOpenApi(sut.app));
  });

  describe('completeOpenApiDocument', () => {
    const document = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as {
      servers: { url: string }[];
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> };
    };
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
    );
    const find = (method: string, path: string) => document.paths[path][method];
    const apiError = { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } };

    it('gives every operation tags, a description, security, and a 500 and a 503 with the ApiError body', () => {
      expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
      for (const { operation } of operations) {
        expect(operation.tags?.length, operation.operationId).toBeGreaterThan(0);
        expect(operation.description, operation.operationId).toMatch(/\.$/);
        expect(operation.security, operation.operationId).toBeDefined();
        expect(operation.responses['500']?.content, operation.operationId).toEqual(apiError);
        expect(operation.responses['503']?.content, operation.operationId).toEqual(apiError);
      }
    });

    it('reads security from @Public and @Roles, and asks for the CSRF header on every write with a session', () => {
      expect(find('get', '/api/auth/me').security).toEqual([{ session: [] }]);
      expect(find('get', '/api/forum/membership').security).toEqual([{ session: [] }]);
      expect(find('get', '/api/threads').security).toEqual([]);
      expect(find('post', '/api/sync/push').security).toEqual([{}, { session: [], csrf: [] }]);
      expect(find('post', '/api/admin/surveys').security).toEqual([{ session: [], csrf: [] }]);
      for (const { method, operation } of operations) {
        if (method === 'get') continue;
        for (const requirement of operation.security ?? []) {
          if ('session' in requirement) expect(requirement, operation.operationId).toHaveProperty('csrf');
        }
      }
    });

    it('documents 400 on every API route (undeclared query parameters), 401 on guarded routes, 403 on role-only routes and writes, 404 on routes with a path parameter', () => {
      expect(Object.keys(find('get', '/api/auth/me').responses)).toEqual(['200', '400', '401', '500', '503']);
      expect(Object.keys(find('get', '/api/forum/membership').responses)).toEqual(['200', '400', '401', '500', '503']);
      expect(Object.keys(find('get', '/api/admin/surveys/{id}').responses)).toEqual([
        '200',
        '400',
        '401',
        '403',
        '404',
        '500',
        '503',
      ]);
      for (const { operation } of operations) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 400 && operation.operationId !== 'open') {
            expect(response.content, `${operation.operationId} ${status}`).toEqual(apiError);
          }
        }
      }
    });

    it('writes nullable references and nullable enums the way OpenAPI 3.0 means them', () => {
      const { schemas } = document.components;
      expect(schemas.PostResponse.properties.removal).toMatchObject({
        anyOf: [
          { $ref: '#/components/schemas/PostRemovalNoticeResponse' },
          { type: 'object', nullable: true, enum: [null] },
        ],
      });
      const nullableBesideAllOf: string[] = [];
      const visit = (node: unknown, where: string): void => {
        if (!node || typeof node !== 'object') return;
        if ('nullable' in node && 'allOf' in node) nullableBesideAllOf.push(where);
        for (const [key, child] of Object.entries(node)) visit(child, `${where}/${key}`);
      };
      visit(schemas, '#/components/schemas');
      expect(nullableBesideAllOf).toEqual([]);
      for (const schema of Object.values(schemas)) {
        for (const property of Object.values(schema.properties ?? {})) {
          if (property.nullable && Array.isArray(property.enum)) expect(property.enum).toContain(null);
        }
      }
      expect(schemas.ResearchFieldResponse.properties.field).toMatchObject({ type: 'string' });
    });
  });
});
