import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerAccessLog } from './access-log';
import { createRootLogger } from './app-logger';

/** A Fastify app with the access log into memory, one route and the 404 handler. */
async function sutWith(
  level: string,
): Promise<{ lines: () => Array<Record<string, unknown>>; app: ReturnType<typeof Fastify> }> {
  const written: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString('utf8'));
      done();
    },
  });
  const app = Fastify({ genReqId: () => 'request-1' });
  registerAccessLog(app, createRootLogger(level, sink));
  app.get('/api/search', async () => ({ items: [] }));
  await app.ready();
  return {
    app,
    lines: () =>
      written
        .join('')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('registerAccessLog', () => {
  it('writes one line per request with id, method, path, status and time, and nothing about the person', async () => {
    const sut = await sutWith('info');
    await sut.app.inject({
      method: 'GET',
      url: '/api/search?q=kj%C3%B8pe+sex+oslo',
      remoteAddress: '203.0.113.7',
      headers: { 'user-agent': 'Mozilla/5.0 TestPhone', 'x-forwarded-for': '198.51.100.9', cookie: 'session=secret' },
    });
    await sut.app.inject({ method: 'POST', url: '/nowhere?x=1' });
    const lines = sut.lines();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      msg: 'request completed',
      req: { id: 'request-1', method: 'GET', path: '/api/search' },
      res: { statusCode: 200 },
    });
    expect(typeof lines[0].responseTime).toBe('number');
    expect(lines[1]).toMatchObject({ req: { method: 'POST', path: '/nowhere' }, res: { statusCode: 404 } });
    const text = JSON.stringify(lines);
    for (const kept of ['kj', 'oslo', '203.0.113.7', '198.51.100.9', 'Mozilla', 'TestPhone', 'secret', 'x=1'])
      expect(text).not.toContain(kept);
    await sut.app.close();
  });

  it('writes nothing when the level is above info', async () => {
    const sut = await sutWith('warn');
    await sut.app.inject({ method: 'GET', url: '/api/search' });
    expect(sut.lines()).toEqual([]);
    await sut.app.close();
  });
});
