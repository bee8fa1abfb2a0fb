import { msg } from '@lit/localize';
import { html } from 'lit';
import type { RouteDef } from './router.js';
import '../pages/start/sh-start-page.js';
import '../pages/info/sh-info-list-page.js';
import '../pages/info/sh-info-page.js';
import '../pages/articles/sh-article-list-page.js';
import '../pages/articles/sh-article-page.js';
import '../pages/news/sh-news-page.js';
import '../pages/resources/sh-resources-page.js';
import '../pages/rules/sh-rules-page.js';
import '../pages/settings/sh-settings-page.js';
import '../pages/not-found/sh-not-found-page.js';

/** Every route of the app, one line each. Later issues add /forum, /kontakt, /admin/... here. */
export const ROUTES: readonly RouteDef[] = [
  { pattern: '/', title: () => msg('Start'), render: () => html`<sh-start-page></sh-start-page>` },
  { pattern: '/info', title: () => msg('Informasjon'), render: () => html`<sh-info-list-page></sh-info-list-page>` },
  {
    pattern: '/info/:slug',
    title: () => msg('Informasjon'),
    render: (p) => html`<sh-info-page .slug=${p.slug ?? ''}></sh-info-page>`,
  },
  {
    pattern: '/artikler',
    title: () => msg('Artikler'),
    render: () => html`<sh-article-list-page></sh-article-list-page>`,
  },
  {
    pattern: '/artikler/:slug',
    title: () => msg('Artikkel'),
    render: (p) => html`<sh-article-page .slug=${p.slug ?? ''}></sh-article-page>`,
  },
  { pattern: '/nyheter', title: () => msg('Nyheter'), render: () => html`<sh-news-page></sh-news-page>` },
  { pattern: '/ressurser', title: () => msg('Ressurser'), render: () => html`<sh-resources-page></sh-resources-page>` },
  { pattern: '/regler', title: () => msg('Forumregler'), render: () => html`<sh-rules-page></sh-rules-page>` },
  {
    pattern: '/innstillinger',
    title: () => msg('Innstillinger'),
    render: () => html`<sh-settings-page></sh-settings-page>`,
  },
];

export const NOT_FOUND: RouteDef = {
  pattern: '*',
  title: () => msg('Fant ikke siden'),
  render: () => html`<sh-not-found-page></sh-not-found-page>`,
};

/** Main navigation: path and label, in order. */
export function navItems(): { href: string; label: string }[] {
  return [
    { href: '/', label: msg('Start') },
    { href: '/info', label: msg('Informasjon') },
    { href: '/artikler', label: msg('Artikler') },
    { href: '/nyheter', label: msg('Nyheter') },
    { href: '/ressurser', label: msg('Ressurser') },
    { href: '/regler', label: msg('Forumregler') },
    { href: '/innstillinger', label: msg('Innstillinger') },
  ];
}
