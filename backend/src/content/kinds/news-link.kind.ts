import type { ContentKind } from '../content-writer';
import type { NewsLinkInput } from '../content.inputs';
import { toNewsLinkDto } from '../content.mappers';
import { assertDay, assertHttpUrl } from '../content.rules';
import { NewsLink } from '../news-link.entity';

export const NEWS_LINK_KIND: ContentKind<NewsLink, NewsLinkInput> = {
  entity: 'newsLink',
  cls: NewsLink,
  noun: 'news link',

  build(_em, input) {
    assertHttpUrl(input.url);
    assertDay(input.date);
    return new NewsLink(input.title, input.url, input.source, input.date, input.comment);
  },

  apply(_em, link, patch) {
    if (patch.url !== undefined) {
      assertHttpUrl(patch.url);
      link.url = patch.url;
    }
    if (patch.date !== undefined) {
      assertDay(patch.date);
      link.date = patch.date;
    }
    if (patch.title !== undefined) link.title = patch.title;
    if (patch.source !== undefined) link.source = patch.source;
    if (patch.comment !== undefined) link.comment = patch.comment;
  },

  toDto: (_em, link) => toNewsLinkDto(link),
};
