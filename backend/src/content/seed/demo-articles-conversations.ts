import type { DemoArticle } from './demo-content.types';

/** Demo articles about talking: a buyer who stopped, the phone line, the doctor's office. */

export const iStoppedWhenISaidItAloud: DemoArticle = {
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
};

export const whatIsSaidOnThePhone: DemoArticle = {
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
};

export const whenThePatientTells: DemoArticle = {
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
};
