import { containsLink, parsePostBody, type PostInline } from '@sexhandel/shared';
import { describe, expect, it } from 'vitest';
import { normalisePostBody, normaliseThreadTitle, postFingerprint } from './forum-text';

function links(text: string): Array<Extract<PostInline, { type: 'link' }>> {
  return parsePostBody(text).flatMap((block) => block.inlines.filter((inline) => inline.type === 'link'));
}

describe(parsePostBody.name, () => {
  it('splits paragraphs on blank lines and keeps line breaks inside one', () => {
    expect(parsePostBody('Første linje\nandre linje\n\n\nNytt avsnitt')).toEqual([
      {
        type: 'paragraph',
        inlines: [{ type: 'text', text: 'Første linje' }, { type: 'break' }, { type: 'text', text: 'andre linje' }],
      },
      { type: 'paragraph', inlines: [{ type: 'text', text: 'Nytt avsnitt' }] },
    ]);
  });

  it('makes a quote block of lines starting with "> "', () => {
    expect(parsePostBody('> Du skrev\n> dette\nMitt svar')).toEqual([
      {
        type: 'quote',
        inlines: [{ type: 'text', text: 'Du skrev' }, { type: 'break' }, { type: 'text', text: 'dette' }],
      },
      { type: 'paragraph', inlines: [{ type: 'text', text: 'Mitt svar' }] },
    ]);
  });

  it('turns http(s) URLs into links without trailing punctuation', () => {
    expect(links('Les https://example.no/rapport. Og (http://example.com/a_(b)).')).toEqual([
      { type: 'link', href: 'https://example.no/rapport', text: 'https://example.no/rapport' },
      { type: 'link', href: 'http://example.com/a_(b)', text: 'http://example.com/a_(b)' },
    ]);
  });

  it('never yields a javascript: (or any non-http) link, and keeps markup as plain text', () => {
    const hostile = [
      '[x](javascript:alert(1))',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '<a href="javascript:alert(1)">x</a>',
      'data:text/html,<script>alert(1)</script>',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'https://javascript:alert(1)@',
    ].join('\n\n');
    const blocks = parsePostBody(hostile);
    for (const link of links(hostile)) expect(link.href).toMatch(/^https?:\/\//);
    const text = blocks
      .flatMap((block) => block.inlines.map((inline) => ('text' in inline ? inline.text : '')))
      .join('\n');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('[x](javascript:alert(1))');
  });
});

describe(containsLink.name, () => {
  it.each([
    'https://example.com',
    'http://x.no',
    'www.example.org',
    'example.com',
    'se sex.no!',
    'Sub.Example.CO.uk/path',
  ])('finds a link in %j', (text) => expect(containsLink(text)).toBe(true));

  it.each(['f.eks. slik', 'bl.a. dette', 'ca. 20 kr', 'Hei. No er det nok', 'kl. 10.30', 'versjon 1.2.3'])(
    'finds none in %j',
    (text) => expect(containsLink(text)).toBe(false),
  );
});

describe('forum text normalisation', () => {
  it('normalises line endings, strips NUL and keeps everything else', () => {
    expect(normalisePostBody(' a\r\nb\rc\u0000d <b>x</b> ')).toBe(' a\nb\ncd <b>x</b> ');
  });

  it('makes a title one trimmed line', () => {
    expect(normaliseThreadTitle('  Et spørsmål\r\n om loven ')).toBe('Et spørsmål om loven');
  });

  it('gives the same fingerprint to texts differing only in case and spacing', () => {
    expect(postFingerprint('Jeg er  enig.\n')).toBe(postFingerprint('jeg er enig.'));
    expect(postFingerprint('Jeg er enig.')).not.toBe(postFingerprint('Jeg er uenig.'));
  });
});
