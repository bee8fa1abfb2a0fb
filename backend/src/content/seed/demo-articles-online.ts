import type { DemoArticle } from './demo-content.types';

/** Demo articles on the market online: from the street to the screen, sugar dating and young people. */

export const fromStreetCornerToScreen: DemoArticle = {
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
};

export const sugarDatingAndYoungPeople: DemoArticle = {
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
};
