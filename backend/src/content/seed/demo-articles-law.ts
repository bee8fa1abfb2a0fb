import type { DemoArticle } from './demo-content.types';

/** Demo articles on the law and policy: the sex purchase act, prevention, the Nordic model, the police. */

export const fifteenYearsOfTheLaw: DemoArticle = {
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
};

export const preventionAndPunishment: DemoArticle = {
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
};

export const theNordicModel: DemoArticle = {
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
};

export const whenThePoliceCall: DemoArticle = {
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
};
