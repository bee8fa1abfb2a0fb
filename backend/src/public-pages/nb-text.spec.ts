import { describe, expect, it } from 'vitest';
import { activityNb } from './nb-text';

describe(activityNb.name, () => {
  const now = new Date('2026-12-06T22:30:00Z'); // 23:30 in Oslo

  it('says "i dag kl." for a time earlier the same Oslo day, as the app does', () => {
    expect(activityNb('2026-12-06T10:19:00Z', now)).toBe('i dag kl. 11:19');
    expect(activityNb('2026-12-05T23:05:00Z', now)).toBe('i dag kl. 00:05');
  });

  it('gives the date for another Oslo day, and passes on what is not a time', () => {
    expect(activityNb('2026-12-05T22:59:00Z', now)).toBe('5. desember 2026');
    expect(activityNb('ikke en tid', now)).toBe('ikke en tid');
  });
});
