import { applyDecorators, Body, Delete, Get, HttpCode, Patch, Post, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import type { EditorContentService } from './editor-content.service';
import type { EditorKind } from './editor-kinds';

/** A controller whose generated routes reach the editor service. */
interface EditorRoutesHost {
  readonly editor: EditorContentService;
}

type Handler = (this: EditorRoutesHost, ...args: never[]) => Promise<unknown>;

interface Route {
  name: string;
  handler: Handler;
  /** In source order, as they would be written above a method. */
  decorators: MethodDecorator[];
  /** What each argument is: the id path parameter or the validated body (its DTO class). */
  args: Array<'id' | Type<object>>;
}

/** The seven routes of one kind: the same paths, operation ids and documentation as written by hand. */
function routesOf(kind: EditorKind): Route[] {
  const { name, path, aNoun, noun, singular, plural, response } = kind;
  const notFound = ApiNotFoundResponse({ description: `No ${noun} has this id` });
  return [
    {
      name: `listEditor${plural}`,
      handler: function () {
        return this.editor.list(name);
      },
      decorators: [
        Get(path),
        ApiOperation({ summary: `Every ${noun}, drafts included, with the published flag` }),
        ApiOkResponse({ type: [response] }),
      ],
      args: [],
    },
    {
      name: `getEditor${singular}`,
      handler: function (id: string) {
        return this.editor.get(name, id);
      },
      decorators: [
        Get(`${path}/:id`),
        ApiOperation({ summary: `One ${noun} with its source` }),
        ApiOkResponse({ type: response }),
        notFound,
      ],
      args: ['id'],
    },
    {
      name: `create${singular}`,
      handler: function (body: object) {
        return this.editor.create(name, body);
      },
      decorators: [
        Post(path),
        ApiOperation({ summary: `Create ${aNoun} (a draft unless published: true)` }),
        ApiCreatedResponse({ type: response }),
        ApiBadRequestResponse({ description: 'Missing or invalid field' }),
        ...(kind.slugged ? [ApiConflictResponse({ description: 'The slug is taken' })] : []),
      ],
      args: [kind.createRequest],
    },
    {
      name: `update${singular}`,
      handler: function (id: string, body: object) {
        return this.editor.update(name, id, body);
      },
      decorators: [
        Patch(`${path}/:id`),
        ApiOperation({ summary: `Change fields of ${aNoun}; a published one reaches devices at once` }),
        ApiOkResponse({ type: response }),
        notFound,
        ...(kind.slugged ? [ApiConflictResponse({ description: 'The slug is taken' })] : []),
      ],
      args: ['id', kind.updateRequest],
    },
    {
      name: `publish${singular}`,
      handler: function (id: string) {
        return this.editor.setPublished(name, id, true);
      },
      decorators: [
        Post(`${path}/:id/publish`),
        HttpCode(200),
        ApiOperation({ summary: `Publish ${aNoun}${kind.publishNote ? ` (${kind.publishNote})` : ''}` }),
        ApiOkResponse({ type: response }),
      ],
      args: ['id'],
    },
    {
      name: `unpublish${singular}`,
      handler: function (id: string) {
        return this.editor.setPublished(name, id, false);
      },
      decorators: [
        Post(`${path}/:id/unpublish`),
        HttpCode(200),
        ApiOperation({ summary: `Unpublish ${aNoun} (devices get a delete change)` }),
        ApiOkResponse({ type: response }),
      ],
      args: ['id'],
    },
    {
      name: `delete${singular}`,
      handler: function (id: string) {
        return this.editor.remove(name, id);
      },
      decorators: [
        Delete(`${path}/:id`),
        HttpCode(204),
        ApiOperation({ summary: `Delete ${aNoun} (devices get a delete change)` }),
        ApiNoContentResponse(),
        notFound,
      ],
      args: ['id'],
    },
  ];
}

/**
 * Adds every kind's routes to the controller as if they were written in it: one concrete route
 * per kind and operation (OpenAPI 3.0 cannot tie a body schema to a path value, and the
 * validation pipe needs each body's DTO class), made from one registry instead of by hand.
 */
export function addEditorKindRoutes(controller: Type<EditorRoutesHost>, kinds: readonly EditorKind[]): void {
  const prototype = controller.prototype as object;
  for (const route of kinds.flatMap(routesOf)) {
    if (Object.prototype.hasOwnProperty.call(prototype, route.name)) {
      throw new Error(`${controller.name} already has a method ${route.name}`);
    }
    // OpenAPI reads the handler's own name (operation id, parameter metadata): make it the method's.
    Object.defineProperty(route.handler, 'name', { value: route.name });
    const descriptor: PropertyDescriptor = { value: route.handler, writable: true, configurable: true };
    Object.defineProperty(prototype, route.name, descriptor);
    // What TypeScript would emit for a written method: the validation pipe and OpenAPI read it.
    Reflect.defineMetadata(
      'design:paramtypes',
      route.args.map((arg) => (arg === 'id' ? String : arg)),
      prototype,
      route.name,
    );
    route.args.forEach((arg, index) => (arg === 'id' ? UuidParam() : Body())(prototype, route.name, index));
    // Decorators written above a method apply from the bottom up.
    applyDecorators(...[...route.decorators].reverse())(prototype, route.name, descriptor);
  }
}
