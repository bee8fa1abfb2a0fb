import { Client } from 'pg';
import { SEARCH_TYPES, type SearchPageDto } from '@sexhandel/shared';
import { APP_CONFIG, type AppConfig, type DatabaseEngine } from '../../backend/dist/config/app-config';
import { buildSearchSql, HEADLINE_OPTIONS } from '../../backend/dist/search/search.repository';
import { startBenchApp, type BenchApp } from './bench-app';
import { fmtMs, printTable, quantile, sample, timeMs } from './measure';

const ARTICLES = 10_000;
const POSTS = 100_000;
const THREADS = 2_000;
const SAMPLES = 20;
const LIMIT = 20;

/**
 * Vocabulary for generated texts. Drawn with a skewed distribution (index = k·random()⁴), so the
 * first words are in almost every text and the last ones in a few: ranking has something to rank.
 */
const WORDS = [
  'og',
  'det',
  'som',
  'kjøp',
  'sex',
  'hjelp',
  'samtale',
  'forum',
  'lov',
  'politiet',
  'kvinner',
  'menn',
  'penger',
  'prostitusjon',
  'menneskehandel',
  'sexkjøper',
  'sexkjøpere',
  'forskning',
  'kunnskap',
  'erfaring',
  'skam',
  'angst',
  'relasjon',
  'ekteskap',
  'familie',
  'hemmelighet',
  'avhengighet',
  'internett',
  'annonse',
  'massasjeinstitutt',
  'gatemiljø',
  'utnyttelse',
  'tvang',
  'gjeld',
  'bakmenn',
  'sårbarhet',
  'rusmisbruk',
  'helsetjeneste',
  'veileder',
  'terapeut',
  'straff',
  'bot',
  'fengsel',
  'sexkjøpsloven',
  'kriminalisering',
  'holdninger',
  'ungdom',
  'studenter',
  'politikere',
  'forskere',
  'helsepersonell',
  'sosialarbeidere',
  'utlandet',
  'turisme',
  'reise',
  'hotell',
  'leilighet',
  'nettsted',
  'anonymitet',
  'telefon',
  'chat',
  'endring',
  'motivasjon',
  'tilbakefall',
  'skyld',
  'ansvar',
  'samtykke',
  'makt',
  'kjønn',
  'likestilling',
  'grenser',
  'respekt',
  'seksualitet',
  'ensomhet',
  'parforhold',
  'utroskap',
  'behandling',
  'selvhjelp',
  'mestring',
  'rådgivning',
  'oppsøkende',
  'tiltak',
  'kampanje',
  'rapport',
  'undersøkelse',
  'statistikk',
  'omfang',
  'marked',
  'etterspørsel',
  'tilbud',
  'menneskerettigheter',
  'migrasjon',
  'nigeria',
  'romania',
  'thailand',
  'oslo',
  'bergen',
  'trondheim',
  'stavanger',
  'nordkapp',
  'svalbard',
];

const QUERIES = [
  'menneskehandelen',
  'sexkjøp',
  'prostitusjon i Oslo',
  'hjelp til endring',
  'sexkjøpere og skam',
  '"sexkjøpsloven" straff',
  'tvang gjeld bakmenn',
  'politiet -fengsel',
  'forskning på sexkjøpere',
  'anonymitet telefon chat',
  'rusmisbruk sårbarhet',
  'ekteskap utroskap',
  'migrasjon nigeria',
  'turisme thailand',
  'motivasjon tilbakefall',
  'samtykke makt kjønn',
  'kampanje ungdom',
  'svalbard',
  'nordkapp or trondheim',
  'statistikk omfang marked',
];

const wordsSql = `array[${WORDS.map((word) => `'${word}'`).join(', ')}]`;
// A random text of `count` words. The `n` term makes the subquery correlated, so it runs per row, not once.
const textSql = (count: number) =>
  `(select string_agg((${wordsSql})[1 + floor(${WORDS.length} * power(random(), 4))::int], ' ') from generate_series(1, ${count} + (n % 2) * 0) as i)`;

async function seedSearchData(bench: BenchApp): Promise<void> {
  await bench.sql(`select setseed(0.42)`);
  await bench.sql(
    `insert into article (id, slug, title, lead, markdown, html, author_name, author_role, tags, reading_minutes, published,
       published_at, created_at, updated_at)
     select gen_random_uuid(), 'artikkel-' || n, initcap(${textSql(5)}), ${textSql(20)}, ${textSql(150)}, '', 'Forfatter ' || n,
       'researcher', '{}', 1, true, now() - make_interval(mins => n), now(), now()
     from generate_series(1, ?) as n`,
    [ARTICLES],
  );
  await bench.sql(
    `insert into thread (id, title, author_id, created_at, last_activity_at, post_count, locked)
     select gen_random_uuid(), 'Tråd ' || n || ': ' || ${textSql(4)}, null, now(), now(), ? / ?, false
     from generate_series(1, ?) as n`,
    [POSTS, THREADS, THREADS],
  );
  await bench.sql(
    `with threads as (select array_agg(id) as ids from thread)
     insert into post (id, thread_id, author_id, body, fingerprint, created_at, status, staff_voice)
     select gen_random_uuid(), threads.ids[1 + n % ?], null, ${textSql(30)}, md5(n::text), now() - make_interval(secs => n),
       case when n % 50 = 0 then 'removed' else 'published' end, false
     from generate_series(1, ?) as n, threads`,
    [THREADS, POSTS],
  );
  await bench.sql('analyze');
}

/** The statement GET /api/search runs, in node-postgres' $n placeholders. */
function directSql(): string {
  let index = 0;
  return buildSearchSql(SEARCH_TYPES).replace(/\?/g, () => `$${++index}`);
}

/**
 * Search over 10,000 articles and 100,000 posts: GET /api/search against the same SQL sent straight
 * through node-postgres, per query, in one run. PostgreSQL only: the direct baseline is the `pg`
 * driver. (Offline search in the browser is a frontend figure, measured there.)
 */
export async function benchSearch(engines: DatabaseEngine[]): Promise<void> {
  if (!engines.includes('postgresql')) {
    console.log('\nSearch benchmark skipped: it compares against the pg driver and needs PostgreSQL');
    return;
  }
  const bench = await startBenchApp('postgresql');
  const client = new Client({ connectionString: bench.app.get<AppConfig>(APP_CONFIG).databaseUrl ?? undefined });
  try {
    const seedMs = await timeMs(() => seedSearchData(bench));
    await client.connect();
    const sql = directSql();
    const rows: string[][] = [];
    const ratios: number[] = [];
    for (const query of QUERIES) {
      let hits = 0;
      const api = await sample(
        SAMPLES,
        async () => {
          const response = await fetch(`${bench.baseUrl}/api/search?q=${encodeURIComponent(query)}&limit=${LIMIT}`);
          if (!response.ok) throw new Error(`search answered ${response.status}`);
          hits = ((await response.json()) as SearchPageDto).items.length;
        },
        3,
      );
      const direct = await sample(SAMPLES, () => client.query(sql, [query, LIMIT + 1, 0, HEADLINE_OPTIONS]), 3);
      const ratio = quantile(api, 0.5) / quantile(direct, 0.5);
      ratios.push(ratio);
      rows.push([
        query,
        String(hits),
        fmtMs(quantile(api, 0.5)),
        fmtMs(quantile(api, 0.95)),
        fmtMs(quantile(direct, 0.5)),
        fmtMs(quantile(direct, 0.95)),
        `${ratio.toFixed(2)}×`,
      ]);
    }
    const sorted = [...ratios].sort((a, b) => a - b);
    printTable(
      `Search: ${ARTICLES.toLocaleString('en')} articles + ${POSTS.toLocaleString('en')} posts on PostgreSQL (seeded in ${fmtMs(seedMs)}), ${SAMPLES} samples per query — GET /api/search vs the same SQL through pg`,
      ['query', 'hits', 'api median', 'api p95', 'pg median', 'pg p95', 'ours/direct'],
      rows,
    );
    console.log(`median ratio ours/direct over ${QUERIES.length} queries: ${quantile(sorted, 0.5).toFixed(2)}×`);
  } finally {
    await client.end().catch(() => undefined);
    await bench.close();
  }
}
