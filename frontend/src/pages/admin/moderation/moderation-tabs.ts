/** Tabs of /admin/moderering, kept apart from the page so the router can read `?fane=` without loading it. */
export const MODERATION_TABS = ['ko', 'fjernet', 'logg', 'utestengelser', 'domener', 'ansatte'] as const;
export type ModerationTab = (typeof MODERATION_TABS)[number];

export function moderationTab(value: string | null | undefined): ModerationTab {
  return (MODERATION_TABS as readonly string[]).includes(value ?? '') ? (value as ModerationTab) : 'ko';
}
