import type { ContentKind } from '../content-writer';
import type { PressMentionInput } from '../content.inputs';
import { toPressMentionDto } from '../content.mappers';
import { assertDatedLink, patchDatedLink } from '../content.rules';
import { PressMention } from '../press-mention.entity';

export const PRESS_MENTION_KIND: ContentKind<PressMention, PressMentionInput> = {
  entity: 'pressMention',
  cls: PressMention,
  noun: 'press mention',

  build(_em, input) {
    assertDatedLink(input);
    return new PressMention(input.outlet, input.date, input.title, input.url);
  },

  apply(_em, mention, patch) {
    patchDatedLink(mention, patch);
    if (patch.outlet !== undefined) mention.outlet = patch.outlet;
    if (patch.title !== undefined) mention.title = patch.title;
  },

  toDto: (_em, mention) => toPressMentionDto(mention),
};
