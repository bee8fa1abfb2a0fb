import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Post } from './post.entity';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

// Nobody edits what a member wrote: moderation changes a post's status, never its text.
describe(`${Post.name} body`, () => {
  it('is never updated by application code', () => {
    const offenders = sourceFiles(join(__dirname, '..')).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return (
        /update\s+"?post"?\s+set[^;`'"]*\bbody\b/i.test(text) || /nativeUpdate\(\s*Post\s*,[^)]*\bbody\b/.test(text)
      );
    });
    expect(offenders).toEqual([]);
  });
});
