/**
 * Languages a portal can extend: `registerLocale('fr', locale)` adds one, `overrideMessages('it', …)`
 * changes single strings (the glossary and issues' plain messages too). Italian is built in; the
 * bundled languages register themselves when imported (`@percorso/elements/locales/en.js`, `de`,
 * `fr`, `sl`, or `locales/all.js`). Importing this module defines no element.
 */
export {
  registerLocale,
  overrideMessages,
  registeredLanguages,
  type Locale,
  type LocaleOptions,
  type GlossaryText,
  type Lang,
  type Message,
  type Messages,
  type Params,
} from './internal/localize.js';
