import { msg } from '@lit/localize';
import type { CampaignChannel } from '@sexhandel/shared';

/** What each channel is called on screen. */
export function channelLabel(channel: CampaignChannel): string {
  switch (channel) {
    case 'school':
      return msg('Skole');
    case 'print_ad':
      return msg('Annonse på trykk');
    case 'event':
      return msg('Arrangement');
    case 'press':
      return msg('Presse');
    case 'other':
      return msg('Annet');
  }
}
