import { HttpException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { assertDatedLink, patchDatedLink } from './content.rules';

const link = () => ({ url: 'https://nrk.no/sak', date: '2026-11-20' });

/** The status and code a check answers with. */
function refusal(check: () => void): { status: number; code: unknown } {
  try {
    check();
  } catch (error) {
    if (!(error instanceof HttpException)) throw error;
    return { status: error.getStatus(), code: (error.getResponse() as { code?: string }).code };
  }
  throw new Error('The check passed');
}

describe(assertDatedLink.name, () => {
  it('accepts a full http(s) address and a calendar day', () => {
    expect(() => assertDatedLink(link())).not.toThrow();
    expect(() => assertDatedLink({ url: 'http://avis.no/', date: '2024-02-29' })).not.toThrow();
  });

  it.each(['javascript:alert(1)', 'ikke en lenke', 'ftp://files.example.no/x'])('refuses the address %s', (url) => {
    expect(refusal(() => assertDatedLink({ ...link(), url }))).toEqual({ status: 400, code: 'bad_url' });
  });

  it.each(['20.11.2026', '2026-13-01', ''])('refuses the day "%s"', (date) => {
    expect(refusal(() => assertDatedLink({ ...link(), date }))).toEqual({ status: 400, code: 'bad_date' });
  });
});

describe(patchDatedLink.name, () => {
  it('sets the url and the date the patch carries and leaves the rest', () => {
    const target = link();
    patchDatedLink(target, { date: '2026-12-01' });
    expect(target).toEqual({ url: 'https://nrk.no/sak', date: '2026-12-01' });
    patchDatedLink(target, { url: 'https://vg.no/x' });
    expect(target).toEqual({ url: 'https://vg.no/x', date: '2026-12-01' });
  });

  it('refuses a bad url or day in the patch and keeps the old value', () => {
    const target = link();
    expect(refusal(() => patchDatedLink(target, { url: 'data:text/html,x' }))).toEqual({
      status: 400,
      code: 'bad_url',
    });
    expect(refusal(() => patchDatedLink(target, { date: '1.12.2026' }))).toEqual({ status: 400, code: 'bad_date' });
    expect(target).toEqual(link());
  });
});
