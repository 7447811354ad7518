/**
 * Which of the consent panel's words `<fse-document>`'s "Oscura questo documento" says: obscuring,
 * the requests' states and the dialog. Lit-free, so the locale modules can pick them from any
 * language's consent-panel messages.
 */
import type { Messages } from '../internal/localize.js';

export function obscureActionWords(panel: Messages): Messages {
  return Object.fromEntries(Object.entries(panel).filter(([k]) => k.startsWith('obscure.') || k.startsWith('req.') || k.startsWith('dialog.') || k === 'docs.unobscure'));
}
