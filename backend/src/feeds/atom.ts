/** A tiny Atom 1.0 writer (RFC 4287): every text escaped, characters XML 1.0 forbids removed. */

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  link: string;
  summary: string;
  authorName?: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  siteUrl: string;
  authorName: string;
  entries: AtomEntry[];
}

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except the surrogates, FFFE and FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const el = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    ${el('id', entry.id)}`,
    `    ${el('title', entry.title)}`,
    `    ${el('updated', entry.updated.toISOString())}`,
    ...(entry.published ? [`    ${el('published', entry.published.toISOString())}`] : []),
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    ...(entry.authorName ? [`    <author>${el('name', entry.authorName)}</author>`] : []),
    ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
    `    ${el('summary', entry.summary)}`,
    '  </entry>',
  ].join('\n');
}

export function renderAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, entry) => Math.max(latest, entry.updated.getTime()), 0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">',
    `  ${el('id', feed.id)}`,
    `  ${el('title', feed.title)}`,
    `  ${el('subtitle', feed.subtitle)}`,
    // An empty feed still needs an updated time; the epoch says "nothing yet" and stays stable.
    `  ${el('updated', new Date(updated).toISOString())}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <author>${el('name', feed.authorName)}</author>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
