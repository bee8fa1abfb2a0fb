import type { DemoArticle } from './demo-content.types';

/** Article archive of an empty installation: invented authors, several viewpoints. */
export const DEMO_ARTICLES: DemoArticle[] = [
  {
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
  },
  {
    slug: 'femten-ar-med-sexkjopsloven',
    title: 'Femten år med sexkjøpsloven',
    lead: 'Forbudet mot kjøp av sex har virket siden 2009. Hva vet vi om effektene, og hva vet vi fortsatt ikke?',
    authorName: 'Petter Skaugrud',
    authorRole: 'researcher',
    tags: ['lovverk', 'forskning'],
    publishedAt: '2024-01-08',
    markdown: `Da forbudet mot kjøp av seksuelle tjenester trådte i kraft 1. januar 2009, var det etter flere år med opphetet debatt. Tilhengerne så loven som et signal om likestilling og et våpen mot menneskehandel. Motstanderne fryktet at markedet ville bli mer skjult og farligere for dem som selger. Femten år senere står begge sider i stor grad på sine standpunkter. Det sier noe om hvor vanskelig det er å måle effektene.

## Hva vet vi?

Noen funn går igjen i evalueringer og forskning:

- **Gatemarkedet ble mindre** i de første årene etter loven, særlig i Oslo. Det var den mest synlige endringen.
- **Markedet flyttet i stor grad innendørs og på nett.** Denne utviklingen hadde startet før loven, men den har fortsatt.
- **Holdningene har endret seg noe.** Undersøkelser tyder på at flere menn, særlig yngre, mener det er galt å kjøpe sex. Det er likevel usikkert hvor mye av dette som skyldes loven.
- **En evaluering på oppdrag fra myndighetene i 2014** konkluderte blant annet med at etterspørselen så ut til å ha gått ned, og at Norge var blitt mindre attraktivt for bakmenn.

## Hva er omstridt?

Det er langt vanskeligere å si noe sikkert om hvordan situasjonen er for dem som selger. Hjelpetiltak og interesseorganisasjoner har rapportert om økt frykt for politiet, om at det er blitt vanskeligere å velge bort farlige kunder, og om at kunder som har opplevd noe alvorlig, vegrer seg for å vitne. Flere har også pekt på at politiets bruk av andre lover, for eksempel mot utleie av lokaler og utvisning, har rammet de som selger hardt. Andre mener at problemene skyldes markedet selv og ikke loven.

Mørketallene er store i begge retninger. Når det meste skjer skjult, blir tall fra politi og annonsetellinger usikre indikatorer.

## Loven og politiet

En lov virker ikke bare gjennom teksten, men gjennom hvordan den håndheves. Antall saker har variert mye fra år til år, og svingningene ser ut til å følge politiets prioriteringer mer enn endringer i markedet. I perioder med få aksjoner er risikoen for å bli tatt liten. Det svekker den avskrekkende effekten loven var ment å ha.

## Hva bør vi vite mer om?

Etter femten år mangler vi fortsatt god kunnskap på flere områder:

- hvordan kjøpere tilpasser seg, for eksempel ved å kjøpe på reise
- hvordan nettbaserte markeder er organisert
- hvordan situasjonen er for menn og transpersoner som selger
- hvilke forebyggende tiltak som faktisk virker ved siden av straff

Min konklusjon er forsiktig. Loven har trolig bidratt til færre kjøp og et tydeligere normativt signal. Men en lov alene kan ikke bære hele ansvaret for å redusere prostitusjon og menneskehandel. Den trenger følgeskap av hjelpetiltak, forskning og forebygging som når kjøperne der de er.
`,
  },
  {
    slug: 'jeg-sluttet-da-jeg-sa-det-hoyt',
    title: 'Det begynte med at jeg sa det høyt',
    lead: 'En mann i femtiårene forteller om tjue år med sexkjøp, om skammen, og om hva som til slutt fikk ham til å slutte.',
    authorName: 'Tor (fornavnet er endret)',
    authorRole: 'other',
    tags: ['dialog', 'helse'],
    publishedAt: '2025-11-04',
    markdown: `Første gang var på en jobbreise. Jeg var under tretti, vi hadde spist middag med kunder, og noen i gruppa foreslo at vi skulle «ta en tur videre». Jeg husker at det føltes som en test jeg ikke kunne stryke på. Etterpå satt jeg på hotellrommet og kjente meg både opprømt og skitten.

Jeg trodde det skulle bli med den ene gangen. Det ble ikke det.

## Et liv i to deler

I nesten tjue år levde jeg to liv. Det ene var det alle så: jobb, hus, kone, to barn, fotballtrening på tirsdager. Det andre var annonser på mobilen sent på kvelden, kontanter tatt ut i små beløp og en egen telefon i bilen. Jeg ble god på å lyve. Det er ikke noe jeg er stolt av.

Jeg kjøpte ikke hver uke. Det kom i perioder, ofte når jeg var stresset eller når det var dårlig stemning hjemme. Jeg fortalte meg selv at det var en slags ventil, at ingen tok skade, og at kvinnene jeg møtte, hadde valgt dette selv.

## Det jeg ikke ville se

Én episode ble sittende i meg. En ung kvinne i en leilighet på Østlandet snakket nesten ikke engelsk. En mann satt i rommet ved siden av hele tiden. Hun så ikke på meg én eneste gang. Jeg gikk derfra uten å gjøre noe, og jeg dro hjem og la meg ved siden av kona mi.

Senere leste jeg om menneskehandel, og jeg kjente igjen for mye. Jeg vet ikke hva hennes historie var. Men jeg vet at jeg valgte å ikke spørre meg selv om det.

## Å si det høyt

Det som endret noe, var ikke loven, selv om jeg var redd for den. Det var et forum som dette. Jeg leste i flere måneder før jeg skrev noe. Da jeg endelig skrev, var det som å åpne et vindu. Noen svarte med forståelse, andre med harde spørsmål. Begge deler trengte jeg.

Etter en stund ringte jeg en hjelpetelefon. Jeg sa det høyt for første gang, til en fremmed stemme, og gråt som jeg ikke hadde gjort siden jeg var barn. Senere fikk jeg time hos en psykolog via fastlegen.

## Hva som hjalp

Det var ikke én ting, men noen ting sammen:

- Jeg slettet telefonen, annonseappene og numrene.
- Jeg sluttet å drikke på jobbreiser.
- Jeg lærte å kjenne igjen kveldene der uroen kom, og fant andre ting å gjøre med den.
- Jeg testet meg, og var heldig.
- Etter lang tid fortalte jeg det til kona mi.

Det siste var det vanskeligste jeg har gjort. Vi er fortsatt sammen, men det har kostet mye for henne, og det er ikke min historie å fortelle hvordan hun har det.

## Til deg som kjenner deg igjen

Jeg skriver ikke dette for å bli tilgitt. Jeg skriver fordi jeg i mange år trodde jeg var den eneste. Det var jeg ikke. Du er det heller ikke. Det går an å slutte, og det begynner ofte med å si det til noen.
`,
  },
  {
    slug: 'det-som-blir-sagt-i-telefonen',
    title: 'Det som blir sagt i telefonen',
    lead: 'En rådgiver forteller om samtalene med menn som kjøper sex: lange pauser, konkrete spørsmål og et stort behov for å bli hørt.',
    authorName: 'Mona Eikeland',
    authorRole: 'practitioner',
    tags: ['dialog', 'helse'],
    publishedAt: '2024-09-10',
    markdown: `Telefonen ringer ikke ofte. Når den gjør det, er det som regel på kvelden, og ofte blir det stille i noen sekunder før den som ringer, sier noe. Mange begynner med en unnskyldning: «Jeg vet ikke helt om jeg har ringt riktig sted.»

Jeg har arbeidet med rådgivning om sexkjøp i flere år. Her er noe av det jeg har lært.

## Hvem ringer?

De som ringer, er like forskjellige som menn flest. Unge og gamle, gifte og enslige, noen med lang erfaring og noen som har kjøpt sex én gang. Det de har felles, er nesten alltid at de aldri har fortalt det til noen.

Samtalene handler om mye:

- erfaringer med å kjøpe sex, og av og til med å selge eller bytte sex selv
- bekymring for en bestemt kvinne de har møtt
- spørsmål om smitte og testing
- spørsmål om loven og hva som skjer hvis de blir tatt
- et ønske om å slutte, eller om å forstå hvorfor de ikke klarer det

Noen ringer med et konkret spørsmål og legger på når de har fått svar. Andre ringer av nysgjerrighet. Og noen har gått lenge med et behov for å snakke, som først ble utløst da de så nummeret på en nettside.

## Å lytte uten å dømme

Den største feilen jeg kan gjøre, er å moralisere. Mannen i andre enden vet allerede at mange synes det han gjør, er galt. Ofte synes han det selv. Hvis jeg møter ham med forakt, legger han på, og da har ingen vunnet noe.

Det betyr ikke at jeg er nøytral. Jeg sier tydelig hva loven sier, og jeg spør hva han tenker om kvinnene han møter. Men spørsmålene må komme fra nysgjerrighet, ikke fra et ønske om å ta ham.

## Det som skjer i samtalen

Ofte skjer det noe når en mann for første gang hører seg selv fortelle. Historien får en rekkefølge. Han oppdager mønstre: at det skjer etter krangler, at det skjer på reiser, at det handler mer om ensomhet enn om sex. Noen begynner å stille spørsmål de ikke har tort å stille før.

Jeg ser også at mange har et forvrengt bilde av seg selv. Enten er de «bare en vanlig fyr som har behov», eller de er «et monster». Ingen av delene hjelper dem videre. Et mer realistisk bilde, der de tar ansvar uten å knuses av skam, gjør endring mulig.

## Hvorfor ringer ikke flere?

Vi vet at mange flere enn dem som ringer, leser på nettsidene og i forumet. Min erfaring er at det å skrive anonymt kan være et viktig første steg, og at noen får det de trenger der. Andre trenger en stemme. Begge deler er helt greit.

Hvis du leser dette og har tenkt på å ta kontakt: du bestemmer hva du vil si, og du kan legge på når du vil.
`,
  },
  {
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
  },
  {
    slug: 'fra-gatehjornet-til-skjermen',
    title: 'Fra gatehjørnet til skjermen',
    lead: 'Det meste av kjøp og salg av sex avtales i dag på nett. En oppsøkende sosialarbeider beskriver hvordan markedet har endret seg.',
    authorName: 'Jonas Vestbø',
    authorRole: 'practitioner',
    tags: ['internett', 'menneskehandel'],
    publishedAt: '2025-05-13',
    markdown: `Da jeg begynte i oppsøkende arbeid, gikk vi i gatene. Vi kjente hjørnene, ansiktene og tidspunktene. I dag foregår mye av det samme arbeidet foran en skjerm. Markedet har flyttet, og vi har måttet flytte med det.

## Hvor skjer det nå?

Salg av sex annonseres i dag gjennom flere kanaler:

- **Egne annonse- og eskortesider**, ofte driftet fra utlandet og utenfor norske myndigheters rekkevidde.
- **Vanlige sosiale medier og datingapper**, der tilbudene er kamuflert med koder og emojier.
- **Meldingsapper**, der kontakten videreføres når en første avtale er gjort.
- **Abonnementsplattformer** for bilder og video, der grensen mot fysiske møter av og til viskes ut.

For kjøperen er terskelen lav. Det er ingen gate å gå i, ingen som ser deg, og bildene ser profesjonelle ut. Mange opplever det mindre som et kjøp og mer som en avtale mellom to voksne.

## Hva vi ser bak annonsene

Annonser forteller lite om virkeligheten. Vi ser ofte at flere annonser bruker samme telefonnummer, at tekstene er skrevet av samme person, og at kvinnene flyttes mellom byer hver uke. Bildene er ofte ikke av personen som faktisk møter kunden. Noen annonser er lagt ut av kvinnene selv, andre av personer som styrer dem.

Når vi tar kontakt, svarer vi ofte en person som ikke snakker norsk eller engelsk, eller som tydelig leser opp fra et manus. Det er ikke bevis for menneskehandel, men det er grunn til bekymring.

## Utfordringer for hjelpeapparatet

Nettet gjør det lettere å nå mange, men vanskeligere å bygge tillit. En melding kan ignoreres. Et nummer kan forsvinne neste uke. Vi bruker mye tid på å gi enkel, konkret informasjon: hvor man kan teste seg, hvilke rettigheter man har, og hvordan man får hjelp hvis noe går galt.

## Til deg som kjøper på nett

Du kan ikke vite hvem som står bak en annonse. Det at noe ser frivillig og profesjonelt ut, betyr ikke at det er det. Legg merke til tegnene, og spør deg selv hva du egentlig vet.

Nettet har gjort kjøp enklere og mer usynlig. Ansvaret er det samme som før.
`,
  },
  {
    slug: 'sugardating-og-unge',
    title: 'Sugardating og unge: når betaling blir utydelig',
    lead: 'Gaver, husleie og dyre middager i bytte mot sex blir ofte ikke kalt prostitusjon. En helsesykepleier om det hun møter blant unge.',
    authorName: 'Camilla Rød Hestnes',
    authorRole: 'practitioner',
    tags: ['unge', 'internett', 'helse'],
    publishedAt: '2025-02-25',
    markdown: `«Det er ikke sånn», sa jenta på nitten. «Han er bare en venn som hjelper meg litt.» Vennen var førti år eldre, betalte husleien hennes og forventet å få treffe henne to ganger i måneden. Hun ville ikke bruke ordet prostitusjon. Det er det sjelden noen som vil.

## Et nytt ord for et gammelt fenomen

Sugardating markedsføres som en avtale mellom en eldre person med penger og en yngre person som ønsker «støtte». Det finnes egne nettsider for dette, og fenomenet er synlig i sosiale medier. Språket er mykt: *mentor*, *gentleman*, *gjensidig fordel*. Men i mange av avtalene er sex en forutsetning for at pengene kommer.

I Norge er det straffbart å skaffe seg seksuell omgang ved å gi eller avtale betaling, og betaling kan være mer enn penger. Gaver, reiser og husleie kan også regnes med. Er den unge under 18 år, er det en alvorlig forbrytelse uansett hva partene kaller det.

## Det jeg ser

Som helsesykepleier møter jeg unge som ikke har et ord for det de er med på. Noen er studenter med dårlig råd. Noen har vokst opp med lite omsorg og søker en voksen som ser dem. Noen har begynt med bilder og videoer på nett og blitt presset videre.

Fellestrekkene jeg ser, er:

- ubalanse i alder, penger og makt
- uklare grenser for hva som er avtalt
- hemmelighold overfor venner og familie
- en gradvis glidning, der forventningene øker over tid
- liten bevissthet om smitterisiko

Mange forteller at det var greit i starten og ble vanskeligere etter hvert.

## Unge som kjøper

Vi snakker mest om de unge som selger eller bytter sex, men også unge menn kjøper. For noen starter det med betalte bilder eller videochat og glir over i fysiske møter. Pornografi og nettkultur kan gi inntrykk av at alt er til salgs, og at det er normalt å betale for nærhet.

## Hva kan voksne gjøre?

- Snakk om seksualitet, grenser og makt, uten å moralisere.
- Bruk ordene ungdommen selv bruker, men vær tydelig på hva loven sier.
- Vær tilgjengelig. Helsestasjon for ungdom, skolehelsetjenesten og Sex og samfunn har erfaring med slike samtaler.
- Er du bekymret for at et barn eller en ungdom blir utnyttet, kontakt barnevernet eller Alarmtelefonen på 116 111.

Unge har rett til å utforske seksualiteten sin. De har også rett til å slippe å bli kjøpt.
`,
  },
  {
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
  },
  {
    slug: 'forebygging-og-straff',
    title: 'Forebygging og straff er ikke motsetninger',
    lead: 'Forbudet mot sexkjøp er nødvendig, men det er ikke nok. En lokalpolitiker argumenterer for mer satsing på dialog og forebygging.',
    authorName: 'Randi Kolstad Bergum',
    authorRole: 'politician',
    tags: ['lovverk', 'dialog', 'kjønn'],
    publishedAt: '2025-08-27',
    markdown: `I debatten om prostitusjon blir vi ofte presset inn i to leirer. Enten er du for straff, eller så er du for å forstå kjøperne. Jeg mener dette er en falsk motsetning. Et samfunn som vil redusere sexkjøp, trenger begge deler.

## Hvorfor jeg støtter forbudet

Jeg står fast på at det skal være forbudt å kjøpe sex. Loven sier noe viktig om hva slags samfunn vi vil ha: et samfunn der kropp ikke er en vare, og der ulikhet i penger og makt ikke skal gi rett til andres seksualitet. Loven gir også politiet et verktøy mot dem som tjener penger på utnyttelse.

Men en lov virker bare når folk kjenner den, når den håndheves, og når den følges av andre tiltak.

## Det straff ikke kan gjøre

Straff kan avskrekke, men den kan ikke hjelpe en mann som har kjøpt sex i tjue år til å forstå hvorfor han gjør det. Straff kan heller ikke nå de som aldri blir tatt, og det er de aller fleste. Skal vi få ned etterspørselen, må vi også nå menn før de kjøper, og hjelpe dem som vil slutte.

Erfaringene fra Norden tyder på at dette er mulig. Samtaletilbud for sexkjøpere i Sverige og Danmark har i mange år vist at menn vil snakke, hvis noen tar imot dem. I Norge har slike tilbud ofte vært prosjekter med kort levetid, avhengig av midler fra år til år.

## Kritikken mot dialog

Jeg vet at noen mener det er feil å «kose» med sexkjøpere. Det er en kritikk jeg tar på alvor. Vi skal aldri gjøre sexkjøp til noe nøytralt, og vi skal aldri glemme at den som selger, ofte betaler den høyeste prisen. Men dialog er ikke det samme som å godta. En god samtale kan få en mann til å ta ansvar på en måte en bot aldri kan.

## Hva jeg vil prioritere

- **Faste midler** til lavterskel samtale- og informasjonstilbud for kjøpere, ikke bare prosjektmidler.
- **Undervisning i skolen** om seksualitet, grenser, makt og kjøp av sex, også om hva loven sier.
- **Politiets innsats** mot bakmenn og hallikvirksomhet, med ofrenes sikkerhet i sentrum.
- **Hjelp til dem som selger**, uavhengig av om de vil slutte eller ikke, og uten at de risikerer å miste bolig eller opphold.

## Et felles ansvar

Prostitusjon er et kjønnspolitisk spørsmål, men det er ikke bare et kvinnespørsmål. Menn må være med i samtalen, både som kjøpere som vil endre seg og som menn som sier fra til andre menn. Det ansvaret kan ikke overlates til politiet alene.
`,
  },
  {
    slug: 'nar-pasienten-forteller',
    title: 'Når pasienten forteller at han kjøper sex',
    lead: 'Mange sexkjøpere møter helsetjenesten uten å si hvorfor. En fastlege om hvordan helsepersonell kan møte dem bedre.',
    authorName: 'Anders Myrvold Krogh',
    authorRole: 'practitioner',
    tags: ['helse', 'dialog'],
    publishedAt: '2026-02-17',
    markdown: `«Jeg vil bare sjekke meg for alt.» Jeg hører den setningen ofte. Som regel spør jeg ikke mer enn nødvendig. Men av og til forteller pasienten, etter en liten pause, at han har kjøpt sex. Hvordan jeg svarer da, kan avgjøre om han noen gang tar opp temaet igjen.

## Hvorfor det er viktig å spørre

For helsepersonell er sexkjøp først og fremst et spørsmål om risiko. Infeksjoner kan smitte videre til faste partnere, og noen pasienter har gått lenge med uro uten å teste seg. Men sexkjøp kan også være et tegn på noe annet: ensomhet, depresjon, alkoholproblemer eller et mønster pasienten selv opplever som tvangspreget.

Mange kjøpere har aldri fortalt om det til noen. Et legekontor med taushetsplikt kan være det første stedet der de sier det høyt.

## Hvordan jeg møter pasienten

Erfaringen har lært meg noen enkle ting:

- **Spør nøytralt.** «Har du hatt sex med noen du har betalt?» er et konkret spørsmål som kan besvares uten lange forklaringer.
- **Ikke moraliser.** Pasienten vet at det er ulovlig. Hvis jeg gjentar det med pekefinger, lukker han seg.
- **Vær tydelig om taushetsplikten.** Jeg forteller at det han sier, blir mellom oss og ikke meldes til politiet.
- **Ta helsen på alvor.** Tilby tester, forklar vindusperioder og avtal hvordan han får svar.
- **Åpne for mer.** Jeg spør gjerne: «Hvordan har du det med dette?» Noen vil ikke snakke mer. Andre har ventet på spørsmålet.

## Når det handler om mer enn smitte

Noen pasienter beskriver sexkjøp som noe de gjør når de har det vondt. De vil slutte, men klarer det ikke. Da kan det være aktuelt med samtaler hos psykolog, eller med behandling for underliggende problemer som angst, depresjon eller rus. Det finnes også hjelpetelefoner og nettbaserte tilbud der de kan snakke anonymt.

Jeg har også møtt pasienter som er bekymret for kvinnene de har møtt. En av dem fortalte om en ung kvinne med blåmerker som tydelig var redd. Vi snakket om hvordan han kunne si fra til politiet uten å oppgi navn. Jeg vet ikke om han gjorde det.

## Et ansvar for fagfeltet

Helsepersonell får lite opplæring i å snakke om kjøp av sex. Det burde vi få. Vi møter disse mennene uansett, i køen på legekontoret, på legevakten og på klinikkene for seksuell helse. Spørsmålet er om vi ser dem.
`,
  },
  {
    slug: 'den-nordiske-modellen',
    title: 'Den nordiske modellen: likheter og forskjeller',
    lead: 'Norge, Sverige og flere andre land forbyr kjøp av sex, men ikke salg. En jusstudent sammenligner hvordan landene regulerer prostitusjon.',
    authorName: 'Selma Iversen Dahl',
    authorRole: 'student',
    tags: ['lovverk', 'menneskehandel', 'forskning'],
    publishedAt: '2026-06-09',
    markdown: `«Den nordiske modellen» er et begrep som brukes om en bestemt måte å regulere prostitusjon på: det er straffbart å kjøpe sex, men ikke å selge. I tillegg skal staten tilby hjelp til dem som vil ut av prostitusjon. I arbeidet med en semesteroppgave i strafferett har jeg sett på hvordan ulike land har valgt ulike veier.

## Hvor kommer modellen fra?

Sverige var først. Forbudet mot kjøp av seksuelle tjenester trådte i kraft i 1999, begrunnet i at prostitusjon er et uttrykk for mannlig vold mot kvinner og et hinder for likestilling. Norge og Island fulgte etter i 2009. Senere har blant annet Canada, Frankrike, Irland og Nord-Irland innført lignende regler, med litt ulik utforming.

## Ikke helt lik i Norden

Til tross for navnet er det ikke én nordisk modell:

- **Sverige, Norge og Island** forbyr kjøp av sex generelt.
- **Finland** forbyr kjøp av sex fra personer som er utsatt for menneskehandel eller hallikvirksomhet, men ikke alt kjøp.
- **Danmark** har ikke forbudt kjøp av sex fra voksne, men forbyr blant annet kjøp fra personer under 18 år og hallikvirksomhet.

Et særtrekk ved den norske loven er at den også gjelder når nordmenn kjøper sex i utlandet.

## Andre modeller

Utenfor Norden finnes helt andre tilnærminger. Tyskland og Nederland har gjort det lovlig å drive prostitusjonsvirksomhet under visse vilkår, med krav om registrering og tillatelser. New Zealand har avkriminalisert både kjøp og salg mellom voksne og regulerer sexarbeid som annet arbeid. Tilhengerne av slike modeller mener de gir bedre rettigheter og sikkerhet for dem som selger. Kritikerne mener de øker markedet og gjør det lettere for menneskehandlere å skjule seg blant lovlige aktører.

## Hva viser forskningen?

Det er vanskelig å sammenligne landene, fordi markedene, statistikken og definisjonene er så forskjellige. Svenske myndigheter har lagt vekt på at gateprostitusjonen ble mindre og at holdningene endret seg. Forskere og organisasjoner, blant dem Amnesty International, har kritisert modellen for å gjøre situasjonen mer utrygg for dem som selger. Internasjonale organer som overvåker arbeidet mot menneskehandel, har bedt statene om å motvirke etterspørselen, men uten å foreskrive én bestemt modell.

## Min vurdering

Jusen kan ikke alene avgjøre hvilken modell som er best. Spørsmålet handler like mye om verdier: om man ser prostitusjon som arbeid eller som utnyttelse. Det jeg har lært, er at modellens virkning avhenger av det som skjer rundt loven: hvordan politiet prioriterer, hvilke hjelpetiltak som finnes, og om de som selger, tør å søke hjelp. En lov på papiret er bare begynnelsen.
`,
  },
  {
    slug: 'nar-politiet-ringer',
    title: 'Når politiet ringer',
    lead: 'Hva skjer hvis du blir mistenkt for å ha kjøpt sex? En rådgiver i tjenesten svarer på spørsmålene vi oftest får.',
    authorName: 'Martin Eide Sandvik',
    authorRole: 'staff',
    tags: ['lovverk', 'dialog'],
    publishedAt: '2026-10-06',
    markdown: `En del av henvendelsene vi får, begynner omtrent slik: «Jeg har fått en telefon fra politiet. Hva skjer nå?» Mange er i sjokk og redde for at familien eller arbeidsgiveren skal få vite det. Her forsøker jeg å svare på det vi oftest blir spurt om. Dette er generell informasjon og ikke juridisk rådgivning i en konkret sak.

## Hvordan blir folk oppdaget?

Politiet avdekker sexkjøp på flere måter. Noen blir stanset etter et møte på gata eller utenfor en leilighet. Andre blir identifisert i etterforskning av hallikvirksomhet eller menneskehandel, for eksempel gjennom telefonnumre og betalinger. Det kan derfor gå lang tid fra kjøpet til politiet tar kontakt.

## Avhør og rettigheter

Hvis du blir kalt inn til avhør som mistenkt, har du noen grunnleggende rettigheter:

- Du har rett til å vite hva du er mistenkt for.
- Du har ikke plikt til å forklare deg.
- Du har rett til å ha med advokat. I mindre saker må du som regel betale advokaten selv.

Mange velger å snakke med en advokat før avhøret. Det kan være lurt, særlig hvis saken også gjelder andre forhold.

## Forelegg eller rettssak

I mange saker om kjøp av sex ender det med et forelegg, altså en bot fra påtalemyndigheten. Du kan velge å vedta forelegget. Da er saken avgjort, og forelegget får samme virkning som en dom. Du kan også la være å vedta det, og da kan saken bli sendt til retten.

Et vedtatt forelegg blir registrert. Om det kommer fram på en politiattest, avhenger av hvilken type attest det er snakk om. Spør gjerne en advokat om hva som gjelder i din situasjon.

## Får familien vite det?

Politiet har taushetsplikt og sender ikke informasjon til familie eller arbeidsgiver. Men brev og telefoner kan komme hjem, og mange opplever at hemmeligheten blir vanskelig å bære videre. Noen velger å fortelle det selv, før det kommer fram på andre måter. Det er en vanskelig avgjørelse, og det finnes ikke ett riktig svar.

## Hvordan har du det?

For mange blir kontakten med politiet et vendepunkt. Skammen kan bli overveldende, men den kan også bli starten på en endring. Vi ser at de som klarer å snakke med noen om det som har skjedd, ofte kommer bedre ut av det.

Du kan skrive anonymt i forumet eller sende oss en melding gjennom kontaktskjemaet. Vi kan ikke hjelpe deg med selve straffesaken, men vi kan snakke med deg om hvordan du har det og hva du vil gjøre videre. Har du tanker om å skade deg selv, ring 113 eller Mental Helses hjelpetelefon på 116 123.
`,
  },
];
