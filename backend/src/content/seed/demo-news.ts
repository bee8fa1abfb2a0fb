import type { DemoNewsLink } from './demo-content.types';

/**
 * News links of an empty installation. Every URL points at a real, stable page of the source;
 * titles and comments describe that page rather than an invented news story.
 */
export const DEMO_NEWS_LINKS: DemoNewsLink[] = [
  {
    date: '2026-10-02',
    title: 'Regjeringen: nasjonal strategi mot menneskehandel 2025–2030',
    url: 'https://www.regjeringen.no/no/dokumenter/nasjonal-strategi-mot-menneskehandel-2025-2030/id3103576/',
    source: 'Regjeringen',
    comment:
      'Strategien beskriver hvordan myndighetene vil forebygge menneskehandel, beskytte ofrene og straffeforfølge bakmenn. Verdt å lese for den som vil forstå hvor kjøperne plasseres i det store bildet.',
  },
  {
    date: '2026-10-07',
    title: 'Lovdata: straffeloven § 316 om kjøp av seksuelle tjenester',
    url: 'https://lovdata.no/lov/2005-05-20-28/%C2%A7316',
    source: 'Lovdata',
    comment:
      'Selve lovteksten bak sexkjøpsforbudet. Kort og presis, og nyttig å ha lest før du diskuterer loven i forumet.',
  },
  {
    date: '2026-10-12',
    title: 'Politiet: mistenker du at noen er utsatt for menneskehandel?',
    url: 'https://www.politiet.no/rad/menneskehandel/mistenker-du-at-noen-er-utsatt-for-menneskehandel/',
    source: 'Politiet',
    comment:
      'Politiet lister opp tegn som kan tyde på menneskehandel, og forklarer hvordan du kan si fra. Du trenger ikke å være sikker for å melde en bekymring.',
  },
  {
    date: '2026-10-16',
    title: 'Politiet: slik jobber politiet mot menneskehandel',
    url: 'https://www.politiet.no/rad/menneskehandel/slik-jobber-politiet-for-a-bekjempe-menneskehandel/',
    source: 'Politiet',
    comment:
      'En oversikt over hvem i politiet som gjør hva, fra politidistriktene til Kripos og tipsmottaket. Gir et nøkternt bilde av hvordan sakene faktisk blir avdekket.',
  },
  {
    date: '2026-10-21',
    title: 'KOM: rapporter og veiledere om menneskehandel i Norge',
    url: 'https://www.politiet.no/rad/menneskehandel/koordineringsenheten-mot-menneskehandel/',
    source: 'Politiet',
    comment:
      'Koordineringsenheten mot menneskehandel samler tilstandsrapporter og oversikter over rettsavgjørelser. Her finner du noe av den beste offentlige kunnskapen om situasjonen i Norge.',
  },
  {
    date: '2026-10-26',
    title: 'Helsenorge: slik tester du deg for hiv og andre seksuelt overførbare infeksjoner',
    url: 'https://www.helsenorge.no/sykdom/hiv-og-aids/hurtigtest-for-hiv/',
    source: 'Helsenorge',
    comment:
      'Praktisk informasjon om testing, ventetid før testen er sikker, og forebyggende behandling etter en risikosituasjon. Påminnelse: test og behandling er gratis.',
  },
  {
    date: '2026-10-30',
    title: 'Olafiaklinikken: drop-in for testing av seksuelt overførbare infeksjoner',
    url: 'https://oslo-universitetssykehus.no/avdelinger/klinikk-for-kirurgi-inflammasjonsmedisin-og-transplantasjon/avdeling-for-revmatologi-hud-og-infeksjonssykdommer/olafiaklinikken',
    source: 'Oslo universitetssykehus',
    comment:
      'Klinikken i Oslo tar imot uten time og har lang erfaring med pasienter som synes det er vanskelig å snakke om sex. Sjekk åpningstidene før du drar.',
  },
  {
    date: '2026-11-04',
    title: 'SSB: statistikk om kriminalitet og rettsvesen',
    url: 'https://www.ssb.no/sosiale-forhold-og-kriminalitet/kriminalitet-og-rettsvesen',
    source: 'Statistisk sentralbyrå',
    comment:
      'Her publiseres de offisielle tallene for anmeldte lovbrudd og straffereaksjoner. Husk at tallene for sexkjøp først og fremst viser politiets innsats, ikke hvor mange som kjøper.',
  },
  {
    date: '2026-11-09',
    title: 'Pro Sentret: tilbud til personer som selger sex',
    url: 'https://www.prosentret.no/',
    source: 'Pro Sentret',
    comment:
      'Pro Sentret beskriver sine helse- og sosialtilbud og sitt arbeid som nasjonalt kompetansesenter. Nyttig for å forstå hverdagen på den andre siden av et kjøp.',
  },
  {
    date: '2026-11-13',
    title: 'Europarådet: GRETA overvåker arbeidet mot menneskehandel',
    url: 'https://www.coe.int/en/web/anti-human-trafficking',
    source: 'Europarådet',
    comment:
      'Ekspertgruppen GRETA evaluerer hvordan landene følger opp konvensjonen mot menneskehandel, også Norge. Sidene er på engelsk og fransk.',
  },
  {
    date: '2026-11-18',
    title: 'FNs kontor for narkotika og kriminalitet: global rapport om menneskehandel',
    url: 'https://www.unodc.org/unodc/en/data-and-analysis/glotip.html',
    source: 'UNODC',
    comment:
      'FN samler data om menneskehandel fra over hundre land i en jevnlig rapport. Gir et globalt bakteppe til debatten om etterspørsel, på engelsk.',
  },
  {
    date: '2026-11-24',
    title: 'Kirkens SOS: noen å snakke med i den mørke årstiden',
    url: 'https://www.kirkens-sos.no/',
    source: 'Kirkens SOS',
    comment:
      'Mange kjenner ekstra på uro og ensomhet i mørketiden. Kirkens SOS svarer på telefon og chat hele døgnet, og du kan være anonym.',
  },
];
