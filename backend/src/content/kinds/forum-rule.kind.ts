import type { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus } from '@nestjs/common';
import type { ForumRuleNumber } from '@sexhandel/shared';
import type { ContentKind } from '../content-writer';
import type { ForumRuleInput } from '../content.inputs';
import { toForumRuleDto } from '../content.mappers';
import { assertRuleNumber } from '../content.rules';
import { ForumRule } from '../forum-rule.entity';
import { apiError } from '../../common/api-error';

export const FORUM_RULE_KIND: ContentKind<ForumRule, ForumRuleInput> = {
  entity: 'forumRule',
  cls: ForumRule,
  noun: 'forum rule',
  taken: 'Another forum rule already uses this number',

  async build(em, input) {
    await assertRuleNumberFree(em, input.number);
    return new ForumRule(input.number, input.title, input.text);
  },

  async apply(em, rule, patch) {
    if (patch.number !== undefined && patch.number !== rule.number) {
      await assertRuleNumberFree(em, patch.number);
      rule.number = patch.number;
    }
    if (patch.title !== undefined) rule.title = patch.title;
    if (patch.text !== undefined) rule.text = patch.text;
  },

  toDto: (_em, rule) => toForumRuleDto(rule),
};

async function assertRuleNumberFree(em: EntityManager, number: ForumRuleNumber): Promise<void> {
  assertRuleNumber(number);
  if (await em.count(ForumRule, { number })) {
    throw apiError(HttpStatus.CONFLICT, 'rule_taken', `Forum rule ${number} already exists; edit it instead`);
  }
}
