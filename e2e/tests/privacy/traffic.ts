import type { BrowserContext, Response } from '@playwright/test';

/** What the browser sent and received, over every context of the run. */
export class Traffic {
  readonly requests: string[] = [];
  readonly publicApi: { url: string; body: Promise<string | null> }[] = [];
  readonly excluded: string[] = [];
  readonly exports: Promise<string | null>[] = [];

  async settle(): Promise<void> {
    await Promise.all([...this.publicApi.map((entry) => entry.body), ...this.exports]);
  }

  watch(context: BrowserContext): void {
    // Context-wide, so the service worker's requests are included.
    context.on('request', (request) => this.requests.push(request.url()));
    context.on('response', (response) => this.record(response));
  }

  private record(response: Response): void {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/')) return;
    const body = response.text().catch(() => null);
    if (url.pathname.startsWith('/api/admin/')) this.excluded.push(url.pathname);
    else if (url.pathname === '/api/account/export') {
      this.excluded.push(url.pathname);
      this.exports.push(body);
    } else this.publicApi.push({ url: `${response.request().method()} ${url.pathname}`, body });
  }
}
