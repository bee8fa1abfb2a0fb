import { requestErrorText } from '../../components/form-errors.controller.js';

/** A failed account call in words: offline, the login lock with until when, or the text for its code. */
export function accountErrorText(error: unknown): string {
  return requestErrorText(error);
}
