import {
  request as httpRequest,
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** A small seeded PRNG (mulberry32): the same seed gives the same faults in the same order. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultRates {
  /** The request is never forwarded: the client's socket is destroyed. */
  drop: number;
  /** Forwarded and answered by the server, then the client's socket is destroyed (the client never hears). */
  cut: number;
  /** Forwarded twice at once; the client gets the first answer. */
  repeat: number;
  /** Held back for up to `maxDelayMs` before forwarding. */
  delay: number;
  maxDelayMs: number;
}

export interface FaultCounts {
  requests: number;
  dropped: number;
  cut: number;
  repeated: number;
  delayed: number;
  /** Upstream not reachable (the server was down): answered 502. */
  upstreamDown: number;
}

export interface FaultProxy {
  url: string;
  counts: FaultCounts;
  close: () => Promise<void>;
}

interface Upstream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function forward(port: number, incoming: IncomingMessage, body: Buffer): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const headers = { ...incoming.headers, host: `127.0.0.1:${port}`, connection: 'close' };
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method: incoming.method, path: incoming.url, headers, timeout: 30_000 },
      (response) => {
        readBody(response).then(
          (data) => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: data }),
          reject,
        );
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('upstream timeout')));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * An HTTP proxy on loopback in front of `upstreamPort` that, for requests `faulty(method, url)`
 * selects, drops, cuts, repeats or delays at the given rates (decided by a seeded PRNG). Other
 * requests pass through untouched.
 */
export async function startFaultProxy(
  upstreamPort: number,
  rates: FaultRates,
  seed: number,
  faulty: (method: string, url: string) => boolean = () => true,
): Promise<FaultProxy> {
  const random = seededRandom(seed);
  const counts: FaultCounts = { requests: 0, dropped: 0, cut: 0, repeated: 0, delayed: 0, upstreamDown: 0 };
  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const body = await readBody(incoming);
    counts.requests += 1;
    const selected = faulty(incoming.method ?? 'GET', incoming.url ?? '/');
    const roll = selected ? random() : 1;
    const delayRoll = selected ? random() : 1;
    const delayMs = Math.floor(random() * rates.maxDelayMs);
    if (roll < rates.drop) {
      counts.dropped += 1;
      incoming.socket.destroy();
      return;
    }
    if (delayRoll < rates.delay) {
      counts.delayed += 1;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
    const cut = roll < rates.drop + rates.cut;
    const repeat = !cut && roll < rates.drop + rates.cut + rates.repeat;
    let answer: Upstream;
    try {
      if (repeat) {
        counts.repeated += 1;
        const both = await Promise.allSettled([
          forward(upstreamPort, incoming, body),
          forward(upstreamPort, incoming, body),
        ]);
        const first = both.find((result): result is PromiseFulfilledResult<Upstream> => result.status === 'fulfilled');
        if (!first) throw new Error('both copies failed');
        answer = first.value;
      } else {
        answer = await forward(upstreamPort, incoming, body);
      }
    } catch {
      counts.upstreamDown += 1;
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'application/json', connection: 'close' });
      outgoing.end('{"statusCode":502,"error":"Bad Gateway","message":"upstream down"}');
      return;
    }
    if (cut) {
      counts.cut += 1;
      incoming.socket.destroy();
      return;
    }
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    headers['content-length'] = String(answer.body.length);
    outgoing.writeHead(answer.status, headers);
    outgoing.end(answer.body);
  };
  const server: Server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch(() => incoming.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
