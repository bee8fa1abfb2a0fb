import type { ContentKind } from '../content-writer';
import type { NewsLinkInput } from '../content.inputs';
import { toNewsLinkDto } from '../content.mappers';
import { assertDatedLink, patchDatedLink } from '../content.rules';
import { NewsLink } from '../news-link.entity';

export const NEWS_LINK_KIND: ContentKind<NewsLink, NewsLinkInput> = {
  entity: 'newsLink',
  cls: NewsLink,
  noun: 'news link',

  build(_em, input) {
    assertDatedLink(input);
    return new NewsLink(input.title, input.url, input.source, input.date, input.comment);
  },

  apply(_em, link, patch) {
    patchDatedLink(link, patch);
    if (patch.title !== undefined) link.title = patch.title;
    if (patch.source !== undefined) link.source = patch.source;
    if (patch.comment !== undefined) link.comment = patch.comment;
  },

  toDto: (_em, link) => toNewsLinkDto(link),
};
