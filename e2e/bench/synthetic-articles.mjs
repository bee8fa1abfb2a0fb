// Synthetic Norwegian articles for the offline-search bench, in the row shape of the app's IndexedDB
// `articles` table (frontend/src/data/app-db.ts). Deterministic: every run writes the same articles.

const WORDS = (
  'menneskehandel menneskehandelen prostitusjon prostituerte sexkjøp sexkjøpsloven sexsalg kunder kunden ' +
  'utnyttelse utnyttet tvang tvangsarbeid gjeld gjelden migrasjon migranter sårbarhet sårbare kvinner menn ' +
  'ungdom barn politiet politi påtalemyndigheten domstolen straff straffen kjøp kjøpet bordell bordeller ' +
  'hallik hallikvirksomhet helse helsetjenester hjelpetilbud hjelp rådgivning sosialarbeidere sosialarbeider ' +
  'rettigheter rettighet oppholdstillatelse asyl forskning forskere studenter politikere praktikere ' +
  'organisasjoner frivillige stiftelse kommunen staten departementet regjeringen Stortinget Norge Oslo ' +
  'Bergen Trondheim Stavanger Tromsø Sverige Danmark Europa Nigeria Romania Thailand internett annonser ' +
  'nettsider telefon leilighet hotell gate miljøet markedet etterspørsel tilbud rusmisbruk rus psykisk ' +
  'fysisk vold trusler frykt tillit skam stigma anonymitet samtale samtaler erfaring erfaringer historie ' +
  'livet arbeid penger inntekt skatt lovverk loven lovendring evaluering rapport rapporten undersøkelse ' +
  'intervju tall statistikk utvikling endring tiltak forebygging oppsøkende virksomhet beskyttelse ' +
  'identifisering ofre offer vitner saken saker dommen tiltalte bakmenn nettverk organisert kriminalitet'
).split(' ');
const SMALL_WORDS = 'og i på for med som av til er det en et at om ikke men fra har var kan skal vil de vi'.split(' ');
const ROLES = ['researcher', 'student', 'politician', 'practitioner', 'staff', 'other'];
const TAGS = ['lov', 'helse', 'forskning', 'politikk', 'erfaring', 'hjelp', 'internasjonalt'];

/** Deterministic pseudo-random numbers (mulberry32), so every run writes the same articles. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rnd) {
  const length = 8 + Math.floor(rnd() * 10);
  const words = [];
  for (let i = 0; i < length; i++) {
    const pool = rnd() < 0.45 ? SMALL_WORDS : WORDS;
    words.push(pool[Math.floor(rnd() * pool.length)]);
  }
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** Article number `n`: 3–4 KB of HTML, an id under the `bbbbbbbb-` prefix the bench clears between runs. */
export function makeArticle(n) {
  const rnd = random(n + 1);
  const paragraphs = [];
  let size = 0;
  const target = 3000 + Math.floor(rnd() * 1000);
  while (size < target) {
    const sentences = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(rnd));
    if (rnd() < 0.3) sentences[0] = `<strong>${sentences[0]}</strong>`;
    const block = rnd() < 0.15 ? `<h2>${sentence(rnd)}</h2>` : `<p>${sentences.join(' ')}</p>`;
    paragraphs.push(block);
    size += block.length;
  }
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + (n % 12)).padStart(2, '0');
  return {
    id: `bbbbbbbb-0000-4000-8000-${String(n).padStart(12, '0')}`,
    slug: `benk-artikkel-${n}`,
    title: sentence(rnd).slice(0, 80),
    lead: sentence(rnd),
    authorName: `Forfatter ${n % 300}`,
    authorRole: ROLES[n % ROLES.length],
    tags: [TAGS[n % TAGS.length], TAGS[(n * 7 + 3) % TAGS.length]],
    publishedAt: `2025-${month}-${day}T10:00:00.000Z`,
    readingMinutes: 3 + (n % 5),
    html: paragraphs.join('\n'),
    updatedAt: `2025-${month}-${day}T10:00:00.000Z`,
    discussionThreadId: null,
    discussionPostCount: 0,
  };
}
