import type { ContentKind } from '../content-writer';
import type { PageInput } from '../content.inputs';
import { toPageDto } from '../content.mappers';
import { assertSlugFree } from '../content.rules';
import { renderMarkdown } from '../markdown.renderer';
import { Page } from '../page.entity';

export const PAGE_KIND: ContentKind<Page, PageInput> = {
  entity: 'page',
  cls: Page,
  noun: 'page',
  taken: 'Another page already uses this address (slug)',

  async build(em, input) {
    await assertSlugFree(em, Page, input.slug, null);
    const { slug, title, lead, markdown, position } = input;
    return new Page(slug, title, lead, markdown, renderMarkdown(markdown), position);
  },

  async apply(em, page, patch) {
    if (patch.slug !== undefined && patch.slug !== page.slug) {
      await assertSlugFree(em, Page, patch.slug, page.id);
      page.slug = patch.slug;
    }
    if (patch.title !== undefined) page.title = patch.title;
    if (patch.lead !== undefined) page.lead = patch.lead;
    if (patch.position !== undefined) page.position = patch.position;
    if (patch.markdown !== undefined) {
      page.markdown = patch.markdown;
      page.html = renderMarkdown(patch.markdown);
    }
  },

  toDto: (_em, page) => toPageDto(page),
};
