/**
 * "Diskret modus" (opt-in in settings): the app keeps a single browser history entry, so the
 * browser's Back leaves the site instead of walking through what was read. The choice is stored in
 * localStorage (a setting, nothing about the person) and goes with "Clear this device".
 */
export const DISCREET_KEY = 'sexhandel-discreet';

export function isDiscreet(): boolean {
  try {
    return localStorage.getItem(DISCREET_KEY) === '1';
  } catch {
    return false;
  }
}

export function setDiscreet(on: boolean): void {
  try {
    if (on) localStorage.setItem(DISCREET_KEY, '1');
    else localStorage.removeItem(DISCREET_KEY);
  } catch {
    // Storage refused: the mode stays off, and the settings page shows it as off.
  }
}
