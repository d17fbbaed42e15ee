// Strings that only the booklets use, in fr, nl and en.
import { fill, uiLang } from "../scripts/lib/lang.ts";
import { type Entry, lookup } from "../scripts/lib/strings.ts";

export const PRINT_STRINGS = {
  booklet: {
    fr: "Annuaire des initiatives citoyennes",
    nl: "Gids van de burgerinitiatieven",
    en: "Directory of citizen initiatives",
  },
  welcomePack: {
    fr: "Bienvenue : les initiatives près de chez vous",
    nl: "Welkom: de initiatieven bij u in de buurt",
    en: "Welcome: the initiatives near you",
  },
  edition: {
    fr: "Édition {edition} — données du {date}",
    nl: "Editie {edition} — gegevens van {date}",
    en: "Edition {edition} — data of {date}",
  },
  coverQr: {
    fr: "Scannez pour la version à jour en ligne",
    nl: "Scan voor de actuele versie online",
    en: "Scan for the up-to-date version online",
  },
  howTo: { fr: "Comment utiliser cet annuaire", nl: "Hoe gebruikt u deze gids?", en: "How to use this booklet" },
  howToCommune: {
    fr: "Les initiatives {ofCommune} viennent d'abord, rangées par thème. Viennent ensuite celles qui sont actives dans toute la région, rangées par thème elles aussi.",
    nl: "Eerst komen de initiatieven in {commune}, per thema gerangschikt. Daarna volgen die in het hele gewest actief zijn, ook per thema.",
    en: "The initiatives in {commune} come first, sorted by theme. Then come those active across the whole region, sorted by theme as well.",
  },
  howToCommuneRegionOnly: {
    fr: "Aucune initiative de cet annuaire n'agit seulement à {commune} : toutes sont actives dans toute la région, et rangées par thème.",
    nl: "Geen enkel initiatief in deze gids is alleen in {commune} actief: ze zijn allemaal in het hele gewest actief, en per thema gerangschikt.",
    en: "No initiative in this booklet works in {commune} alone: all of them are active across the whole region, sorted by theme.",
  },
  howToRegion: {
    fr: "Les initiatives sont rangées par thème.",
    nl: "De initiatieven zijn per thema gerangschikt.",
    en: "The initiatives are sorted by theme.",
  },
  howToSector: {
    fr: "Les initiatives sont rangées par commune, de A à Z. Celles qui sont actives dans toute la région viennent à la fin.",
    nl: "De initiatieven zijn per gemeente gerangschikt, van A tot Z. Die in het hele gewest actief zijn, staan achteraan.",
    en: "The initiatives are sorted by commune, from A to Z. Those active across the whole region come last.",
  },
  howToFind: {
    fr: "Chaque thème a un dessin, expliqué ci-dessous. Le sommaire donne la page de chaque partie ; l'index à la fin donne la page de chaque initiative, de A à Z. Le petit code QR de chaque initiative ouvre sa page à jour sur un téléphone.",
    nl: "Elk thema heeft een tekening, hieronder uitgelegd. De inhoudstafel geeft de pagina van elk deel; de index achteraan geeft de pagina van elk initiatief, van A tot Z. De kleine QR-code van elk initiatief opent de actuele pagina op een telefoon.",
    en: "Each theme has a picture, explained below. The contents list gives the page of each part; the index at the end gives the page of each initiative, from A to Z. The small QR code of each initiative opens its up-to-date page on a phone.",
  },
  inCommune: { fr: "À {commune}", nl: "In {commune}", en: "In {commune}" },
  nearby: { fr: "Près d'ici, même thème", nl: "Dichtbij, zelfde thema", en: "Nearby, same theme" },
  whereToGo: { fr: "Où aller", nl: "Waar naartoe", en: "Where to go" },
  whereToGoText: {
    fr: "Les lieux publics où les initiatives vous accueillent. Les autres se rencontrent en ligne ou chez des particuliers : contactez-les.",
    nl: "De openbare plaatsen waar de initiatieven u ontvangen. De andere komen online of bij mensen thuis samen: neem contact met hen op.",
    en: "The public places where the initiatives welcome you. The others meet online or in people's homes: get in touch with them.",
  },
  noPlaces: {
    fr: "Aucun lieu public n'est encore connu : chaque initiative donne son contact.",
    nl: "Er is nog geen openbare plaats bekend: elk initiatief vermeldt zijn contact.",
    en: "No public place is known yet: each initiative gives its contact.",
  },
  north: { fr: "N", nl: "N", en: "N" },
  legend: { fr: "Les dessins des thèmes", nl: "De tekeningen van de thema's", en: "The theme pictures" },
  help: { fr: "Besoin d'aide ?", nl: "Hulp nodig?", en: "Need help?" },
  charterShort: { fr: "La charte en bref", nl: "Het charter in het kort", en: "The charter in short" },
  charterText: {
    fr: "Les initiatives qui signent la charte sont ouvertes à toutes et à tous, sans but lucratif, donnent des informations honnêtes, respectent la vie privée et coopèrent entre elles.",
    nl: "Initiatieven die het charter ondertekenen, staan open voor iedereen, zijn zonder winstoogmerk, geven eerlijke informatie, respecteren de privacy en werken samen.",
    en: "Initiatives that sign the charter are open to everyone, not for profit, give honest information, respect privacy and cooperate with each other.",
  },
  contents: { fr: "Sommaire", nl: "Inhoud", en: "Contents" },
  index: { fr: "Index de A à Z", nl: "Index van A tot Z", en: "Index from A to Z" },
  changes: {
    fr: "Ce qui a changé depuis la dernière édition",
    nl: "Wat is er veranderd sinds de vorige editie",
    en: "What changed since the last edition",
  },
  firstEdition: {
    fr: "C'est la première édition de cet annuaire.",
    nl: "Dit is de eerste editie van deze gids.",
    en: "This is the first edition of this booklet.",
  },
  noChanges: {
    fr: "Aucune initiative ajoutée ni retirée.",
    nl: "Geen initiatieven toegevoegd of verwijderd.",
    en: "No initiative added or removed.",
  },
  added: { fr: "Nouvelles initiatives", nl: "Nieuwe initiatieven", en: "New initiatives" },
  removed: { fr: "N'y figurent plus", nl: "Staan er niet meer in", en: "No longer listed" },
  backTitle: {
    fr: "Ajouter ou corriger une initiative",
    nl: "Een initiatief toevoegen of verbeteren",
    en: "Add or correct an initiative",
  },
  backText: {
    fr: "Une information manque ou est fausse ? Votre initiative n'y est pas ? C'est gratuit : dites-le-nous en ligne, ou demandez à l'accueil de votre commune de nous transmettre l'information.",
    nl: "Ontbreekt er iets of klopt iets niet? Staat uw initiatief er niet in? Het is gratis: laat het ons online weten, of vraag het onthaal van uw gemeente om het door te geven.",
    en: "Something missing or wrong? Your initiative not listed? It is free: tell us online, or ask your commune's welcome desk to pass the information on.",
  },
  seeAlso: { fr: "Voir aussi", nl: "Zie ook", en: "See also" },
  page: { fr: "p. {n}", nl: "p. {n}", en: "p. {n}" },
  fullEntry: { fr: "présentée en entier", nl: "volledig beschreven", en: "described in full" },
  pageShort: { fr: "p.", nl: "p.", en: "p." },
  events: {
    fr: "Rendez-vous des 90 prochains jours",
    nl: "Afspraken in de komende 90 dagen",
    en: "Events in the next 90 days",
  },
  noEvents: {
    fr: "Aucun rendez-vous annoncé. Consultez l'agenda en ligne.",
    nl: "Geen afspraken aangekondigd. Bekijk de agenda online.",
    en: "No events announced. See the calendar online.",
  },
  mapTitle: {
    fr: "Carte des initiatives {ofCommune}",
    nl: "Kaart van de initiatieven in {commune}",
    en: "Map of the initiatives in {commune}",
  },
  mapNote: {
    fr: "Les numéros renvoient à la liste. Les groupes qui se réunissent chez des particuliers n'apparaissent pas sur la carte.",
    nl: "De nummers verwijzen naar de lijst. Groepen die bij mensen thuis samenkomen, staan niet op de kaart.",
    en: "The numbers refer to the list. Groups that meet in people's homes are not on the map.",
  },
  regionWide: { fr: "Dans toute la région", nl: "In het hele gewest", en: "Across the region" },
  where: { fr: "Où", nl: "Waar", en: "Where" },
  online: { fr: "En ligne", nl: "Online", en: "Online" },
} as const satisfies Record<string, Entry>;

/**
 * "of {name}" with the article that fits the name: French elides "de" before a vowel or a mute h
 * ("d'Ixelles", "de Schaerbeek"). The rule lives here, with the strings, not in the data.
 */
export const OF_NAME: Record<"fr" | "nl" | "en", { plain: string; elided: string; elides: RegExp | null }> = {
  fr: { plain: "de {name}", elided: "d'{name}", elides: /^[aâàeéèêëiîïoôöuûùüyœæ]/i },
  nl: { plain: "{name}", elided: "{name}", elides: null },
  en: { plain: "{name}", elided: "{name}", elides: null },
};

export function ofName(name: string, lang: string): string {
  const rule = OF_NAME[uiLang(lang)];
  return fill(rule.elides?.test(name) ? rule.elided : rule.plain, { name });
}

export type PrintKey = keyof typeof PRINT_STRINGS;

export const pt = (key: PrintKey, lang: string, params: Record<string, string | number> = {}): string =>
  lookup(PRINT_STRINGS[key], lang, params);
