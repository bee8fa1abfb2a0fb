import { createHash } from 'node:crypto';

/** Line endings to \n and NUL characters out; everything else stays exactly as typed. */
export function normalisePostBody(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '');
}

/** Titles are one line: line breaks become spaces, ends are trimmed. */
export function normaliseThreadTitle(text: string): string {
  return normalisePostBody(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** Case and spacing folded, hashed: two posts with the same fingerprint say the same thing. */
export function postFingerprint(body: string): string {
  const folded = body.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}
