// Every interface string of the website and the booklets, in fr, nl and en. `{name}` is a parameter.
// Typed: a missing key or language is a type error, not a blank on a page.
import { fill, type Trilingual, uiLang } from "./lang.ts";
import { AGENDA_STRINGS } from "./strings-agenda.ts";
import { CONTRIBUTE_STRINGS } from "./strings-contribute.ts";
import { SITE_STRINGS } from "./strings-site.ts";

export type Entry = Trilingual;

export const STRINGS = {
  ...SITE_STRINGS,
  ...AGENDA_STRINGS,
  ...CONTRIBUTE_STRINGS,
  languageName: { fr: "Français", nl: "Nederlands", en: "English" },
  chooseLanguage: { fr: "Choisissez votre langue", nl: "Kies uw taal", en: "Choose your language" },
  skipToContent: { fr: "Aller au contenu", nl: "Naar de inhoud", en: "Skip to content" },
  mainNav: { fr: "Menu principal", nl: "Hoofdmenu", en: "Main menu" },
  languageNav: { fr: "Langue", nl: "Taal", en: "Language" },
  home: { fr: "Accueil", nl: "Start", en: "Home" },
  search: { fr: "Chercher", nl: "Zoeken", en: "Search" },
  searchLabel: { fr: "Chercher une initiative", nl: "Een initiatief zoeken", en: "Search for an initiative" },
  searchPlaceholder: { fr: "Un mot : {examples}…", nl: "Een woord: {examples}…", en: "A word: {examples}…" },
  searchNoJs: {
    fr: "La recherche a besoin de JavaScript. Sans JavaScript, parcourez les initiatives par commune ou par secteur :",
    nl: "Zoeken heeft JavaScript nodig. Zonder JavaScript kunt u de initiatieven per gemeente of per sector bekijken:",
    en: "Search needs JavaScript. Without it, browse the initiatives by commune or by sector:",
  },
  map: { fr: "Carte", nl: "Kaart", en: "Map" },
  mapTitle: { fr: "Carte des initiatives", nl: "Kaart van de initiatieven", en: "Map of the initiatives" },
  mapNoTiles: {
    fr: "Le fond de carte n'est pas disponible ; les initiatives sont listées ci-dessous.",
    nl: "De achtergrondkaart is niet beschikbaar; de initiatieven staan hieronder.",
    en: "The background map is not available; the initiatives are listed below.",
  },
  mapPrivateNote: {
    fr: "Les groupes qui se réunissent chez des particuliers sont placés au centre de leur commune, sans adresse.",
    nl: "Groepen die bij mensen thuis samenkomen, staan in het centrum van hun gemeente, zonder adres.",
    en: "Groups that meet in private homes are shown at the centre of their commune, without an address.",
  },
  mapList: {
    fr: "Toutes les initiatives de la carte",
    nl: "Alle initiatieven op de kaart",
    en: "All initiatives on the map",
  },
  about: { fr: "À propos", nl: "Over", en: "About" },
  charter: { fr: "Charte", nl: "Charter", en: "Charter" },
  contribute: { fr: "Ajouter une initiative", nl: "Een initiatief toevoegen", en: "Add an initiative" },
  openData: { fr: "Données ouvertes", nl: "Open data", en: "Open data" },
  browseByCommune: { fr: "Par commune", nl: "Per gemeente", en: "By commune" },
  browseBySector: { fr: "Par secteur", nl: "Per sector", en: "By sector" },
  browseByRegion: { fr: "Par région", nl: "Per gewest", en: "By region" },
  initiativesCountOne: { fr: "{count} initiative", nl: "{count} initiatief", en: "{count} initiative" },
  initiativesCount: { fr: "{count} initiatives", nl: "{count} initiatieven", en: "{count} initiatives" },
  latestUpdates: { fr: "Dernières nouvelles", nl: "Laatste nieuws", en: "Latest news" },
  upcomingEvents: { fr: "Prochains rendez-vous", nl: "Volgende afspraken", en: "Upcoming events" },
  noUpcomingEvents: {
    fr: "Aucun rendez-vous annoncé pour le moment.",
    nl: "Voorlopig geen afspraken aangekondigd.",
    en: "No events announced for now.",
  },
  printedBooklet: { fr: "L'annuaire imprimé", nl: "De gedrukte gids", en: "The printed booklet" },
  printedBookletText: {
    fr: "Chaque commune a son annuaire sur papier, à imprimer ou à demander. Téléchargez-le depuis la page de votre commune.",
    nl: "Elke gemeente heeft haar gids op papier, om af te drukken of aan te vragen. Download hem op de pagina van uw gemeente.",
    en: "Every commune has its paper booklet, to print or to ask for. Download it from your commune's page.",
  },
  downloadBooklet: {
    fr: "Télécharger l'annuaire (PDF, {pages} pages)",
    nl: "De gids downloaden (pdf, {pages} pagina's)",
    en: "Download the booklet (PDF, {pages} pages)",
  },
  downloadBookletPlain: {
    fr: "Télécharger l'annuaire (PDF)",
    nl: "De gids downloaden (pdf)",
    en: "Download the booklet (PDF)",
  },
  downloadWelcome: {
    fr: "Le pack d'accueil des nouveaux habitants (PDF)",
    nl: "Het onthaalpakket voor nieuwe inwoners (pdf)",
    en: "The newcomers' welcome pack (PDF)",
  },
  sectors: { fr: "Secteurs", nl: "Sectoren", en: "Sectors" },
  communes: { fr: "Communes", nl: "Gemeenten", en: "Communes" },
  region: { fr: "Région", nl: "Gewest", en: "Region" },
  wholeRegion: { fr: "Toute la région", nl: "Het hele gewest", en: "The whole region" },
  regionWide: { fr: "Actives dans toute la région", nl: "Actief in het hele gewest", en: "Active across the region" },
  place: { fr: "Lieu", nl: "Plaats", en: "Place" },
  privatePlace: {
    fr: "Ce groupe se réunit chez des particuliers : son adresse n'est pas publiée.",
    nl: "Deze groep komt bij mensen thuis samen: het adres wordt niet gepubliceerd.",
    en: "This group meets in people's homes: its address is not published.",
  },
  schedule: { fr: "Quand", nl: "Wanneer", en: "When" },
  languagesSpoken: { fr: "Langues parlées", nl: "Gesproken talen", en: "Languages spoken" },
  accessibility: { fr: "Accessibilité", nl: "Toegankelijkheid", en: "Accessibility" },
  audience: { fr: "Pour qui", nl: "Voor wie", en: "For whom" },
  contact: { fr: "Contact", nl: "Contact", en: "Contact" },
  website: { fr: "Site web", nl: "Website", en: "Website" },
  email: { fr: "E-mail", nl: "E-mail", en: "E-mail" },
  phone: { fr: "Téléphone", nl: "Telefoon", en: "Phone" },
  calendar: { fr: "Agenda (iCal)", nl: "Agenda (iCal)", en: "Calendar (iCal)" },
  noContact: {
    fr: "Pas encore de contact publié. Vous le connaissez ? Signalez-le-nous.",
    nl: "Nog geen contact gepubliceerd. Kent u het? Laat het ons weten.",
    en: "No contact published yet. Do you know it? Let us know.",
  },
  charterSigned: {
    fr: "A signé la charte le {date}",
    nl: "Heeft het charter ondertekend op {date}",
    en: "Signed the charter on {date}",
  },
  verifiedLabel: { fr: "Vérifié le", nl: "Gecontroleerd op", en: "Last checked" },
  verifiedOn: { fr: "Vérifié le {date}", nl: "Gecontroleerd op {date}", en: "Verified on {date}" },
  status: { fr: "Statut", nl: "Status", en: "Status" },
  news: { fr: "Nouvelles", nl: "Nieuws", en: "News" },
  related: { fr: "Partenaires", nl: "Partners", en: "Partners" },
  nearby: { fr: "Dans le même secteur, près d'ici", nl: "In dezelfde sector, in de buurt", en: "Same sector, nearby" },
  otherLanguages: { fr: "Cette page en", nl: "Deze pagina in het", en: "This page in" },
  reportCorrection: { fr: "Signaler une correction", nl: "Een correctie melden", en: "Report a correction" },
  translationMissing: { fr: "(texte non traduit)", nl: "(tekst niet vertaald)", en: "(text not translated)" },
  allInitiatives: { fr: "Toutes les initiatives", nl: "Alle initiatieven", en: "All initiatives" },
  jumpToSector: { fr: "Aller au secteur", nl: "Naar sector", en: "Go to sector" },
  jumpToCommune: { fr: "Aller à la commune", nl: "Naar gemeente", en: "Go to commune" },
  embedTitle: {
    fr: "Afficher cette liste sur votre site",
    nl: "Deze lijst op uw site tonen",
    en: "Show this list on your site",
  },
  embedHelp: {
    fr: "Copiez ce code dans votre page : la liste reste à jour toute seule.",
    nl: "Kopieer deze code in uw pagina: de lijst blijft vanzelf bijgewerkt.",
    en: "Copy this code into your page: the list stays up to date by itself.",
  },
  embedMore: { fr: "Voir tout sur {site}", nl: "Alles bekijken op {site}", en: "See everything on {site}" },
  notFoundTitle: { fr: "Page introuvable", nl: "Pagina niet gevonden", en: "Page not found" },
  notFoundText: {
    fr: "Cette page n'existe pas ou a changé d'adresse. Retournez à l'accueil ou cherchez une initiative.",
    nl: "Deze pagina bestaat niet of is verhuisd. Ga terug naar de startpagina of zoek een initiatief.",
    en: "This page does not exist or has moved. Go back home or search for an initiative.",
  },
  redirecting: {
    fr: "Redirection vers la page de l'initiative…",
    nl: "Doorsturen naar de pagina van het initiatief…",
    en: "Taking you to the initiative's page…",
  },
  footerData: {
    fr: "Données ouvertes sous licence {licence}. Une information est fausse ? Signalez-la.",
    nl: "Open data onder licentie {licence}. Klopt iets niet? Meld het.",
    en: "Open data under the {licence} licence. Something wrong? Tell us.",
  },
  offlineHelp: {
    fr: "Besoin d'aide sans internet ?",
    nl: "Hulp nodig zonder internet?",
    en: "Need help without the internet?",
  },
  openDataIntro: {
    fr: "Toutes les données de ce site sont libres : reprenez-les dans vos outils plutôt que de tout recopier.",
    nl: "Alle gegevens van deze site zijn vrij: gebruik ze in uw eigen tools in plaats van alles over te typen.",
    en: "All the data of this site is open: reuse it in your own tools instead of copying it all again.",
  },
  openDataJson: { fr: "Toutes les données (JSON)", nl: "Alle gegevens (JSON)", en: "All the data (JSON)" },
  openDataCsv: {
    fr: "Tableur (CSV), une ligne par initiative",
    nl: "Rekenblad (CSV), één regel per initiatief",
    en: "Spreadsheet (CSV), one row per initiative",
  },
  openDataGeojson: {
    fr: "Carte (GeoJSON), positions publiques seulement",
    nl: "Kaart (GeoJSON), enkel openbare posities",
    en: "Map (GeoJSON), public positions only",
  },
  openDataGogocarto: {
    fr: "Flux compatible GoGoCarto",
    nl: "GoGoCarto-compatibele feed",
    en: "GoGoCarto-compatible feed",
  },
  openDataPrivacy: {
    fr: "Les groupes qui se réunissent chez des particuliers n'ont jamais d'adresse ni de coordonnées dans ces fichiers.",
    nl: "Groepen die bij mensen thuis samenkomen, hebben in deze bestanden nooit een adres of coördinaten.",
    en: "Groups that meet in private homes never have an address or coordinates in these files.",
  },
  licence: { fr: "Licence", nl: "Licentie", en: "Licence" },
  statusActive: { fr: "Active", nl: "Actief", en: "Active" },
  statusDormant: { fr: "En pause", nl: "Slapend", en: "Dormant" },
  statusClosed: { fr: "Arrêtée", nl: "Gestopt", en: "Closed" },
  eventAt: { fr: "{date}, {commune}", nl: "{date}, {commune}", en: "{date}, {commune}" },
  by: { fr: "par {name}", nl: "door {name}", en: "by {name}" },
  filterNote: {
    fr: "Les initiatives sont groupées par secteur ; touchez un secteur pour y aller.",
    nl: "De initiatieven zijn gegroepeerd per sector; tik op een sector om ernaartoe te gaan.",
    en: "The initiatives are grouped by sector; tap a sector to go there.",
  },
  filterNoteCommune: {
    fr: "Les initiatives sont groupées par commune ; touchez une commune pour y aller.",
    nl: "De initiatieven zijn gegroepeerd per gemeente; tik op een gemeente om ernaartoe te gaan.",
    en: "The initiatives are grouped by commune; tap a commune to go there.",
  },
  copy: { fr: "Copier", nl: "Kopiëren", en: "Copy" },
  commune: { fr: "Commune", nl: "Gemeente", en: "Commune" },
  sector: { fr: "Secteur", nl: "Sector", en: "Sector" },
  languageFilter: { fr: "Langue parlée", nl: "Gesproken taal", en: "Language spoken" },
  regionFilter: { fr: "Région", nl: "Gewest", en: "Region" },
  // ---- /{lang}/print/: every PDF of a language ----
  printList: { fr: "Annuaires à imprimer", nl: "Gidsen om af te drukken", en: "Booklets to print" },
  printListIntro: {
    fr: "Tous les annuaires de ce site en PDF, prêts à imprimer ou à envoyer. Chaque fichier dit combien de pages il a.",
    nl: "Alle gidsen van deze site als pdf, klaar om af te drukken of door te sturen. Bij elk bestand staat hoeveel pagina's het heeft.",
    en: "Every booklet of this site as a PDF, ready to print or to send. Each file says how many pages it has.",
  },
  printKindCommune: { fr: "Par commune", nl: "Per gemeente", en: "By commune" },
  printKindWelcome: {
    fr: "Packs d'accueil des nouveaux habitants",
    nl: "Onthaalpakketten voor nieuwe inwoners",
    en: "Welcome packs for new residents",
  },
  printKindRegion: { fr: "Par région", nl: "Per gewest", en: "By region" },
  printKindSector: { fr: "Par secteur", nl: "Per sector", en: "By sector" },
  pdfStandard: { fr: "A5", nl: "A5", en: "A5" },
  pdfBilingual: { fr: "Bilingue ({langs})", nl: "Tweetalig ({langs})", en: "Bilingual ({langs})" },
  pdfLargePrint: { fr: "Grands caractères", nl: "Grote letters", en: "Large print" },
  pdfImposed: { fr: "Livret A4 à plier", nl: "A4-boekje om te vouwen", en: "A4 booklet to fold" },
  pdfVariantsHelp: {
    fr: "A5 : le format de poche. Grands caractères : pour qui lit mal les petits caractères (16 points). Livret A4 à plier : imprimez recto-verso sur du A4, pliez au milieu et agrafez.",
    nl: "A5: het zakformaat. Grote letters: voor wie kleine letters moeilijk leest (16 punten). A4-boekje om te vouwen: druk recto-verso af op A4, vouw in het midden en niet.",
    en: "A5: the pocket size. Large print: for anyone who struggles with small type (16 points). A4 booklet to fold: print double-sided on A4, fold in the middle and staple.",
  },
  pdfPages: { fr: "{pages} pages", nl: "{pages} pagina's", en: "{pages} pages" },
  pdfEdition: { fr: "Édition {edition}", nl: "Editie {edition}", en: "Edition {edition}" },
} as const satisfies Record<string, Entry>;

export type StringKey = keyof typeof STRINGS;

/** One entry of a string table in `lang` (English for a language we have no strings for), filled in. */
export function lookup(entry: Entry, lang: string, params: Record<string, string | number> = {}): string {
  return fill(entry[uiLang(lang)], params);
}

/** The interface string `key` in `lang`. */
export const t = (key: StringKey, lang: string, params: Record<string, string | number> = {}): string =>
  lookup(STRINGS[key], lang, params);

/** "1 initiative" / "3 initiatives", with the number written the reader's way. */
export function countInitiatives(count: number, lang: string): string {
  const form = new Intl.PluralRules(lang).select(count);
  return t(form === "one" ? "initiativesCountOne" : "initiativesCount", lang, {
    count: new Intl.NumberFormat(lang).format(count),
  });
}

/** "Label : value" in French typography, "Label: value" elsewhere. */
export const colon = (lang: string): string => (lang === "fr" ? "\u00a0: " : ": ");
