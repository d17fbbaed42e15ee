// Interface strings of the agenda, news, freshness and "veille" (upkeep) features, in fr, nl and en.
// Spread into STRINGS (scripts/lib/strings.ts); kept apart so features can grow without conflicts.
import type { Trilingual } from "./lang.ts";

export const AGENDA_STRINGS = {
  agenda: { fr: "Agenda", nl: "Agenda", en: "Agenda" },
  agendaTitle: { fr: "Agenda des initiatives", nl: "Agenda van de initiatieven", en: "Agenda of the initiatives" },
  agendaIntro: {
    fr: "Les rencontres des {months} prochains mois. Les rencontres répétées sont montrées à chaque date.",
    nl: "De bijeenkomsten van de komende {months} maanden. Herhaalde bijeenkomsten staan op elke datum.",
    en: "Meetings in the next {months} months. Repeated meetings are shown on each date.",
  },
  agendaOf: { fr: "Agenda : {name}", nl: "Agenda: {name}", en: "Agenda: {name}" },
  agendaAll: { fr: "Tout l'agenda", nl: "De hele agenda", en: "The whole agenda" },
  agendaToday: { fr: "Aujourd'hui", nl: "Vandaag", en: "Today" },
  agendaThisWeek: { fr: "Cette semaine", nl: "Deze week", en: "This week" },
  agendaWeekOf: { fr: "Semaine du {date}", nl: "Week van {date}", en: "Week of {date}" },
  agendaNothingToday: {
    fr: "Rien de prévu aujourd'hui.",
    nl: "Vandaag staat er niets gepland.",
    en: "Nothing planned today.",
  },
  agendaNothingThisWeek: {
    fr: "Rien de prévu cette semaine.",
    nl: "Deze week staat er niets gepland.",
    en: "Nothing planned this week.",
  },
  agendaEmpty: {
    fr: "Aucune rencontre annoncée pour le moment.",
    nl: "Er zijn voorlopig geen bijeenkomsten aangekondigd.",
    en: "No meetings announced for now.",
  },
  agendaByCommune: { fr: "Par commune", nl: "Per gemeente", en: "By commune" },
  agendaBySector: { fr: "Par secteur", nl: "Per sector", en: "By sector" },
  agendaPast: { fr: "Rencontres passées", nl: "Voorbije bijeenkomsten", en: "Past meetings" },
  agendaRepeats: { fr: "Rencontre répétée", nl: "Herhaalde bijeenkomst", en: "Repeated meeting" },
  agendaMore: { fr: "Tout l'agenda ({count})", nl: "De hele agenda ({count})", en: "The whole agenda ({count})" },
  agendaFromCalendar: {
    fr: "Certaines rencontres viennent du calendrier en ligne des groupes (lu le {date}).",
    nl: "Sommige bijeenkomsten komen uit de online kalender van de groepen (gelezen op {date}).",
    en: "Some meetings come from the groups' own online calendars (read on {date}).",
  },
  subscribe: { fr: "S'abonner (iCal)", nl: "Abonneren (iCal)", en: "Subscribe (iCal)" },
  subscribeHelp: {
    fr: "Ajoutez cette adresse à votre agenda (Google, Outlook, Apple, Thunderbird) pour recevoir les rencontres.",
    nl: "Voeg dit adres toe aan uw agenda (Google, Outlook, Apple, Thunderbird) om de bijeenkomsten te ontvangen.",
    en: "Add this address to your calendar app (Google, Outlook, Apple, Thunderbird) to get the meetings.",
  },
  atCommune: { fr: "à {commune}", nl: "in {commune}", en: "in {commune}" },
  newsTitle: { fr: "Dernières nouvelles", nl: "Laatste nieuws", en: "Latest news" },
  newsIntro: {
    fr: "Ce que les initiatives racontent, les plus récentes d'abord.",
    nl: "Wat de initiatieven vertellen, het nieuwste eerst.",
    en: "What the initiatives tell, newest first.",
  },
  newsEmpty: { fr: "Pas encore de nouvelles.", nl: "Nog geen nieuws.", en: "No news yet." },
  newsFeed: { fr: "Fil Atom des nouvelles", nl: "Atom-feed met het nieuws", en: "Atom feed of the news" },
  allNews: { fr: "Toutes les nouvelles", nl: "Al het nieuws", en: "All the news" },
  mayBeOutdated: {
    fr: "Ces informations ont été vérifiées il y a plus de {months} mois et peuvent ne plus être à jour.",
    nl: "Deze gegevens zijn meer dan {months} maanden geleden gecontroleerd en kloppen misschien niet meer.",
    en: "This information was checked more than {months} months ago and may be out of date.",
  },
  helpUsCheck: {
    fr: "Aidez-nous à vérifier",
    nl: "Help ons controleren",
    en: "Help us check",
  },
  closedMark: { fr: "Arrêtée", nl: "Gestopt", en: "Closed" },
  closedNote: {
    fr: "Cette initiative s'est arrêtée. Elle reste ici pour mémoire ; elle ne figure plus sur la carte ni dans les annuaires imprimés.",
    nl: "Dit initiatief is gestopt. Het blijft hier ter herinnering; het staat niet meer op de kaart of in de gedrukte gidsen.",
    en: "This initiative has closed. It stays here for the record; it is no longer on the map or in the printed booklets.",
  },
  veilleTitle: {
    fr: "Veille : fiches à vérifier",
    nl: "Opvolging: fiches om te controleren",
    en: "Upkeep: entries to check",
  },
  veilleIntro: {
    fr: "Fiches vérifiées il y a plus de {months} mois, par commune, avec un message prêt à envoyer. Après vérification : annuaire verify ID.",
    nl: "Fiches die meer dan {months} maanden geleden gecontroleerd zijn, per gemeente, met een bericht klaar om te versturen. Na controle: annuaire verify ID.",
    en: "Entries checked more than {months} months ago, by commune, with a message ready to send. Once checked: annuaire verify ID.",
  },
  veilleCount: {
    fr: "Fiches à vérifier au {date} : {count}.",
    nl: "Te controleren fiches op {date}: {count}.",
    en: "Entries to check as of {date}: {count}.",
  },
  veilleWrite: { fr: "Écrire", nl: "Schrijven", en: "Write" },
  veilleCallSheet: {
    fr: "Feuille d'appels (seulement un téléphone)",
    nl: "Belblad (alleen een telefoonnummer)",
    en: "Call sheet (phone only)",
  },
  veilleNoContact: {
    fr: "Sans contact : voir le site web ou passer sur place",
    nl: "Zonder contact: website bekijken of ter plaatse gaan",
    en: "No contact: look at the website or visit",
  },
  veilleVerified: {
    fr: "vérifiée le {date} ({months} mois)",
    nl: "gecontroleerd op {date} ({months} maanden)",
    en: "verified on {date} ({months} months)",
  },
  veilleCalled: { fr: "Appelé le / résultat", nl: "Gebeld op / resultaat", en: "Called on / outcome" },
  veilleNone: {
    fr: "Aucune fiche à vérifier : tout a été vérifié récemment.",
    nl: "Geen fiches te controleren: alles is onlangs gecontroleerd.",
    en: "No entry to check: everything was checked recently.",
  },
  regionWideGroup: { fr: "Toute la région", nl: "Het hele gewest", en: "Region-wide" },
  staleSubject: {
    fr: "{name} : vos informations dans l'annuaire sont-elles à jour ?",
    nl: "{name}: kloppen uw gegevens in de gids nog?",
    en: "{name}: is your entry in the directory up to date?",
  },
  staleBody: {
    fr: "Bonjour,\n\n{site} présente « {name} » ici : {page}\nCes informations ont été vérifiées pour la dernière fois le {date}. Sont-elles toujours exactes ?\n\nIl suffit de répondre à ce message : « tout est bon », ou ce qui a changé (lieu, horaire, contact, ou si l'initiative s'est arrêtée). Vous pouvez aussi corriger la fiche vous-même : {fix}\n\nMerci !\nL'équipe de veille de l'annuaire",
    nl: "Goeiedag,\n\n{site} stelt „{name}” hier voor: {page}\nDeze gegevens zijn voor het laatst gecontroleerd op {date}. Kloppen ze nog?\n\nAntwoord gewoon op dit bericht: „alles klopt”, of wat er veranderd is (plaats, uren, contact, of dat het initiatief gestopt is). U kan de fiche ook zelf verbeteren: {fix}\n\nBedankt!\nHet opvolgingsteam van de gids",
    en: "Hello,\n\n{site} presents “{name}” here: {page}\nThis information was last checked on {date}. Is it still right?\n\nJust reply to this message: “all good”, or what has changed (place, times, contact, or whether the initiative has stopped). You can also correct the entry yourself: {fix}\n\nThank you!\nThe directory's upkeep team",
  },
} as const satisfies Record<string, Trilingual>;
