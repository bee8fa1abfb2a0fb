import type { DemoArticle } from './demo-content.types';
import { iStoppedWhenISaidItAloud, whatIsSaidOnThePhone, whenThePatientTells } from './demo-articles-conversations';
import { fifteenYearsOfTheLaw, preventionAndPunishment, theNordicModel, whenThePoliceCall } from './demo-articles-law';
import { fromStreetCornerToScreen, sugarDatingAndYoungPeople } from './demo-articles-online';
import { demandAndTrafficking, whatBuyersWriteToEachOther, whyMenBuySex } from './demo-articles-research';

/** Article archive of an empty installation: invented authors, several viewpoints. */
export const DEMO_ARTICLES: DemoArticle[] = [
  whyMenBuySex,
  fifteenYearsOfTheLaw,
  iStoppedWhenISaidItAloud,
  whatIsSaidOnThePhone,
  demandAndTrafficking,
  fromStreetCornerToScreen,
  sugarDatingAndYoungPeople,
  whatBuyersWriteToEachOther,
  preventionAndPunishment,
  whenThePatientTells,
  theNordicModel,
  whenThePoliceCall,
];
