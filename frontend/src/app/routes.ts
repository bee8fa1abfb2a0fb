import { msg } from '@lit/localize';
import { CONVERSATION_STATUSES, type ConversationStatus } from '@sexhandel/shared';
import { html } from 'lit';
import { RETURN_PARAM } from '../state/staff-links.js';
import type { RouteDef } from './router.js';

// Pages load through `load` only: the shell imports no page module, so each page (and what only it
// uses) is its own chunk, and the parameters below reach the pages as they are in the address.

/** A query parameter of the address, or null. */
function queryParam(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}

/** `?utkast=<id>`: the draft a composer page should continue. */
function draftParam(): string | undefined {
  return queryParam('utkast') ?? undefined;
}

/** `?status=` of the counsellor inbox. */
function inboxStatusParam(): ConversationStatus {
  const status = queryParam('status');
  return (CONVERSATION_STATUSES as readonly string[]).includes(status ?? '') ? (status as ConversationStatus) : 'new';
}

/** Every route of the app, one entry each. */
export const ROUTES: readonly RouteDef[] = [
  {
    pattern: '/',
    load: () => import('../pages/start/sh-start-page.js'),
    title: () => msg('Forside'),
    render: () => html`<sh-start-page></sh-start-page>`,
  },
  {
    pattern: '/info',
    load: () => import('../pages/info/sh-info-list-page.js'),
    title: () => msg('Informasjon'),
    render: () => html`<sh-info-list-page></sh-info-list-page>`,
  },
  {
    pattern: '/info/:slug',
    load: () => import('../pages/info/sh-info-page.js'),
    title: () => msg('Informasjon'),
    render: (p) => html`<sh-info-page .slug=${p.slug ?? ''}></sh-info-page>`,
  },
  {
    pattern: '/artikler',
    load: () => import('../pages/articles/sh-article-list-page.js'),
    title: () => msg('Artikler'),
    render: () => html`<sh-article-list-page></sh-article-list-page>`,
  },
  {
    pattern: '/artikler/:slug',
    load: () => import('../pages/articles/sh-article-page.js'),
    title: () => msg('Artikkel'),
    render: (p) => html`<sh-article-page .slug=${p.slug ?? ''}></sh-article-page>`,
  },
  {
    pattern: '/nyheter',
    load: () => import('../pages/news/sh-news-page.js'),
    title: () => msg('Nyheter'),
    render: () => html`<sh-news-page></sh-news-page>`,
  },
  {
    pattern: '/ressurser',
    load: () => import('../pages/resources/sh-resources-page.js'),
    title: () => msg('Ressurser'),
    render: () => html`<sh-resources-page></sh-resources-page>`,
  },
  {
    pattern: '/regler',
    load: () => import('../pages/rules/sh-rules-page.js'),
    title: () => msg('Forumregler'),
    render: () => html`<sh-rules-page></sh-rules-page>`,
  },
  {
    pattern: '/forum',
    load: () => import('../pages/forum/sh-forum-page.js'),
    title: () => msg('Forum'),
    render: () => html`<sh-forum-page></sh-forum-page>`,
  },
  {
    pattern: '/forum/ny',
    load: () => import('../pages/forum/sh-new-thread-page.js'),
    title: () => msg('Ny tråd'),
    render: () => html`<sh-new-thread-page .draftId=${draftParam()}></sh-new-thread-page>`,
  },
  {
    pattern: '/forum/utkast',
    load: () => import('../pages/forum/sh-drafts-page.js'),
    title: () => msg('Mine utkast'),
    render: () => html`<sh-drafts-page></sh-drafts-page>`,
  },
  {
    pattern: '/forum/traad/:id',
    load: () => import('../pages/forum/sh-thread-page.js'),
    title: () => msg('Tråd'),
    render: (p) => html`<sh-thread-page .threadId=${p.id ?? ''} .draftId=${draftParam()}></sh-thread-page>`,
  },
  {
    pattern: '/forum/medlem/:alias',
    load: () => import('../pages/forum/sh-member-page.js'),
    title: () => msg('Medlem'),
    render: (p) => html`<sh-member-page .alias=${p.alias ?? ''}></sh-member-page>`,
  },
  {
    pattern: '/logg-inn',
    load: () => import('../pages/account/sh-login-page.js'),
    title: () => msg('Logg inn'),
    render: () =>
      html`<sh-login-page .notice=${queryParam('melding')} .returnPath=${queryParam(RETURN_PARAM)}></sh-login-page>`,
  },
  {
    pattern: '/glemt-passord',
    load: () => import('../pages/account/sh-password-forgotten-page.js'),
    title: () => msg('Glemt passord'),
    render: () => html`<sh-password-forgotten-page></sh-password-forgotten-page>`,
  },
  {
    // PASSWORD_RESET_PATH of shared: the mailed link opens it with the token in the fragment.
    pattern: '/nytt-passord',
    load: () => import('../pages/account/sh-password-reset-page.js'),
    title: () => msg('Nytt passord'),
    render: () => html`<sh-password-reset-page></sh-password-reset-page>`,
  },
  {
    pattern: '/registrer',
    load: () => import('../pages/account/sh-register-page.js'),
    title: () => msg('Bli medlem'),
    render: () => html`<sh-register-page></sh-register-page>`,
  },
  {
    pattern: '/konto',
    load: () => import('../pages/account/sh-account-page.js'),
    title: () => msg('Min konto'),
    render: () => html`<sh-account-page></sh-account-page>`,
  },
  {
    pattern: '/kontakt',
    load: () => import('../pages/contact/sh-contact-page.js'),
    title: () => msg('Kontakt'),
    render: () => html`<sh-contact-page></sh-contact-page>`,
  },
  {
    pattern: '/kontakt/samtaler',
    load: () => import('../pages/contact/sh-conversations-page.js'),
    title: () => msg('Mine samtaler'),
    render: () => html`<sh-conversations-page></sh-conversations-page>`,
  },
  {
    pattern: '/sporsmal-og-svar',
    load: () => import('../pages/contact/sh-qa-page.js'),
    title: () => msg('Spørsmål og svar'),
    render: () => html`<sh-qa-page></sh-qa-page>`,
  },
  {
    pattern: '/admin/kontakt',
    load: () => import('../pages/admin/contact/sh-inbox-page.js'),
    title: () => msg('Innboks'),
    render: () => html`<sh-inbox-page .status=${inboxStatusParam()}></sh-inbox-page>`,
  },
  {
    pattern: '/admin/kontakt/:id',
    load: () => import('../pages/admin/contact/sh-inbox-conversation-page.js'),
    title: () => msg('Samtale'),
    render: (p) => html`<sh-inbox-conversation-page .conversationId=${p.id ?? ''}></sh-inbox-conversation-page>`,
  },
  {
    pattern: '/admin/sporsmal-og-svar',
    load: () => import('../pages/admin/contact/sh-qa-admin-page.js'),
    title: () => msg('Spørsmål og svar – redaksjon'),
    render: () => html`<sh-qa-admin-page></sh-qa-admin-page>`,
  },
  {
    pattern: '/admin/telefon',
    load: () => import('../pages/admin/contact/sh-phone-editor-page.js'),
    title: () => msg('Telefontider'),
    render: () => html`<sh-phone-editor-page></sh-phone-editor-page>`,
  },
  {
    pattern: '/sok',
    load: () => import('../pages/search/sh-search-page.js'),
    title: () => msg('Søk'),
    render: () => html`<sh-search-page .query=${queryParam('q') ?? ''}></sh-search-page>`,
  },
  {
    pattern: '/media',
    load: () => import('../pages/media/sh-media-page.js'),
    title: () => msg('Tjenesten i mediene'),
    render: () => html`<sh-media-page></sh-media-page>`,
  },
  {
    pattern: '/admin/innhold',
    load: () => import('../pages/admin/content/sh-content-admin-page.js'),
    title: () => msg('Redaksjon'),
    render: () => html`<sh-content-admin-page .tab=${queryParam('fane') ?? ''}></sh-content-admin-page>`,
  },
  {
    pattern: '/admin/kampanjer',
    load: () => import('../pages/admin/campaigns/sh-campaigns-page.js'),
    title: () => msg('Kampanjer og kort'),
    render: () => html`<sh-campaigns-page></sh-campaigns-page>`,
  },
  {
    pattern: '/admin/moderering',
    load: () => import('../pages/admin/moderation/sh-moderation-page.js'),
    title: () => msg('Moderering'),
    render: () => html`<sh-moderation-page .tab=${queryParam('fane') ?? ''}></sh-moderation-page>`,
  },
  {
    pattern: '/undersokelse/:id',
    load: () => import('../pages/survey/sh-survey-page.js'),
    title: () => msg('Undersøkelse'),
    render: (p) => html`<sh-survey-page .surveyId=${p.id ?? ''}></sh-survey-page>`,
  },
  {
    pattern: '/admin/undersokelser',
    load: () => import('../pages/admin/survey/sh-survey-admin-page.js'),
    title: () => msg('Undersøkelser'),
    render: () => html`<sh-survey-admin-page></sh-survey-admin-page>`,
  },
  {
    pattern: '/moderering-logg',
    load: () => import('../pages/modlog/sh-modlog-page.js'),
    title: () => msg('Moderasjonslogg'),
    render: () => html`<sh-modlog-page></sh-modlog-page>`,
  },
  {
    pattern: '/admin/statistikk',
    load: () => import('../pages/admin/insight/sh-stats-page.js'),
    title: () => msg('Statistikk'),
    render: () => html`<sh-stats-page></sh-stats-page>`,
  },
  {
    pattern: '/skjul-besoket',
    load: () => import('../pages/hide-visit/sh-hide-visit-page.js'),
    title: () => msg('Slik skjuler du besøket'),
    render: () => html`<sh-hide-visit-page></sh-hide-visit-page>`,
  },
  {
    pattern: '/innstillinger',
    load: () => import('../pages/settings/sh-settings-page.js'),
    title: () => msg('Innstillinger'),
    render: () => html`<sh-settings-page></sh-settings-page>`,
  },
];

export const NOT_FOUND: RouteDef = {
  pattern: '*',
  load: () => import('../pages/not-found/sh-not-found-page.js'),
  title: () => msg('Fant ikke siden'),
  render: () => html`<sh-not-found-page></sh-not-found-page>`,
};

/** Main navigation: path and label, in order. */
export function navItems(): { href: string; label: string }[] {
  return [
    { href: '/', label: msg('Forside') },
    { href: '/info', label: msg('Informasjon') },
    { href: '/artikler', label: msg('Artikler') },
    { href: '/nyheter', label: msg('Nyheter') },
    { href: '/ressurser', label: msg('Ressurser') },
    { href: '/forum', label: msg('Forum') },
    { href: '/kontakt', label: msg('Kontakt') },
    { href: '/regler', label: msg('Forumregler') },
    { href: '/innstillinger', label: msg('Innstillinger') },
  ];
}
