import { expect } from '@open-wc/testing';
import { afterSignIn, loginHref, safeReturnPath, staffHome, staffLinks } from './staff-links.js';

describe('staff-links', () => {
  describe(safeReturnPath.name, () => {
    it('keeps a path inside the app, with its query and fragment', () => {
      expect(safeReturnPath('/forum/traad/abc')).to.equal('/forum/traad/abc');
      expect(safeReturnPath('/sok?q=menneskehandel#treff')).to.equal('/sok?q=menneskehandel#treff');
    });

    it('refuses anything that could lead off the site, and the sign-in pages', () => {
      for (const raw of [
        'https://evil.example/forum',
        'http:/evil.example',
        '//evil.example/forum',
        '/\\evil.example',
        '\\\\evil.example',
        'javascript:alert(1)',
        ' /forum',
        '/forum\n//evil',
        'forum',
        '',
        null,
        undefined,
        '/logg-inn',
        '/logg-inn?neste=/forum',
        '/registrer',
        `/${'a'.repeat(600)}`,
      ]) {
        expect(safeReturnPath(raw), String(raw)).to.equal(null);
      }
    });
  });

  it('gives each role its screens: counsellors the inbox, moderators the queue, editors content, admins all', () => {
    const hrefs = (roles: Parameters<typeof staffLinks>[0]) => staffLinks(roles).map((link) => link.href);
    expect(hrefs(['member'])).to.deep.equal([]);
    expect(hrefs(['member', 'counsellor'])).to.deep.equal(['/admin/kontakt', '/admin/sporsmal-og-svar']);
    expect(hrefs(['member', 'moderator'])).to.deep.equal(['/admin/moderering']);
    expect(hrefs(['member', 'editor'])).to.deep.equal(['/admin/innhold', '/admin/sporsmal-og-svar', '/admin/telefon']);
    expect(hrefs(['member', 'admin'])).to.have.members([
      '/admin/kontakt',
      '/admin/moderering',
      '/admin/innhold',
      '/admin/sporsmal-og-svar',
      '/admin/telefon',
      '/admin/statistikk',
      '/admin/undersokelser',
      '/admin/kampanjer',
    ]);
    expect(staffHome(['member', 'counsellor'])).to.equal('/admin/kontakt');
    expect(staffHome(['member'])).to.equal(null);
  });

  it('after signing in: back where the person was, else staff to their work and members to the forum', () => {
    expect(afterSignIn(['member'], '/forum/traad/t1')).to.equal('/forum/traad/t1');
    expect(afterSignIn(['member', 'moderator'], '/artikler/om-loven')).to.equal('/artikler/om-loven');
    expect(afterSignIn(['member'], 'https://evil.example/')).to.equal('/forum');
    expect(afterSignIn(['member', 'moderator'], '//evil.example')).to.equal('/admin/moderering');
    expect(afterSignIn(['member', 'counsellor'], null)).to.equal('/admin/kontakt');
    expect(afterSignIn(['member', 'editor'], '/')).to.equal('/admin/innhold');
    expect(loginHref('/forum/traad/t1')).to.equal('/logg-inn?neste=%2Fforum%2Ftraad%2Ft1');
    expect(loginHref('/')).to.equal('/logg-inn');
  });
});
