declare namespace App {
  interface Locals {
    /** Citation numbers of the article being rendered, read by <Cite>. */
    citations?: Map<string, number>;
    /** Language of the article text (English on a page still awaiting its translation). */
    textLang?: import('./i18n/locales').LocaleCode;
    /** Glossary ids an article may use in <Term id>. */
    glossaryIds?: Set<string>;
  }
}
