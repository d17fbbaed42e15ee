// Interface strings of the website's search, home, map and footer (issue #11), spread into STRINGS.
// Kept in their own file so that other branches adding strings to strings.ts do not conflict.
import type { Trilingual } from "./lang.ts";

export const SITE_STRINGS = {
  findTitle: {
    fr: "Trouver une initiative près de chez vous",
    nl: "Een initiatief bij u in de buurt vinden",
    en: "Find an initiative near you",
  },
  whatLabel: { fr: "Quoi ?", nl: "Wat?", en: "What?" },
  whereLabel: { fr: "Où ?", nl: "Waar?", en: "Where?" },
  anyCommune: { fr: "Toutes les communes", nl: "Alle gemeenten", en: "Every commune" },
  nearMe: {
    fr: "Choisir la commune la plus proche de moi",
    nl: "Kies de gemeente het dichtst bij mij",
    en: "Pick the commune nearest me",
  },
  nearMeNote: {
    fr: "Votre position est utilisée dans votre navigateur seulement ; elle n'est envoyée nulle part.",
    nl: "Uw positie wordt alleen in uw browser gebruikt; ze wordt nergens naartoe gestuurd.",
    en: "Your position is used in your browser only; it is not sent anywhere.",
  },
  nearMeFound: {
    fr: "Commune la plus proche : {commune}.",
    nl: "Dichtstbijzijnde gemeente: {commune}.",
    en: "Nearest commune: {commune}.",
  },
  nearMeFailed: {
    fr: "Votre position n'est pas disponible. Choisissez votre commune dans la liste.",
    nl: "Uw positie is niet beschikbaar. Kies uw gemeente in de lijst.",
    en: "Your position is not available. Pick your commune from the list.",
  },
  bookletFor: {
    fr: "L'annuaire imprimé de {commune} (PDF)",
    nl: "De gedrukte gids van {commune} (pdf)",
    en: "The printed booklet of {commune} (PDF)",
  },
  bookletShort: { fr: "Annuaire PDF", nl: "Gids (pdf)", en: "Booklet (PDF)" },
  bookletsTitle: {
    fr: "Votre commune et son annuaire imprimé",
    nl: "Uw gemeente en haar gedrukte gids",
    en: "Your commune and its printed booklet",
  },
  localCount: { fr: "{count} sur place", nl: "{count} ter plaatse", en: "{count} local" },
  regionWideNote: {
    fr: "En plus de celles de chaque commune, {count} initiatives sont actives dans toute la région :",
    nl: "Naast die van elke gemeente zijn {count} initiatieven actief in het hele gewest:",
    en: "Besides each commune's own, {count} initiatives are active across the whole region:",
  },
  regionWideNoteOne: {
    fr: "En plus de celles de chaque commune, {count} initiative est active dans toute la région :",
    nl: "Naast die van elke gemeente is {count} initiatief actief in het hele gewest:",
    en: "Besides each commune's own, {count} initiative is active across the whole region:",
  },
  resultsCountOne: {
    fr: "{count} initiative trouvée",
    nl: "{count} initiatief gevonden",
    en: "{count} initiative found",
  },
  resultsCount: {
    fr: "{count} initiatives trouvées",
    nl: "{count} initiatieven gevonden",
    en: "{count} initiatives found",
  },
  searching: { fr: "Recherche…", nl: "Zoeken…", en: "Searching…" },
  refine: { fr: "Affiner", nl: "Verfijnen", en: "Refine" },
  clearFilters: { fr: "Tout effacer", nl: "Alles wissen", en: "Clear all" },
  noResults: {
    fr: "Aucune initiative ne correspond à votre recherche.",
    nl: "Geen enkel initiatief past bij uw zoekopdracht.",
    en: "No initiative matches your search.",
  },
  noResultsTry: {
    fr: "Essayez un autre mot, enlevez un filtre, ou parcourez :",
    nl: "Probeer een ander woord, verwijder een filter, of bekijk:",
    en: "Try another word, remove a filter, or browse:",
  },
  noResultsCommune: {
    fr: "toutes les initiatives de {commune}",
    nl: "alle initiatieven in {commune}",
    en: "every initiative in {commune}",
  },
  noResultsAdd: {
    fr: "Vous connaissez une initiative qui manque ? Ajoutez-la.",
    nl: "Kent u een initiatief dat ontbreekt? Voeg het toe.",
    en: "Know an initiative that is missing? Add it.",
  },
  mapFilters: { fr: "Secteurs affichés", nl: "Getoonde sectoren", en: "Sectors shown" },
  mapApply: { fr: "Afficher", nl: "Tonen", en: "Show" },
  mapLegend: { fr: "Légende", nl: "Legende", en: "Key" },
  mapApproximate: {
    fr: "Position approximative : centre de la commune",
    nl: "Benaderde positie: centrum van de gemeente",
    en: "Approximate position: centre of the commune",
  },
  mapRegionWide: {
    fr: "Active dans toute la région : placée au centre de la région",
    nl: "Actief in het hele gewest: in het centrum van het gewest geplaatst",
    en: "Active across the region: placed at the region's centre",
  },
  mapTilesFailed: {
    fr: "Le fond de carte n'a pas pu être chargé. Les initiatives restent placées sur le contour de la région.",
    nl: "De achtergrondkaart kon niet geladen worden. De initiatieven blijven op de omtrek van het gewest staan.",
    en: "The background map could not be loaded. The initiatives stay placed on the outline of the region.",
  },
  mapNoTilesOutline: {
    fr: "Pas de fond de carte : les initiatives sont placées sur le contour de la région.",
    nl: "Geen achtergrondkaart: de initiatieven staan op de omtrek van het gewest.",
    en: "No background map: the initiatives are placed on the outline of the region.",
  },
  mapListSorted: {
    fr: "Triées par distance depuis le centre de la carte.",
    nl: "Gesorteerd op afstand tot het midden van de kaart.",
    en: "Sorted by distance from the centre of the map.",
  },
  approximate: { fr: "position approximative", nl: "benaderde positie", en: "approximate position" },
  mapAttribution: { fr: "Fond de carte : {text}", nl: "Achtergrondkaart: {text}", en: "Background map: {text}" },
  closedMark: { fr: "Arrêtée", nl: "Gestopt", en: "Closed" },
  closedNote: {
    fr: "Cette initiative a cessé ses activités. Sa page reste en ligne pour mémoire.",
    nl: "Dit initiatief is gestopt. De pagina blijft online ter herinnering.",
    en: "This initiative has stopped. Its page stays online for the record.",
  },
  siteContact: { fr: "Contacter l'équipe", nl: "Contact met het team", en: "Contact the team" },
  searchTerms: { fr: "Mots de recherche", nl: "Zoekwoorden", en: "Search words" },
} as const satisfies Record<string, Trilingual>;
