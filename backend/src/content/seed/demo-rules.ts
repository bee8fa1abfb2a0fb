import type { DemoForumRule } from './demo-content.types';

/** The six forum rules; moderators cite them by number when they remove a post. */
export const DEMO_FORUM_RULES: DemoForumRule[] = [
  {
    number: 1,
    title: 'Følg norsk lov',
    text: 'Det er ikke lov å skrive innlegg som bryter norsk lov, eller som oppfordrer andre til å gjøre det, for eksempel ved å formidle kontakt for kjøp av sex. Forumet skal være et sted for samtale og refleksjon, ikke et verktøy for lovbrudd.',
  },
  {
    number: 2,
    title: 'Ikke krenk andre',
    text: 'Tekst eller lenker som er ærekrenkende, rasistiske, truende, pornografiske eller på annen måte krenkende, blir fjernet. Alle skal kunne delta uten å bli hengt ut, og ingen skal møte slikt innhold uten å ha bedt om det.',
  },
  {
    number: 3,
    title: 'Respekter opphavsretten',
    text: 'Ikke legg ut tekst, bilder eller annet materiale som andre har rettighetene til. Skriv heller med egne ord, siter kort og lenk til kilden.',
  },
  {
    number: 4,
    title: 'Ingen reklame',
    text: 'Kommersielle budskap og reklame for varer, tjenester eller nettsteder er ikke tillatt. Forumet er et ikke-kommersielt rom for dialog, og annonser kan dessuten være et skjult tilbud om kjøp og salg av sex.',
  },
  {
    number: 5,
    title: 'Ikke spre løgn eller trusler',
    text: 'Innlegg som med vilje sprer usannheter eller trusler, blir fjernet. Uenighet er velkommen, men samtalen forutsetter at vi kan stole på at folk skriver i god tro.',
  },
  {
    number: 6,
    title: 'Ikke spam',
    text: 'Ikke publiser det samme innlegget flere ganger, og ikke gjenta samme linje om og om igjen. Slik spam drukner de andre stemmene og gjør forumet vanskelig å lese.',
  },
];
