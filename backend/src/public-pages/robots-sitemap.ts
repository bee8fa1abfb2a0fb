import { escapeHtml } from './html';

/**
 * Crawlers may read the public pages. They stay out of accounts, staff screens, campaign links and
 * the API; /forum is not disallowed, or a crawler could never see its `noindex`.
 */
export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /konto',
    'Disallow: /k/',
    'Disallow: /api/',
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

/** sitemaps.org 0.9: urlset > url > loc (absolute) and lastmod (W3C date). */
export function sitemapXml(publicUrl: string, entries: { path: string; lastmod: string | null }[]): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastmod ? `<lastmod>${escapeHtml(new Date(entry.lastmod).toISOString())}</lastmod>` : '';
    return `  <url><loc>${escapeHtml(`${publicUrl}${encodeURI(entry.path)}`)}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
