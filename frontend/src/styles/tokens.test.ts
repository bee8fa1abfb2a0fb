import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { dialogStyles } from './dialog.styles.js';
import { embeddedHostStyles, formStyles } from './form.styles.js';
import { pageStyles, visuallyHiddenStyles } from './page.styles.js';
import { figureTableStyles } from './table.styles.js';

// Styles write var(--sh-…) without a fallback (scripts/check-colour-tokens.mjs): a token missing
// from tokens.css, or a test page without the sheet, would leave a colour unset without a sound.
describe('colour tokens', () => {
  const root = getComputedStyle(document.documentElement);

  it('every token the shared style sheets use is defined on :root', () => {
    const sheets: CSSResult[] = [
      dialogStyles,
      embeddedHostStyles,
      formStyles,
      pageStyles,
      visuallyHiddenStyles,
      figureTableStyles,
    ];
    const used = new Set(
      sheets.flatMap((sheet) => [...sheet.cssText.matchAll(/var\((--sh-[\w-]+)\)/g)].map((m) => m[1])),
    );
    expect(used.size).to.be.greaterThan(10);
    const undefinedTokens = [...used].filter((name) => name && !root.getPropertyValue(name).trim());
    expect(undefinedTokens).to.deep.equal([]);
  });
});
