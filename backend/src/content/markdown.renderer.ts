import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// Own instance: no global marked options shared with anything else in the process.
const markdown = new Marked({ gfm: true, breaks: false });

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'a',
  'strong',
  'em',
  'del',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/**
 * What rendered content may contain: ordinary text markup only. No images (the app makes no
 * remote requests), no scripts, styles, frames or event handlers; links only to http(s),
 * mailto, tel or a path on this site, always with rel="noopener noreferrer" and no target.
 */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
  },
  allowedClasses: { code: ['language-*'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The page's own title is the h1; headings inside the body start at h2.
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => {
      const { target: _target, ...rest } = attribs;
      return { tagName, attribs: { ...rest, rel: 'noopener noreferrer' } };
    },
  },
};

/** Renders Markdown to HTML that is safe to insert into the app as is. */
export function renderMarkdown(source: string): string {
  const html = markdown.parse(source, { async: false });
  return sanitizeHtml(html, SANITIZE_OPTIONS).trim();
}

/** Reading time at about 200 words a minute, at least one minute. */
export function readingMinutes(source: string): number {
  const words = source.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / 200));
}
