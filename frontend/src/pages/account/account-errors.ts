import { msg } from '@lit/localize';
import { errorText } from '../../app/forum-text.js';
import { ApiError } from '../../data/api.js';

/** A failed account call in words: the server's message (localised by code where known), or "no connection". */
export function accountErrorText(error: unknown): string {
  if (error instanceof TypeError) return msg('Du er uten nett. Dette krever nettforbindelse.');
  if (error instanceof ApiError) return errorText({ code: error.code ?? '', message: error.message });
  return msg('Noe gikk galt. Prøv igjen.');
}
