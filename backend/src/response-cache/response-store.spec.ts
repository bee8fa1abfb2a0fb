import { describe, expect, it } from 'vitest';
import { matchesEtag } from './response-cache.http';
import { ResponseStore } from './response-store';

const answer = (seq: number, size: number) => ({ seq, body: Buffer.alloc(size), headers: { 'content-type': 'x' } });

describe(ResponseStore.name, () => {
  describe('set', () => {
    it('never holds more bytes than its bound, letting the least recently used answers go first', () => {
      const sut = new ResponseStore(4_000);
      for (let i = 0; i < 100; i += 1) {
        sut.set(`k${i}`, answer(1, 500));
        expect(sut.usedBytes).toBeLessThanOrEqual(4_000);
      }
      expect(sut.size).toBeGreaterThan(1);
      expect(sut.get('k0')).toBeUndefined();
      expect(sut.get('k99')).toBeDefined();
    });

    it('keeps what was read recently', () => {
      const sut = new ResponseStore(3_000);
      for (const key of ['a', 'b']) sut.set(key, answer(1, 300));
      sut.get('a');
      for (const key of ['c', 'd', 'e', 'f']) sut.set(key, answer(1, 300));
      expect(sut.get('b')).toBeUndefined();
      expect(sut.get('a')).toBeDefined();
      expect(sut.get('c')).toBeDefined();
    });

    it('does not keep an answer larger than a quarter of the bound, nor anything with a bound of 0', () => {
      const sut = new ResponseStore(4_000);
      sut.set('small', answer(1, 100));
      sut.set('big', answer(1, 1_000));
      expect(sut.get('big')).toBeUndefined();
      expect(sut.get('small')).toBeDefined();
      const none = new ResponseStore(0);
      none.set('small', answer(1, 1));
      expect(none.usedBytes).toBe(0);
    });

    it('counts a replaced answer once', () => {
      const sut = new ResponseStore(10_000);
      sut.set('a', answer(1, 500));
      const once = sut.usedBytes;
      sut.set('a', answer(1, 500));
      expect(sut.usedBytes).toBe(once);
    });
  });

  describe('observe', () => {
    it('drops the answers of older sequences once a newer one is seen, and refuses to keep old ones after', () => {
      const sut = new ResponseStore(10_000);
      sut.observe(1);
      sut.set('old', answer(1, 100));
      sut.observe(2);
      expect(sut.get('old')).toBeUndefined();
      expect(sut.usedBytes).toBe(0);
      sut.set('late', answer(1, 100));
      expect(sut.get('late')).toBeUndefined();
    });

    it('drops answers of sequences above one seen later (the database went back, sequences will be reused)', () => {
      const sut = new ResponseStore(10_000);
      sut.observe(7);
      sut.set('seven', answer(7, 100));
      sut.observe(5);
      expect(sut.get('seven')).toBeUndefined();
    });
  });
});

describe('matchesEtag', () => {
  const etag = 'W/"c12-0123456789ab"';

  it('matches the ETag, weak or strong, alone or in a list, and *', () => {
    expect(matchesEtag(etag, etag)).toBe(true);
    expect(matchesEtag('"c12-0123456789ab"', etag)).toBe(true);
    expect(matchesEtag(`"x", ${etag}`, etag)).toBe(true);
    expect(matchesEtag('*', etag)).toBe(true);
  });

  it.each(['W/"c11-0123456789ab"', 'garbage', 'W/"garbage<>"', '"', ',,,', 'W/', 'x'.repeat(10_000), ''])(
    'does not match %s',
    (header) => {
      expect(matchesEtag(header, etag)).toBe(false);
    },
  );
});
