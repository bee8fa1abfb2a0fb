import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostPageDto } from '@sexhandel/shared';
import { createSignedIn } from '../../test/factories/account.factory';
import { forumRuleInput } from '../../test/factories/content.factory';
import { insertThread } from '../../test/factories/forum.factory';
import { createPagesApp } from '../../test/public-pages.kit';
import type { TestApp } from '../../test/test-app';
import { ContentService } from '../content/content.service';

// The forum's server-rendered pages: what a visitor not signed in sees, as the app draws it.
describe('ForumPages', () => {
  let sut: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => sut.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    sut = await createPagesApp();
  });
  afterAll(async () => sut.close());

  describe('forum', () => {
    const pageData = (body: string) =>
      JSON.parse(/<script type="application\/json" id="sh-page-data">([^<]*)<\/script>/.exec(body)?.[1] ?? '{}') as {
        changes: { entity: string; data: { title?: string } }[];
      };

    it('draws a whole thread as the app shows it to a visitor not signed in, with the removal notice and the rules', async () => {
      await sut.app
        .get(ContentService)
        .create('forumRule', forumRuleInput({ number: 4, title: 'Ingen reklame', text: 'Ikke reklamer.' }));
      const threadId = await insertThread(sut, null, { posts: 130, title: 'En lang tråd' });
      const first = (
        await sut.app.inject({ method: 'GET', url: `/api/threads/${threadId}/posts?limit=2` })
      ).json<PostPageDto>();
      const moderator = await createSignedIn(sut, { roles: ['member', 'moderator'] });
      const removal = await sut.app.inject({
        method: 'POST',
        url: `/api/admin/posts/${first.items[1].id}/removal`,
        headers: moderator.headers,
        payload: { rule: 4, note: 'Reklame for en tjeneste.' },
      });
      expect(removal.statusCode).toBe(201);

      const body = (await get(`/forum/traad/${threadId}`)).body;
      // Every post on one page, as the app loads the whole thread.
      expect(body.match(/<article class="card post"/g)).toHaveLength(130);
      expect(body).toContain('Innlegg nummer 130');
      expect(body).not.toContain('Flere innlegg');
      // Date and time, as the app's post header (Oslo time).
      expect(body).toMatch(/<time datetime="[^"]+">\d{1,2}\. \p{L}+ \d{4} \d{2}:\d{2}<\/time>/u);
      expect(body).toContain('Slettet medlem');
      expect(body).toContain('Fjernet av moderator etter regel 4: Ingen reklame');
      expect(body).toContain('Moderatorens begrunnelse: Reklame for en tjeneste.');
      expect(body).not.toContain('Innlegg nummer 2<');
      // The app's controls are drawn for its take-over, hidden without JavaScript; then the alternative.
      expect(body).toContain('<div class="post-actions ssr-js-only">');
      expect(body).toContain('<div class="composer ssr-js-only">');
      expect(body).toContain('<summary>Forumreglene (seks regler)</summary>');
      expect(body).toContain('<strong>Ingen reklame</strong>');
      expect(body).toMatch(/<noscript>\s*<p class="notice">\s*Du kan lese hele tråden uten JavaScript/);
      expect(body).toContain(`href="/logg-inn?neste=${encodeURIComponent(`/forum/traad/${threadId}`)}"`);
      // The rules go on the device with the page, so the app's composer shows them at once.
      expect(pageData(body).changes).toContainEqual(
        expect.objectContaining({ entity: 'forumRule', data: expect.objectContaining({ title: 'Ingen reklame' }) }),
      );

      const log = (await get('/moderering-logg')).body;
      expect(log).toContain('<a href="/regler">Les forumreglene</a>');
      expect(log).toMatch(
        /<span class="what">Fjernet<\/span>\s*etter\s*<span lang="nb">regel 4: Ingen reklame<\/span>/,
      );
      expect(log).toContain(`<a href="/forum/traad/${threadId}" lang="nb">En lang tråd</a>`);
    });

    it('lists as many threads as the app does, its "show more" button drawn and plain links without JavaScript', async () => {
      for (let i = 0; i < 21; i++) await insertThread(sut, null, { title: `Liste ${i}` });
      const body = (await get('/forum')).body;
      expect(body.match(/<li class="card">/g)).toHaveLength(20);
      expect(body).toMatch(
        /<p class="ssr-js-only">\s*<button type="button" class="button secondary">Vis flere tråder<\/button>/,
      );
      const links = /<noscript>([\s\S]*?)<\/noscript>/.exec(body.slice(body.indexOf('Vis flere tråder')))?.[1] ?? '';
      const older = /href="(\/forum\?fra=[^"]+)" rel="next">Eldre tråder →/.exec(links)?.[1] ?? '';
      expect(older).not.toBe('');
      expect((await get(older.replace(/&amp;/g, '&'))).statusCode).toBe(200);
    });

    it("shows a locked thread's notice in place of the composer, as the app does", async () => {
      const threadId = await insertThread(sut, null, { posts: 1, locked: true });
      const body = (await get(`/forum/traad/${threadId}`)).body;
      expect(body).toContain('Tråden er låst. Det kan ikke skrives flere svar.');
      expect(body).not.toContain('class="composer');
    });
  });
});
