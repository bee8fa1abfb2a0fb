import { expect, test } from '@playwright/test';
import { countPublishedArticles, fetchArticles, waitForServiceWorkerControl, waitForSyncedArticles } from './helpers';

test.describe('offline reading', () => {
  test('reads articles after going offline: reload, list, open, and direct load', async ({
    page,
    context,
    request,
  }) => {
    const [first, second] = await fetchArticles(request, 2);
    const published = await countPublishedArticles(request);

    await page.goto('/');
    await expect(page.getByRole('button', { name: /forlat siden raskt/i })).toBeVisible();
    await waitForServiceWorkerControl(page);
    await waitForSyncedArticles(page, published);
    await expect(page.getByText(/sist synkronisert/i).first()).toBeVisible();

    await context.setOffline(true);
    try {
      await page.reload();
      await expect(page.getByRole('button', { name: /forlat siden raskt/i })).toBeVisible();
      await expect(page.getByText(/frakoblet/i).first()).toBeVisible();

      await page.goto('/artikler');
      const link = page.getByRole('link', { name: first.title }).first();
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/artikler/${encodeURIComponent(first.slug)}$`));
      await expect(page.getByRole('heading', { name: first.title })).toBeVisible();
      await expect(page.getByText(first.bodySnippet).first()).toBeVisible();

      await page.goto(`/artikler/${second.slug}`);
      await expect(page.getByRole('heading', { name: second.title })).toBeVisible();
      await expect(page.getByText(second.bodySnippet).first()).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
  });
});
