import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type AnySchema, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { OPENAPI_FILE } from '../src/openapi/write-openapi';

/** One answer as the API specs see it through `app.inject`. */
export interface ContractResponse {
  method: string;
  /** The Fastify route that served it (`/api/threads/:id/posts`); undefined when no route matched. */
  route: string | undefined;
  statusCode: number;
  contentType: string | undefined;
  body: string;
}

interface MediaType {
  schema?: AnySchema;
}
interface Operation {
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
/** The parts of an OpenAPI 3.0 document the check reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, AnySchema> };
}

const SCHEMA_BASE = 'https://sexhandel.invalid/openapi/components/schemas/';

/**
 * Until the global exception filter (shared/src/errors.ts, issue 13) gives every error the
 * `ApiError` shape, validation errors still answer `message: string[]`, some refusals carry no
 * `code` and Fastify's own 400/413 no `error`. Those differences alone are tolerated while that file
 * is missing; everything else of an error body is checked. Once it exists they are checked as documented.
 */
export const ERROR_BODIES_STRICT = existsSync(resolve(__dirname, '../../shared/src/errors.ts'));

/**
 * Checks API answers against the committed OpenAPI document (backend/openapi.json) with Ajv in
 * strict mode and OpenAPI 3.0 `nullable`: the status must be documented for that method and route,
 * the content type must be one the document names, and a JSON body must match its schema, with no
 * property the schema does not declare. Routes outside the document (Swagger UI, the PWA's files,
 * unknown paths) are not checked.
 */
export class ResponseContract {
  private readonly document: OpenApiDocument;
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as OpenApiDocument) {
    this.document = document;
    this.ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(this.ajv);
    // Annotations of OpenAPI's schema dialect that JSON Schema does not define.
    this.ajv.addVocabulary(['example', 'xml', 'externalDocs']);
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      let prepared = closeObjects(rebaseRefs(schema));
      if (name === 'ApiError' && !ERROR_BODIES_STRICT) prepared = tolerateLegacyErrors(prepared);
      this.ajv.addSchema(prepared, SCHEMA_BASE + name);
    }
  }

  /** Compiles every component schema now (Ajv compiles lazily), so a schema strict mode refuses shows up. */
  compileAll(): void {
    for (const name of Object.keys(this.document.components.schemas)) this.ajv.getSchema(SCHEMA_BASE + name);
  }

  /** The problems of one answer; empty when it matches the document. */
  problems(response: ContractResponse): string[] {
    const method = response.method.toLowerCase();
    if (!response.route || method === 'head' || method === 'options') return [];
    const path = response.route.replace(/:(\w+)/g, '{$1}');
    const pathItem = this.document.paths[path];
    if (!pathItem) return [];
    const where = `${response.method} ${path} → ${response.statusCode}`;
    const operation = pathItem[method];
    if (!operation) return [`${where}: the document has no ${response.method} for this path`];
    const documented = operation.responses[String(response.statusCode)];
    if (!documented) {
      return [
        `${where}: status not documented (documented: ${Object.keys(operation.responses).join(', ')}); body ${response.body.slice(0, 300)}`,
      ];
    }
    const content = documented.content;
    if (!content) return response.body.length === 0 ? [] : [`${where}: documented without a body, but one was sent`];
    const mediaType = (response.contentType ?? '').split(';')[0].trim().toLowerCase();
    const media = content[mediaType];
    if (!media)
      return [`${where}: content type ${mediaType || '(none)'} is not one of ${Object.keys(content).join(', ')}`];
    if (!media.schema || mediaType !== 'application/json') return [];
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return [`${where}: the body is not JSON`];
    }
    const validate = this.validator(`${method} ${path} ${response.statusCode}`, media.schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (error) => `${where}: body${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
    );
  }

  private validator(key: string, schema: AnySchema): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(closeObjects(rebaseRefs(schema)));
      this.validators.set(key, validate);
    }
    return validate;
  }
}

/** `#/components/schemas/X` → the absolute id each component schema is registered under. */
function rebaseRefs(schema: unknown): AnySchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${SCHEMA_BASE}`)) as AnySchema;
}

/**
 * Every object schema that lists its properties gets `additionalProperties: false` (unless it says
 * otherwise), so a field the API sends but the document does not declare fails the spec.
 */
function closeObjects(schema: AnySchema): AnySchema {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'object' && record.properties && !('additionalProperties' in record)) {
      record.additionalProperties = false;
    }
    Object.values(record).forEach(visit);
  };
  visit(schema);
  return schema;
}

function tolerateLegacyErrors(schema: AnySchema): AnySchema {
  const record = schema as { required: string[]; properties: Record<string, unknown> };
  record.required = record.required.filter((name) => name !== 'code' && name !== 'error');
  record.properties.message = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
  return schema;
}
