import { describe, expect, it } from 'vitest';
import { readingMinutes, renderMarkdown } from './markdown.renderer';

describe(renderMarkdown.name, () => {
  const sut = renderMarkdown;

  it('renders ordinary markdown: headings, lists, emphasis, quotes, code, tables', () => {
    const html = sut(
      '## Loven\n\nDet er **forbudt** å *kjøpe* sex.\n\n- en\n- to\n\n> sitat\n\n`kode`\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    expect(html).toContain('<h2>Loven</h2>');
    expect(html).toContain('<strong>forbudt</strong>');
    expect(html).toContain('<em>kjøpe</em>');
    expect(html).toContain('<li>en</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>kode</code>');
    expect(html).toContain('<td>1</td>');
  });

  it('turns a top-level heading into h2 (the page title is the only h1)', () => {
    expect(sut('# Tittel')).toBe('<h2>Tittel</h2>');
  });

  it('adds rel="noopener noreferrer" to links and drops target', () => {
    const html = sut('[Lovdata](https://lovdata.no) og <a href="https://example.org" target="_blank">her</a>');
    expect(html).toContain('<a href="https://lovdata.no" rel="noopener noreferrer">Lovdata</a>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">her</a>');
    expect(html).not.toContain('target');
  });

  it('keeps mailto, tel and same-site paths', () => {
    const html = sut('[e-post](mailto:post@example.org) [ring](tel:+4712345678) [loven](/info/loven)');
    expect(html).toContain('href="mailto:post@example.org"');
    expect(html).toContain('href="tel:+4712345678"');
    expect(html).toContain('href="/info/loven"');
  });

  it('removes script elements with their content', () => {
    const html = sut('Før<script>alert(1)</script>etter\n\n<script src="https://evil.example/x.js"></script>');
    expect(html).not.toMatch(/script|alert/i);
    expect(html).toContain('Før');
  });

  it('removes iframes, objects, embeds and style elements', () => {
    const html = sut(
      '<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="y"><style>p{color:red}</style>tekst',
    );
    expect(html).not.toMatch(/iframe|object|embed|style|color/i);
    expect(html).toContain('tekst');
  });

  it('removes event handler attributes and inline style', () => {
    const html = sut(
      '<p onclick="alert(1)" style="color:red">hei</p><a href="https://a.example" onmouseover="x()">lenke</a>',
    );
    expect(html).not.toMatch(/onclick|onmouseover|style|alert/i);
    expect(html).toContain('<p>hei</p>');
  });

  it('removes images entirely, markdown or html, including onerror', () => {
    const html = sut('![bilde](https://tracker.example/p.png)\n\n<img src="x" onerror="alert(1)">');
    expect(html).not.toMatch(/img|tracker|onerror|alert/i);
  });

  it('strips javascript: and data: URLs from links', () => {
    const html = sut(
      '[klikk](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">to</a> <a href="data:text/html;base64,PHNjcmlwdD4=">tre</a> <a href="//evil.example">fire</a>',
    );
    expect(html).not.toMatch(/javascript|data:|alert|evil\.example/i);
    expect(html).toContain('klikk');
    expect(html).toContain('tre');
  });

  it('strips other schemes such as vbscript: and file:', () => {
    const html = sut('<a href="vbscript:msgbox(1)">a</a> <a href="file:///etc/passwd">b</a>');
    expect(html).not.toMatch(/vbscript|file:/i);
  });
});

describe(readingMinutes.name, () => {
  it('counts about 200 words a minute, at least one', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('ord '.repeat(50))).toBe(1);
    expect(readingMinutes('ord '.repeat(1000))).toBe(5);
    expect(readingMinutes('# - * ord '.repeat(400))).toBe(2);
  });
});
