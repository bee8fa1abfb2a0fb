import type { PullResponse } from '@sexhandel/shared';
import type { DatabaseEngine } from '../../backend/dist/config/app-config';
import { startBenchApp, type BenchApp } from './bench-app';
import { fmtMs, printTable, quantile, sample, timeMs } from './measure';

const SIZES = [100, 10_000];
const UP_TO_DATE_SAMPLES = 300;

/** Fills the pull stream with `count` published articles of realistic size (about 4 KB each). */
async function seedArticleChanges(bench: BenchApp, count: number): Promise<void> {
  await bench.sql(
    `insert into sync_change (entity, entity_id, op, data, changed_at)
     select 'article', gen_random_uuid(), 'upsert',
       jsonb_build_object('title', 'Artikkel ' || n, 'slug', 'artikkel-' || n, 'lead', repeat('Ingress. ', 20),
                          'html', repeat('<p>Et avsnitt om kjøp av sex og menneskehandel.</p>', 80),
                          'authorName', 'Forfatter ' || n, 'authorRole', 'researcher', 'tags', jsonb_build_array('forskning'),
                          'publishedAt', now()),
       now()
     from generate_series(1, ?) as n`,
    [count],
  );
}

async function pullPage(bench: BenchApp, cursor: string): Promise<PullResponse> {
  const response = await fetch(`${bench.baseUrl}/api/sync/pull?cursor=${cursor}`);
  if (!response.ok) throw new Error(`pull answered ${response.status}`);
  return (await response.json()) as PullResponse;
}

async function pullAll(bench: BenchApp): Promise<{ cursor: string; pages: number; changes: number }> {
  let cursor = '0';
  let pages = 0;
  let changes = 0;
  for (;;) {
    const page = await pullPage(bench, cursor);
    pages++;
    changes += page.changes.length;
    cursor = page.cursor;
    if (!page.hasMore) return { cursor, pages, changes };
  }
}

export async function benchPull(engines: DatabaseEngine[]): Promise<void> {
  const rows: string[][] = [];
  for (const engine of engines) {
    const benches = new Map<number, BenchApp>();
    try {
      for (const size of SIZES) {
        const bench = await startBenchApp(engine);
        benches.set(size, bench);
        await seedArticleChanges(bench, size);
        await pullAll(bench); // warm caches and JIT once
      }
      const cold = new Map<number, { ms: number; pages: number; cursor: string }>();
      for (const [size, bench] of benches) {
        let full = { cursor: '0', pages: 0, changes: 0 };
        const ms = await timeMs(async () => {
          full = await pullAll(bench);
        });
        if (full.changes !== size) throw new Error(`expected ${size} changes, pulled ${full.changes}`);
        cold.set(size, { ms, pages: full.pages, cursor: full.cursor });
      }
      // Interleaved, so both sizes see the same machine noise and the same warm-up.
      const samples = new Map<number, number[]>(SIZES.map((size) => [size, []]));
      for (let round = 0; round < UP_TO_DATE_SAMPLES; round++) {
        for (const [size, bench] of benches) {
          const cursor = cold.get(size)?.cursor ?? '0';
          samples.get(size)?.push(...(await sample(1, () => pullPage(bench, cursor), round === 0 ? 20 : 0)));
        }
      }
      for (const size of SIZES) {
        const upToDate = samples.get(size) ?? [];
        const run = cold.get(size);
        rows.push([
          engine,
          size.toLocaleString('en'),
          String(run?.pages ?? ''),
          fmtMs(run?.ms ?? NaN),
          fmtMs(quantile(upToDate, 0.5)),
          fmtMs(quantile(upToDate, 0.95)),
        ]);
      }
      const ratio = quantile(samples.get(10_000) ?? [], 0.5) / quantile(samples.get(100) ?? [], 0.5);
      rows.push([engine, 'ratio', '', '', `up-to-date(10,000)/up-to-date(100) = ${ratio.toFixed(2)}`, '']);
    } finally {
      for (const bench of benches.values()) await bench.close();
    }
  }
  printTable(
    'Sync pull: cold full pull (every page, default limit 200) and pull with an up-to-date cursor (median/p95 of 300, interleaved)',
    ['engine', 'articles', 'pages', 'cold full pull', 'up-to-date p50', 'up-to-date p95'],
    rows,
  );
}
