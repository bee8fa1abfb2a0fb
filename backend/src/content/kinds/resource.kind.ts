import type { ContentKind } from '../content-writer';
import type { ResourceInput } from '../content.inputs';
import { toResourceDto } from '../content.mappers';
import { assertHttpUrl, assertPhoneNumber, assertResourceKind } from '../content.rules';
import { Resource } from '../resource.entity';

export const RESOURCE_KIND: ContentKind<Resource, ResourceInput> = {
  entity: 'resource',
  cls: Resource,
  noun: 'resource',

  build(_em, input) {
    assertResourceKind(input.kind);
    if (input.url !== null) assertHttpUrl(input.url);
    if (input.phoneNumber) assertPhoneNumber(input.phoneNumber);
    const resource = new Resource(input.kind, input.name, input.url, input.phone, input.description);
    resource.phoneNumber = input.phoneNumber ?? null;
    return resource;
  },

  apply(_em, resource, patch) {
    if (patch.kind !== undefined) {
      assertResourceKind(patch.kind);
      resource.kind = patch.kind;
    }
    if (patch.url !== undefined) {
      if (patch.url !== null) assertHttpUrl(patch.url);
      resource.url = patch.url;
    }
    if (patch.name !== undefined) resource.name = patch.name;
    if (patch.phone !== undefined) resource.phone = patch.phone;
    if (patch.phoneNumber !== undefined) {
      if (patch.phoneNumber !== null) assertPhoneNumber(patch.phoneNumber);
      resource.phoneNumber = patch.phoneNumber;
    }
    if (patch.description !== undefined) resource.description = patch.description;
  },

  toDto: (_em, resource) => toResourceDto(resource),
};
