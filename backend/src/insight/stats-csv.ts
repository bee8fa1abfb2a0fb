import type { StatsTable } from '@sexhandel/shared';
import { toCsv } from './csv';
import type { StatsRows } from './insight-stats.service';

/** CSV headers per table: the JSON field names, in the order the dashboard shows them. */
const COLUMNS: { [T in StatsTable]: Array<keyof StatsRows[T][number] & string> } = {
  'visits-per-day': ['day', 'visits', 'installed'],
  'visits-per-month': ['month', 'visits', 'installed'],
  'visits-per-campaign': ['campaign', 'name', 'visits', 'opens'],
  'activity-categories': ['category', 'members', 'posts', 'postShare'],
  'top-posters': ['rank', 'alias', 'posts', 'postShare'],
  'posts-per-month': ['month', 'posts', 'removed'],
  'removals-per-rule': ['rule', 'ruleTitle', 'removals'],
  'conversations-per-month': ['month', 'conversations'],
  'survey-responses': ['surveyId', 'title', 'status', 'responses'],
};

/** Shares keep 4 decimals (0.4167 = 41.67 %): enough for a spreadsheet, no float noise. */
function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toFixed(4));
  return String(value);
}

export function statsTableCsv<T extends StatsTable>(table: T, rows: StatsRows[T]): string {
  const columns = COLUMNS[table].map((key) => ({
    header: key,
    value: (row: StatsRows[T][number]) => cell(row[key]),
  }));
  return toCsv(columns, rows);
}
