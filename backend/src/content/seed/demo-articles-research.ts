import type { DemoArticle } from './demo-content.types';

/** Demo articles from research: why men buy sex, demand and trafficking, what buyers write online. */

export const whyMenBuySex: DemoArticle = {
  slug: 'hvorfor-kjoper-menn-sex',
  title: 'Hvorfor kjøper menn sex? Et blikk på forskningen',
  lead: 'Forskningen gir ikke ett svar, men mange. En sosiolog oppsummerer hva studier av sexkjøpere har funnet de siste førti årene.',
  authorName: 'Ingvild Ramstad Hoel',
  authorRole: 'researcher',
  tags: ['forskning', 'kjønn', 'dialog'],
  publishedAt: '2024-02-14',
  markdown: `Spørsmålet i tittelen stilles ofte som om det fantes én forklaring. Etter mange år med intervjuer, spørreundersøkelser og analyser av nettdiskusjoner er forskerne ganske enige om det motsatte: menn kjøper sex av mange grunner, og grunnene endrer seg gjennom livet.

## Vanlige menn

Den kanskje viktigste innsikten kom tidlig. Allerede på 1980-tallet viste norske studier, blant annet boka *Bakgater*, at forestillingen om kunden som en avvikende eller farlig mann ikke stemmer. Senere studier i Norden og ellers i Europa har bekreftet bildet: kjøpere finnes i alle aldre, yrker og samfunnslag, og mange lever i parforhold.

Det betyr ikke at alle kjøpere er like. Det betyr at vi ikke kan forklare sexkjøp med at noen få menn er spesielle.

## Motivene folk selv oppgir

Når menn blir spurt om hvorfor de kjøper sex, går noen svar igjen:

- **Sex uten forpliktelser.** Kjøpet oppleves som enkelt og avgrenset, uten krav om følelser eller fortsettelse.
- **Ensomhet og lengsel etter nærhet.** For noen handler det mer om berøring og oppmerksomhet enn om selve sexen.
- **Variasjon og fantasier.** Noen ønsker handlinger eller partnere de ikke får tilgang til ellers.
- **Spenning.** Det forbudte og hemmelige kan i seg selv være en del av tiltrekningen.
- **Vanskeligheter med kontakt.** Sjenanse, funksjonsnedsettelser eller dårlige erfaringer kan gjøre andre veier til sex vanskelige.
- **Situasjonen.** Alkohol, reiser og mannlige fellesskap der kjøp er normalt, utløser mange første kjøp.

## Hva er det som kjøpes?

Flere forskere har pekt på at det som kjøpes, ofte er mer enn sex. Det kan være en opplevelse av kontroll, av å bli bekreftet, eller av en nærhet som ligner et forhold uten å være det. Samtidig forteller mange kjøpere at de helst vil tro at den som selger, også har det fint. Denne ønsketenkningen gjør det lettere å se bort fra de tegnene som tyder på noe annet.

## Kjønn og normer

Sexkjøp kan ikke forstås uten å se på forestillinger om menns seksualitet. Ideen om at menn har et behov som *må* få utløp, gir en ferdig unnskyldning. Den bygger også opp under et syn på kvinners kropper som noe som kan stilles til disposisjon. Mange menn kjenner seg ikke igjen i dette synet, men det lever videre i språk, humor og kulturelle fortellinger.

## Hva betyr dette for forebygging?

Når motivene er så forskjellige, vil ett tiltak sjelden nå alle. Loven kan avskrekke noen. Informasjon om menneskehandel kan få andre til å tenke seg om. For dem som kjøper ut fra ensomhet, vane eller uro, ser samtaler ut til å være viktige. Studier av samtaletilbud i Sverige og Danmark tyder på at mange kjøpere faktisk ønsker å snakke om det de gjør, hvis de blir møtt uten forakt.

Kanskje er det den viktigste lærdommen: vil vi at færre skal kjøpe sex, må vi forstå hvorfor de gjør det. Å forstå er ikke det samme som å unnskylde.
`,
};

export const demandAndTrafficking: DemoArticle = {
  slug: 'ettersporsel-og-menneskehandel',
  title: 'Etterspørsel og menneskehandel: hva er sammenhengen?',
  lead: 'Kjøperen ser sjelden bakmennene, men pengene hans når dem. Om hvorfor etterspørselen står sentralt i arbeidet mot menneskehandel.',
  authorName: 'Liv Tandberg Aune',
  authorRole: 'researcher',
  tags: ['menneskehandel', 'forskning', 'lovverk'],
  publishedAt: '2024-11-19',
  markdown: `Menneskehandel for seksuell utnyttelse beskrives ofte som noe som foregår langt unna: i fattige landsbyer, på grenseoverganger og i kriminelle nettverk. Men utnyttelsen er et marked, og et marked har to sider. Pengene som holder det i gang, kommer fra dem som kjøper.

## Et spørsmål om økonomi

Menneskehandlere er i stor grad drevet av fortjeneste. De rekrutterer, frakter og kontrollerer mennesker fordi det lønner seg. Jo større og mer stabil etterspørselen er, desto mer lønnsomt blir det. Derfor har internasjonale avtaler, blant annet FNs protokoll mot menneskehandel og Europarådets konvensjon, oppfordret statene til å motvirke den etterspørselen som fører til utnyttelse.

Norge har fulgt opp dette i handlingsplaner siden begynnelsen av 2000-tallet. Tiltak rettet mot kjøpere har vært en del av dem: informasjonskampanjer, samtaletilbud og, fra 2009, et forbud mot kjøp av sex.

## Kan kjøperen se forskjell?

Mange kjøpere mener at de vil merke det hvis noe er galt. Erfaringer fra politi og hjelpetiltak tyder på at det sjelden stemmer. Kvinner som er utsatt for menneskehandel, er ofte instruert i hva de skal si, og mange ser ikke på seg selv som ofre. Gjeld, skam og lojalitet til en «kjæreste» kan holde dem fast uten synlig tvang.

Kjøperen møter dessuten bare en liten del av virkeligheten: et rom, en time, et smil. Han ser ikke hvem som tok imot pengene, hvor mye av dem hun får beholde, eller hva som skjer hvis hun sier nei.

## Uenigheten

Det er faglig uenighet om hvor stor andel av prostitusjonen som er knyttet til menneskehandel. Noen mener grensen mellom frivillighet og tvang er flytende i de fleste tilfeller. Andre mener vi må skille skarpt for å kunne hjelpe begge grupper. Det er også uenighet om hvorvidt forbud mot kjøp reduserer menneskehandel, eller bare flytter den.

Det de fleste er enige om, er at etterspørselen er en viktig del av bildet, og at kjøpere har et ansvar. Det ansvaret forsvinner ikke fordi det er vanskelig å vite.

## Hva kan du gjøre?

- Vær ærlig med deg selv om hva du vet og ikke vet om den du kjøper av.
- Legg merke til tegn som frykt, andre som styrer, manglende språk og hyppig flytting.
- Si fra til politiet eller ROSA hvis du er bekymret for noen. Du kan være anonym.
- Snakk med noen hvis du vil slutte.

Menneskehandel er en forbrytelse som begås av bakmenn. Men kjøperen er den som gjør den lønnsom.
`,
};

export const whatBuyersWriteToEachOther: DemoArticle = {
  slug: 'hva-sexkjopere-skriver-til-hverandre',
  title: 'Hva skriver sexkjøpere til hverandre?',
  lead: 'En masterstudent har lest flere tusen anonyme foruminnlegg om sexkjøp. Her er noen av funnene.',
  authorName: 'Emil Thorsrud Haga',
  authorRole: 'student',
  tags: ['forskning', 'internett', 'dialog', 'kjønn'],
  publishedAt: '2024-04-22',
  markdown: `Da jeg skulle velge tema for masteroppgaven i sosiologi, ville jeg forstå hvordan menn som kjøper sex, snakker om det når ingen ser dem. Svaret fant jeg i anonyme diskusjonsforum på nett. Jeg analyserte et stort antall innlegg fra offentlig tilgjengelige forum, der alle brukernavn og detaljer som kunne identifisere noen, ble fjernet før analysen.

## Forumet som dagbok

Det første som slo meg, var hvor personlige mange innlegg var. Noen skrev lange tekster om ensomhet, samlivsbrudd og skam. Forumet så ut til å fungere som en slags dagbok, et sted der man kunne si noe man aldri hadde sagt høyt. Anonymiteten gjorde det mulig.

## Fire måter å forklare seg på

Jeg fant fire hovedmåter menn begrunnet sexkjøp på:

1. **Behovet.** Sexkjøp ble beskrevet som en naturlig løsning på et biologisk behov som ellers ikke ble dekket.
2. **Handelen.** Sex ble omtalt som en tjeneste på linje med andre tjenester, der begge parter får noe.
3. **Omsorgen.** Noen la vekt på at de var «gode kunder» som behandlet kvinnene pent, betalte godt og var hyggelige.
4. **Tvilen.** En mindre gruppe skrev åpent om at de var usikre på om det de gjorde var riktig, og noen fortalte at de ville slutte.

De tre første forklaringene gjør det lettere å leve med sexkjøpet. Den fjerde åpner for endring.

## Intern justis

Et interessant funn var hvordan brukerne regulerte hverandre. Innlegg med grovt eller nedsettende språk om kvinner fikk ofte kritikk fra andre kjøpere. Flere var opptatt av at forumet ikke skulle gi «feil inntrykk» av sexkjøpere. Jeg tolker dette som både et ønske om god tone og som en strategi for å beskytte gruppen mot kritikk utenfra.

## Kjønn og språk

Språket i forumene avslørte mye om forestillinger om kjønn. Kvinnene ble ofte beskrevet ut fra kropp, pris og service. Samtidig beskrev mange menn seg selv som sårbare, ensomme og uforstått. Det var sjelden rom for å se den andre parten som et menneske med egne behov og egen historie.

## Hva kan dette brukes til?

Forum der kjøpere møter andre stemmer, for eksempel fagfolk, tidligere kjøpere og kritiske debattanter, kan gi andre samtaler enn lukkede kundeforum. Min oppgave tyder på at anonyme samtaler har et potensial for refleksjon, men at det krever moderering og at noen tør å stille spørsmål.

Jeg gikk inn i prosjektet med ganske bastante meninger. Jeg kom ut med flere spørsmål. Det er kanskje det beste et forskningsprosjekt kan gi.
`,
};
