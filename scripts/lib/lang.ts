// The interface languages and the one `{param}` filler every catalogue (site, print, messages) uses.
export type Lang = "fr" | "nl" | "en";
export const LANGS: readonly Lang[] = ["fr", "nl", "en"];

/** A text in each interface language. */
export type Trilingual = Record<Lang, string>;

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/** The interface language for a page language: a site may publish in a language we have no strings for. */
export const uiLang = (lang: string): Lang => (isLang(lang) ? lang : "en");

/** Fills `{name}` parameters; an unknown parameter stays as written, so a missing value is visible. */
export const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
