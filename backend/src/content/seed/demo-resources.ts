import type { DemoResource } from './demo-content.types';

/** Literature, organisations and help services listed under "Ressurser". */
export const DEMO_RESOURCES: DemoResource[] = [
  {
    kind: 'literature',
    name: 'Cecilie Høigård og Liv Finstad: Bakgater. Om prostitusjon, penger og kjærlighet (1986)',
    url: null,
    phone: null,
    description:
      'Klassisk norsk studie av gateprostitusjon, bygget på lange samtaler med kvinner som solgte sex. Boka utfordret myten om kunden som en avvikende mann.',
  },
  {
    kind: 'literature',
    name: 'Annick Prieur og Arnhild Taksdal: Å sette pris på kvinner. Menn som kjøper sex (1989)',
    url: null,
    phone: null,
    description:
      'En av de første norske bøkene som satte søkelyset på kjøperne. Forfatterne undersøker hvem mennene er, og hvordan de selv forstår sexkjøpet.',
  },
  {
    kind: 'literature',
    name: 'Charlotta Holmström og May-Len Skilbrei (red.): Prostitution i Norden (Nordisk ministerråd, 2008)',
    url: null,
    phone: null,
    description:
      'Nordisk forskningsrapport som sammenligner prostitusjonsmarkedene og politikken i de nordiske landene, blant annet med analyser av hvordan kjøpere snakker om sexkjøp på nett.',
  },
  {
    kind: 'literature',
    name: 'Vista Analyse: Evaluering av forbudet mot kjøp av seksuelle tjenester (2014)',
    url: null,
    phone: null,
    description:
      'Evaluering av sexkjøpsloven gjort på oppdrag fra Justis- og beredskapsdepartementet. Rapporten drøfter hvordan markedet og etterspørselen har endret seg etter 2009.',
  },
  {
    kind: 'literature',
    name: 'Straffeloven på Lovdata',
    url: 'https://lovdata.no/dokument/NL/lov/2005-05-20-28',
    phone: null,
    description:
      'Den fullstendige lovteksten. Forbudet mot kjøp av sex står i § 316, hallikvirksomhet i § 315 og menneskehandel i §§ 257 og 258.',
  },
  {
    kind: 'organisation',
    name: 'Pro Sentret (Oslo kommune)',
    url: 'https://www.prosentret.no/',
    phone: null,
    description:
      'Oslo kommunes tjeneste for personer som selger eller har solgt sex, og et nasjonalt kompetansesenter på prostitusjonsfeltet. Tilbyr helsehjelp, samtaler og oppsøkende arbeid.',
  },
  {
    kind: 'organisation',
    name: 'ROSA – hjelp til utsatte for menneskehandel',
    url: 'https://rosa-help.no/',
    phone: '22 33 11 60',
    phoneNumber: '22331160',
    description:
      'Landsdekkende tilbud som gir informasjon, trygge bosteder og hjelp til personer som er utsatt for menneskehandel. Telefonen er åpen hele døgnet.',
  },
  {
    kind: 'organisation',
    name: 'Koordineringsenheten mot menneskehandel (KOM)',
    url: 'https://www.politiet.no/rad/menneskehandel/koordineringsenheten-mot-menneskehandel/',
    phone: null,
    description:
      'Enhet under Politidirektoratet som samordner arbeidet mot menneskehandel mellom myndigheter og organisasjoner. Her finner du rapporter, veiledere og oversikter over rettsavgjørelser.',
  },
  {
    kind: 'organisation',
    name: 'Reform – ressurssenter for menn',
    url: 'https://reform.no/',
    phone: null,
    description:
      'Stiftelse som arbeider for likestilling med et mannsperspektiv, og som i mange år har drevet samtale- og informasjonsarbeid rettet mot menn som kjøper sex.',
  },
  {
    kind: 'organisation',
    name: 'Sex og samfunn',
    url: 'https://www.sexogsamfunn.no/',
    phone: null,
    description:
      'Senter for ung seksualitet i Oslo med klinikk, testing og rådgivning for unge, og faglig kunnskap om seksuell helse.',
  },
  {
    kind: 'helpService',
    name: 'Helsenorge: test og hurtigtest for hiv og andre infeksjoner',
    url: 'https://www.helsenorge.no/sykdom/hiv-og-aids/hurtigtest-for-hiv/',
    phone: null,
    description:
      'Offentlig informasjon om testing for hiv og seksuelt overførbare infeksjoner, og oversikt over hvor du kan teste deg. Test og behandling er gratis.',
  },
  {
    kind: 'helpService',
    name: 'Mental Helse hjelpetelefonen',
    url: 'https://www.mentalhelse.no/',
    phone: '116 123',
    phoneNumber: '116123',
    description: 'Gratis og døgnåpen telefon for alle som trenger noen å snakke med. Du kan være anonym.',
  },
  {
    kind: 'helpService',
    name: 'Kirkens SOS',
    url: 'https://www.kirkens-sos.no/',
    phone: '22 40 00 40',
    phoneNumber: '22400040',
    description:
      'Døgnåpen krisetjeneste på telefon, chat og skriftlige meldinger for mennesker i krise eller med selvmordstanker. Anonymt og med taushetsplikt.',
  },
  {
    kind: 'helpService',
    name: 'Alarmtelefonen for barn og unge',
    url: 'https://www.116111.no/',
    phone: '116 111',
    phoneNumber: '116111',
    description:
      'Gratis telefon for barn og unge som blir utsatt for vold, overgrep eller omsorgssvikt. Voksne som er bekymret for et barn, kan også ringe.',
  },
  {
    kind: 'helpService',
    name: 'Politiet',
    url: 'https://www.politiet.no/',
    phone: '02800 (nødnummer 112)',
    phoneNumber: '02800',
    description:
      'Ring 02800 for å gi tips eller søke råd, og 112 når noen er i akutt fare. Tips om mulig menneskehandel kan også sendes via politiet.no.',
  },
];
