/** The six published forum rules. Numbers are stable: removals and flags cite them. */
export const FORUM_RULE_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
export type ForumRuleNumber = (typeof FORUM_RULE_NUMBERS)[number];

export function isForumRuleNumber(value: unknown): value is ForumRuleNumber {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6;
}
