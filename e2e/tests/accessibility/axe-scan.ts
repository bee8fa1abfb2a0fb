import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Language, Who } from './route-samples.js';

// Opening pages in-app and scanning them with axe for the accessibility spec; the findings of every scan
// in this worker are kept here for the per-context assertion and the summary at the end.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Finding {
  where: string;
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

export const findings: Finding[] = [];
export const scanned = new Map<string, number>();
export const pagesSeen = new Set<string>();

/** Text of loading placeholders; a page is scanned once none is left. */
const BUSY = /^(Henter|Sjekker innloggingen|Loading|Fetching|Checking your sign-in)/;

/** Waits until the routed page has upgraded, rendered its heading and finished loading. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const routed = document.querySelector('sh-app')?.shadowRoot?.querySelector('main')?.firstElementChild;
    return !!routed && !!customElements.get(routed.localName) && !!routed.shadowRoot?.querySelector('h1');
  });
  await expect(page.getByText(BUSY)).toHaveCount(0);
}

/** Client-side navigation, as a click on a link would do. */
export async function open(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    const app = document.querySelector('sh-app') as unknown as { navigate(path: string): void } | null;
    if (!app) throw new Error('no sh-app on the page');
    app.navigate(target);
  }, path);
  await settle(page);
}

/** Runs axe on the page as it is and records what it finds under `where`. */
export async function scan(page: Page, who: Who, language: Language, where: string): Promise<void> {
  // In-app navigation keeps the document, so axe is injected once per page, not once per scan (the
  // 500 KB source dominated the run time); legacy mode runs in the page instead of opening a blank one.
  const injected = await page.evaluate(() => 'axe' in window);
  const result = await new AxeBuilder(injected ? { page, axeSource: ';' } : { page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS)
    .analyze();
  const key = `${who} ${language}`;
  scanned.set(key, (scanned.get(key) ?? 0) + 1);
  pagesSeen.add(where.split(' ')[0] ?? where);
  for (const violation of result.violations) {
    findings.push({
      where: `${where} [${who}, ${language}]`,
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      nodes: violation.nodes.slice(0, 4).map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`),
    });
  }
}

export function findingsFor(who: Who, language: Language): Finding[] {
  return findings.filter((finding) => finding.where.endsWith(`[${who}, ${language}]`));
}

export function describeFindings(list: Finding[]): string {
  return list.map((f) => `- ${f.where}: ${f.rule} (${f.impact}) ${f.help}\n    ${f.nodes.join('\n    ')}`).join('\n');
}

/** Guards against a scan that cannot fail: a nameless button inside the page's shadow root must be found. */
export async function expectAxeSeesShadowDom(page: Page): Promise<void> {
  await open(page, '/');
  await page.evaluate(() => {
    const routed = document.querySelector('sh-app')?.shadowRoot?.querySelector('main')?.firstElementChild;
    const button = document.createElement('button');
    button.id = 'axe-self-check';
    routed?.shadowRoot?.append(button);
  });
  const result = await new AxeBuilder({ page }).setLegacyMode().withRules(['button-name']).analyze();
  expect(result.violations.map((violation) => violation.id)).toContain('button-name');
  await page.evaluate(() => {
    const routed = document.querySelector('sh-app')?.shadowRoot?.querySelector('main')?.firstElementChild;
    routed?.shadowRoot?.querySelector('#axe-self-check')?.remove();
  });
}
