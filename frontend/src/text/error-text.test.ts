import { expect } from '@open-wc/testing';
import { ERROR_CODES } from '@sexhandel/shared';
import { applyLocale } from '../localization.js';
import { codeText, errorText, fieldErrorText, lockedText } from './error-text.js';
import { plural } from './plural.js';
import { msg, str } from '@lit/localize';

/** Text for every code in the current locale. */
const textsNow = () => new Map(ERROR_CODES.map((code) => [code, codeText(code)]));

describe('error-text', () => {
  afterEach(async () => {
    await applyLocale('nb');
  });

  it('has Norwegian and English text for every error code on the shared list', async () => {
    await applyLocale('nb');
    const norwegian = textsNow();
    const general = errorText('no_such_code_on_the_list');
    for (const code of ERROR_CODES) {
      const text = norwegian.get(code) ?? '';
      expect(text.trim().length, `${code} has no Norwegian text`).to.be.greaterThan(0);
      expect(text, `${code} falls back to the general text`).not.to.equal(general);
    }
    await applyLocale('en');
    const english = textsNow();
    for (const code of ERROR_CODES) {
      const text = english.get(code) ?? '';
      expect(text.trim().length, `${code} has no English text`).to.be.greaterThan(0);
      // An untranslated message falls back to the Norwegian source.
      expect(text, `${code} has no English translation in xliff/en.xlf`).not.to.equal(norwegian.get(code));
    }
  });

  it('never shows an unknown code or a server sentence, only a general text', () => {
    expect(errorText({ code: 'made_up' })).to.equal('Noe gikk galt. Prøv igjen.');
    expect(errorText(undefined)).to.equal('Noe gikk galt. Prøv igjen.');
  });

  it('names the field in field messages, and says until when a lock lasts', async () => {
    expect(fieldErrorText('required', 'Alias')).to.equal('«Alias» må fylles ut.');
    const until = new Date();
    until.setHours(23, 59, 0, 0);
    expect(lockedText(until.toISOString())).to.contain('23:59');
    await applyLocale('en');
    expect(fieldErrorText('too_long', 'Alias')).to.equal('“Alias” is too long.');
    expect(lockedText(until.toISOString())).to.contain('23:59');
    expect(lockedText(undefined)).to.equal('Too many failed attempts. Wait a while and try again.');
  });
});

describe('plural', () => {
  afterEach(async () => {
    await applyLocale('nb');
  });

  const posts = (count: number) =>
    plural(count, (n) => ({
      one: msg(str`${n} nytt innlegg siden sist`),
      other: msg(str`${n} nye innlegg siden sist`),
    }));

  it('picks the message by the plural category of the language, with the count formatted', async () => {
    expect(posts(1)).to.equal('1 nytt innlegg siden sist');
    expect(posts(2)).to.equal('2 nye innlegg siden sist');
    expect(posts(0)).to.equal('0 nye innlegg siden sist');
    expect(posts(12345)).to.equal('12\u00a0345 nye innlegg siden sist');
    await applyLocale('en');
    expect(posts(1)).to.equal('1 new post since last time');
    expect(posts(2)).to.equal('2 new posts since last time');
    expect(posts(12345)).to.equal('12,345 new posts since last time');
  });
});
