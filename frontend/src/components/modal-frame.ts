import { html, type TemplateResult } from 'lit';
import './sh-quick-exit.js';

/**
 * The shared frame of every modal dialog. A modal makes the rest of the page inert, the fixed
 * "leave quickly" bar included, so the frame carries its own exit control first in reading order.
 * Escape still closes the dialog (the `cancel` event); Shift×3 still leaves (the page's listener).
 */
export function modalFrame(
  options: { labelledBy: string; onCancel: (event: Event) => void },
  content: TemplateResult,
): TemplateResult {
  return html`<dialog aria-labelledby=${options.labelledBy} @cancel=${options.onCancel}>
    <sh-quick-exit placement="dialog"></sh-quick-exit>
    ${content}
  </dialog>`;
}
