import type { DemoPage } from './demo-content.types';

/** Information pages shown in the information menu of an empty installation. */
export const DEMO_PAGES: DemoPage[] = [
  {
    slug: 'prostitusjon-i-norge',
    position: 1,
    title: 'Prostitusjon i Norge',
    lead: 'Hvor det foregår, hvem som er involvert, og hva vi faktisk vet om kjøp og salg av sex her i landet.',
    markdown: `## Hva er prostitusjon?

Prostitusjon betyr at seksuelle handlinger byttes mot betaling. Betalingen er ofte penger, men kan også være gaver, et sted å bo, rusmidler, reiser eller andre goder. Det avgjørende er at sex blir gitt fordi noe annet blir gitt tilbake.

## Hvor foregår det?

Markedet har endret seg mye de siste tiårene. Det meste skjer i dag innendørs og avtales på nett.

- **Gatemarkedet** er den synlige delen, særlig i de største byene, men det er en liten del av det totale markedet.
- **Innendørsmarkedet** omfatter leiligheter, hotellrom og lokaler som kalles massasjeinstitutter eller lignende.
- **Nettet** er blitt den viktigste møteplassen: annonsesider, eskortesider, sosiale medier og meldingsapper.
- **Reiser** er en egen arena. En del nordmenn kjøper sex første gang i utlandet.

## Hvem selger?

De fleste som selger sex i Norge er kvinner, og en stor andel har bakgrunn fra andre land. Også menn og transpersoner selger sex. Bakgrunnen varierer mye, men fattigdom, gjeld, rusavhengighet, tidligere overgrep og mangel på andre muligheter går igjen i mange historier. Noen forteller at de har valgt dette selv, andre er presset eller tvunget. Mange befinner seg et sted mellom disse ytterpunktene.

## Hvem kjøper?

Kjøperne er nesten bare menn, og de kommer fra alle aldersgrupper, yrker og samfunnslag. Mange er gift eller i et forhold. Undersøkelser tyder på at et mindretall av norske menn har kjøpt sex minst én gang, og at en mindre gruppe kjøper jevnlig. Det finnes ingen «typisk» sexkjøper.

## Hvor stort er markedet?

Ingen vet sikkert. Mye av virksomheten er skjult, og tall fra politi, hjelpetiltak og annonsetellinger viser bare deler av bildet. Det er derfor lurt å være skeptisk til både svært høye og svært lave anslag.

## Myter og kunnskap

Noen forestillinger dukker stadig opp. Forskningen gir et mer sammensatt bilde:

- *«Kjøperen er en ensom taper eller en farlig mann.»* Norsk forskning har lenge vist at kjøpere stort sett er helt vanlige menn.
- *«Menn har et behov som må få utløp.»* Seksuell lyst er reell, men ingen har krav på andres kropp. Mange menn lever godt uten å kjøpe sex.
- *«De som selger, tjener godt og trives.»* Noen opplever det slik, men mange forteller om vold, utrygghet, skam og økonomisk press.
- *«Det er verdens eldste yrke, og det går ikke an å gjøre noe med det.»* Omfang og former endrer seg med lover, økonomi og holdninger. Det viser at samfunnet kan påvirke utviklingen.

## Vil du snakke om det?

Har du spørsmål om dine egne erfaringer, kan du skrive anonymt i forumet eller ta kontakt med oss. Vi snakker med deg, ikke til deg.
`,
  },
  {
    slug: 'menneskehandel',
    position: 2,
    title: 'Menneskehandel',
    lead: 'Hva menneskehandel er, hvordan den kan se ut, og hvorfor etterspørselen etter kjøpt sex henger sammen med den.',
    markdown: `## Hva er menneskehandel?

Menneskehandel betyr at noen utnytter et annet menneske ved hjelp av vold, trusler, lureri eller ved å misbruke at personen er i en sårbar situasjon. Utnyttelsen kan gjelde prostitusjon og andre seksuelle handlinger, tvangsarbeid, tigging eller kriminalitet. Det er ikke nødvendig at noen har krysset en landegrense.

I Norge er menneskehandel forbudt etter straffeloven § 257, og grov menneskehandel etter § 258. Når offeret er under 18 år, er det menneskehandel selv om det ikke er brukt vold eller trusler.

## Hvordan ser det ut i praksis?

Utnyttelsen er sjelden så åpenbar som i filmer. Ofte handler det om gjeld som aldri blir nedbetalt, om falske løfter om jobb, om trusler mot familien i hjemlandet eller om en «kjæreste» som viser seg å være en bakmann. Mange ofre ser ikke på seg selv som ofre, og de fleste tør ikke si noe.

## Tegn du kan legge merke til

Ett enkelt tegn beviser ingenting, men flere sammen bør gjøre deg oppmerksom:

- Personen virker redd, nervøs eller instruert, eller en annen person styrer samtalen.
- Hun eller han har ikke selv kontroll over pass, telefon eller penger.
- Personen kjenner ikke adressen der hun bor, eller flyttes ofte mellom byer.
- Det er tegn på vold, utmattelse eller dårlig helse.
- Personen snakker om gjeld til noen som arrangerte reisen.
- Flere annonser bruker samme telefonnummer, bilder eller formuleringer.
- Personen kan ikke takke nei til bestemte handlinger eller til å bruke kondom.

## Etterspørsel og menneskehandel

Menneskehandel for seksuell utnyttelse finnes fordi noen tjener penger på den, og pengene kommer fra kjøperne. Den som kjøper sex, kan som regel ikke vite hvordan den andre har havnet der, eller hvem som får pengene. Mange kjøpere tror at de vil merke det hvis noe er galt. Erfaringer fra politi og hjelpetiltak tyder på at det sjelden er slik.

Derfor har norske handlingsplaner mot menneskehandel lenge hatt tiltak rettet mot kjøpere og mulige kjøpere. Målet er å få flere til å tenke over hva de faktisk er med på.

## Hvis du er bekymret

- Er noen i akutt fare, ring **112**.
- Ellers kan du kontakte politiet på **02800** eller gi tips om menneskehandel på politiet.no. Du kan gjøre det uten å oppgi navn.
- ROSA tilbyr hjelp og trygt bosted til personer som er utsatt for menneskehandel, og kan kontaktes hele døgnet.

Du trenger ikke å være sikker for å si fra. En begrunnet bekymring er nok.
`,
  },
  {
    slug: 'sexkjopsloven',
    position: 3,
    title: 'Loven om kjøp av sex',
    lead: 'Siden 2009 har det vært straffbart å kjøpe sex i Norge. Her er hva loven sier, og hva den betyr for deg.',
    markdown: `## Hva sier loven?

Forbudet mot kjøp av seksuelle tjenester trådte i kraft 1. januar 2009 og kalles ofte sexkjøpsloven. I dag står bestemmelsen i straffeloven § 316. Det er straffbart å skaffe seg seksuell omgang eller en seksuell handling ved å gi eller avtale betaling.

Noen punkter er viktige å forstå:

- Det er ikke bare penger som regnes som betaling. Gaver, rusmidler, overnatting eller andre fordeler kan også være det.
- Det er også straffbart å skaffe sex til en annen person mot betaling, for eksempel å betale for en venn.
- Det spiller ingen rolle om avtalen er gjort på gata, på nett eller gjennom en mellommann.

## Også i utlandet

Forbudet gjelder norske statsborgere og personer som bor i Norge, også når kjøpet skjer i et annet land. Det spiller ingen rolle om sexkjøp er lovlig der kjøpet skjer.

## Straffen

Straffen er bøter eller fengsel inntil seks måneder. Dersom handlingen skjer på en særlig krenkende måte, kan straffen bli fengsel inntil ett år. I praksis ender mange saker med et forelegg, altså en bot som kan vedtas uten rettssak.

Kjøp av sex fra en person under 18 år er en langt mer alvorlig forbrytelse og straffes etter en egen bestemmelse (§ 309). Å tro at personen var eldre, fritar som hovedregel ikke for straff.

## Hva med den som selger?

Det er ikke straffbart å selge sex i Norge. Loven retter seg mot kjøperen og mot dem som tjener penger på andres prostitusjon. Den som selger, skal kunne oppsøke helsetjenester, hjelpetiltak og politi uten å frykte straff for salget.

Derimot er det forbudt å tjene penger på andres prostitusjon, for eksempel ved å organisere salget eller leie ut lokaler som man vet skal brukes til det. Dette kalles hallikvirksomhet (§ 315).

## Hvorfor denne loven?

Bak loven ligger et syn på prostitusjon som et uttrykk for ulik makt mellom kjønn og mellom fattige og rike. Man ønsket også å gjøre Norge mindre attraktivt for menneskehandlere. Loven er fortsatt omdiskutert. Noen mener den har redusert markedet, andre mener den har gjort hverdagen mer utrygg for dem som selger. Du finner flere synspunkter i artikkelarkivet.

## Er du bekymret for en sak?

Har du fått en henvendelse fra politiet, er det lurt å snakke med en advokat. Du kan også snakke med oss om hvordan du har det, uten å oppgi hvem du er.

Lovteksten finner du på Lovdata.
`,
  },
  {
    slug: 'helse',
    position: 4,
    title: 'Helse, testing og skam',
    lead: 'Om seksuell helse, hvor du kan teste deg, og om tankene og følelsene som ofte følger med.',
    markdown: `## Seksuell helse

Alle som har sex med flere partnere, har en viss risiko for seksuelt overførbare infeksjoner. Klamydia, gonoré, syfilis, mykoplasma og hiv kan smitte ved vaginal-, anal- og oralsex. Mange infeksjoner gir ingen symptomer i starten, så du kan være smittet uten å vite det.

Kondom gir god beskyttelse mot de fleste infeksjoner, men ikke full beskyttelse mot alle.

## Når bør du teste deg?

- Når du har hatt sex uten kondom med en partner du ikke kjenner smittestatusen til.
- Når kondomet har sprukket eller glidd av.
- Når du har symptomer som svie, utflod, sår eller utslett.
- Jevnlig, hvis du har flere partnere.

Noen infeksjoner kan først påvises en stund etter smitte. For klamydia og gonoré regner man ofte to uker, for hiv og syfilis opptil tre måneder. Har du symptomer, skal du ikke vente.

Har det skjedd noe med høy risiko for hiv de siste døgnene, kan du oppsøke legevakten og spørre om forebyggende medisin (PEP). Den må startes så raskt som mulig.

## Hvor kan du teste deg?

- **Fastlegen** kan ta alle vanlige tester. Fastlegen har taushetsplikt.
- **Egne klinikker for seksuell helse**, for eksempel Olafiaklinikken i Oslo, har drop-in og lang erfaring med temaet.
- **Helsestasjon for ungdom** og **Sex og samfunn** har tilbud til unge.
- **Helsenorge** har oversikt over steder som tilbyr hurtigtest for hiv.

Test og behandling for de vanligste seksuelt overførbare infeksjonene er gratis i Norge. Noen steder kan du teste deg anonymt for hiv. Du trenger ikke å fortelle at du har kjøpt sex. Det holder å si at du har hatt sex med en ny partner. Men det kan være lettere for helsepersonellet å gi deg gode råd hvis de vet hva slags risiko det gjelder.

## Skam og psykisk helse

Mange som kjøper sex, har aldri fortalt det til noen. Det kan føre til et dobbeltliv med hemmeligheter, løgner og en konstant frykt for å bli oppdaget. Vanlige reaksjoner er:

- skam og skyldfølelse etter kjøpet
- uro for helsen eller for å bli avslørt
- avstand til partner, venner og familie
- et mønster der sexkjøp brukes for å dempe stress, ensomhet eller tomhet

Slike følelser sier ikke at du er et dårlig menneske. De kan være et signal om at noe bør endres. Skam vokser ofte i taushet og blir mindre når den deles med noen som lytter uten å dømme.

## Hvis det blir tungt

Har du det vondt, kan du ringe Mental Helses hjelpetelefon på **116 123** eller Kirkens SOS på **22 40 00 40**. Begge er åpne hele døgnet, og du kan være anonym. Ved fare for liv, ring **113**.
`,
  },
  {
    slug: 'hjelp-til-a-slutte',
    position: 5,
    title: 'Hjelp til å slutte',
    lead: 'Mange som har kjøpt sex, ønsker å slutte. Her er noen erfaringer med hva som hjelper, og konkrete ting du kan gjøre i dag.',
    markdown: `## Du er ikke alene

Mange menn som kjøper sex, har på et tidspunkt bestemt seg for å slutte, ofte flere ganger. Noen slutter etter én erfaring de angrer på. Andre har kjøpt sex i mange år og opplever det som en vane de ikke får kontroll over. Begge deler er vanlig, og begge deler går an å gjøre noe med.

## Hva får folk til å slutte?

Menn som har sluttet, forteller om ulike vendepunkter:

- de fikk vite mer om hvordan livet kan være for den som selger
- de ble redde for helsen eller for å bli oppdaget
- loven fikk dem til å tenke seg om
- de innså hvor mye tid, penger og energi det tok
- de fikk et nytt forhold, eller ønsket å redde det de hadde
- de snakket med noen og så mønsteret tydeligere

Erfaringer fra samtaletilbud i Norden tyder på at mange kjøpere ønsker å snakke om det de gjør, og at samtaler kan hjelpe til varig endring.

## Forstå ditt eget mønster

Det er nyttig å bli kjent med situasjonene der lysten eller impulsen kommer. Still deg selv noen spørsmål:

- Når skjer det? Etter alkohol, på reise, sent på kvelden, etter en krangel?
- Hva føler du rett før? Stress, ensomhet, kjedsomhet, sinne, tomhet?
- Hva søker du egentlig? Sex, nærhet, bekreftelse, spenning, flukt?
- Hvordan har du det dagen etter?

Svarene kan vise hva du trenger i stedet.

## Første konkrete steg

1. Slett kontakter, apper, bokmerker og profiler som brukes til å avtale kjøp.
2. Legg en plan for situasjonene der det pleier å skje, for eksempel reiser eller kvelder alene.
3. Bestem hva du gjør når impulsen kommer: ring noen, gå en tur, vent en halvtime.
4. Test deg hvis det er risiko for smitte. Da slipper du å gå og bekymre deg.
5. Snakk med noen, enten anonymt eller med en du stoler på.

Tilbakefall betyr ikke at du har mislyktes. Se på hva som skjedde, og juster planen.

## Å snakke med noen

Det kan kjennes umulig å fortelle om noe du har holdt skjult lenge. Her er noen muligheter, fra det helt anonyme til det mer personlige:

- **Forumet her**: du kan skrive anonymt, lese andres erfaringer og bruke det som en slags dagbok.
- **Kontaktskjemaet**: du kan sende oss et spørsmål uten å oppgi hvem du er.
- **Hjelpetelefoner** som Kirkens SOS og Mental Helse er åpne hele døgnet.
- **Fastlegen** kan henvise deg til psykolog eller annen behandling.
- **Familievernkontoret** tilbyr samtaler for par og enkeltpersoner, og krever ikke henvisning.

Du bestemmer selv hva du vil fortelle, og når.
`,
  },
  {
    slug: 'om-tjenesten',
    position: 6,
    title: 'Om tjenesten',
    lead: 'Hvem som står bak, hva tjenesten kan og ikke kan hjelpe med, og hvordan vi tar vare på anonymiteten din.',
    markdown: `## Hvem står bak?

Sexhandel er et dialogbasert forebyggende tilbud om kjøp av sex, prostitusjon og menneskehandel. Tjenesten drives av en ideell organisasjon og bygger videre på erfaringer fra nettstedet sexhandel.no, som Reform – ressurssenter for menn åpnet i 2006 som en del av myndighetenes arbeid mot menneskehandel.

## Hva er tjenesten?

Vi har tre hovedoppgaver:

- **Informasjon**: fakta om prostitusjon, menneskehandel, lov og helse, artikler fra forskere, studenter, politikere og fagfolk, og lenker til nyheter og hjelpetilbud.
- **Dialog**: et åpent forum der alle kan lese, og der registrerte brukere kan skrive under et valgfritt kallenavn.
- **Kontakt**: du kan stille spørsmål til oss, anonymt eller med e-postadresse hvis du vil ha svar.

Vi ønsker å snakke *med* folk, ikke *til* dem. Vi moraliserer ikke, men vi legger heller ikke skjul på at vi arbeider for at færre skal kjøpe sex.

## Hva er tjenesten ikke?

- Den er ikke en nødtjeneste. Ved fare for liv og helse, ring 112 eller 113.
- Den er ikke behandling, og den erstatter ikke lege eller psykolog.
- Den er ikke en del av politiet.
- Den er ikke et sted for å avtale kjøp eller salg av sex.

## Anonymitet og det vi lagrer

Vi samler inn så lite som mulig:

- Du kan lese alt uten å registrere deg.
- Innlegg du skriver, lagres som utkast på din egen enhet til du velger å sende dem. Appen virker også uten nett.
- Registrerer du deg, lagrer vi e-postadressen din kryptert. Den vises aldri for andre brukere.
- Vi lagrer ikke IP-adresser.
- Vi gir ikke ut kontaktopplysninger om brukere til journalister eller andre som spør. Ønsker noen å snakke med en forumdeltaker, henviser vi dem til forumet.

Velg et kallenavn som ikke kan knyttes til deg, og unngå å skrive detaljer som kan avsløre hvem du er.

## Forumregler og moderering

Forumet har seks regler. De forbyr lovbrudd, krenkende innhold, opphavsrettsbeskyttet materiale, reklame, bevisste løgner og trusler, samt spam. Reglene finner du i forumet.

Modereringen er åpen. Vi redigerer ikke det du skriver. Hvis et innlegg må fjernes, skriver moderator hvorfor og hvilken regel det gjelder, slik at alle kan se hva som skjedde. Det er rom for uenighet og upopulære meninger, så lenge reglene følges.
`,
  },
];
