// Interface strings of the contribute form, its thank-you page, the "to be checked" mark and /admin/.
// Spread into STRINGS (scripts/lib/strings.ts). Field labels and help are NOT here: they come from the
// contract (scripts/model/schema.ts) and error messages from the validator's catalogue.
import type { Trilingual } from "./lang.ts";

export const CONTRIBUTE_STRINGS = {
  contributeTitle: {
    fr: "Ajouter ou corriger une initiative",
    nl: "Een initiatief toevoegen of verbeteren",
    en: "Add or correct an initiative",
  },
  contributeIntro: {
    fr: "Pas besoin de compte. Remplissez ce formulaire : une personne de l'équipe le relit, puis l'initiative est publiée sur le site et dans les annuaires imprimés.",
    nl: "Geen account nodig. Vul dit formulier in: iemand van het team leest het na, daarna verschijnt het initiatief op de site en in de gedrukte gidsen.",
    en: "No account needed. Fill in this form: someone from the team reads it, then the initiative appears on the site and in the printed booklets.",
  },
  contributeAsks: {
    fr: "Nous ne demandons que ce qui sera publié, plus un moyen de vous joindre (jamais publié).",
    nl: "We vragen alleen wat gepubliceerd wordt, plus een manier om u te bereiken (nooit gepubliceerd).",
    en: "We only ask for what will be published, plus a way to reach you (never published).",
  },
  correctionLegend: { fr: "Une correction ?", nl: "Een correctie?", en: "A correction?" },
  correctionOf: {
    fr: "Initiative à corriger",
    nl: "Te verbeteren initiatief",
    en: "Initiative to correct",
  },
  correctionNone: {
    fr: "Aucune : j'ajoute une nouvelle initiative",
    nl: "Geen: ik voeg een nieuw initiatief toe",
    en: "None: I am adding a new initiative",
  },
  correctionPrefilled: {
    fr: "Le formulaire est rempli avec ce que nous publions. Changez seulement ce qui ne va pas.",
    nl: "Het formulier is ingevuld met wat we publiceren. Verander alleen wat niet klopt.",
    en: "The form is filled in with what we publish. Change only what is wrong.",
  },
  whatIsWrong: { fr: "Qu'est-ce qui ne va pas ?", nl: "Wat klopt er niet?", en: "What is wrong?" },
  wrongMoved: { fr: "Elle a déménagé", nl: "Het is verhuisd", en: "It has moved" },
  wrongClosed: { fr: "Elle a arrêté", nl: "Het is gestopt", en: "It has closed" },
  wrongSchedule: { fr: "Nouvel horaire", nl: "Nieuw uurrooster", en: "New schedule" },
  wrongOther: { fr: "Autre chose", nl: "Iets anders", en: "Something else" },
  stepWhat: { fr: "1. L'initiative", nl: "1. Het initiatief", en: "1. The initiative" },
  stepWhere: { fr: "2. Où et quand", nl: "2. Waar en wanneer", en: "2. Where and when" },
  stepContact: { fr: "3. Comment la joindre", nl: "3. Hoe het te bereiken", en: "3. How to reach it" },
  stepMore: { fr: "4. En plus (facultatif)", nl: "4. Extra (optioneel)", en: "4. More (optional)" },
  stepYou: { fr: "5. Vous", nl: "5. U", en: "5. You" },
  optional: { fr: "facultatif", nl: "optioneel", en: "optional" },
  placeKind: { fr: "Où se retrouve-t-on ?", nl: "Waar komt men samen?", en: "Where do people meet?" },
  placePublic: {
    fr: "Dans un lieu ouvert au public (salle, parc, local)",
    nl: "Op een openbare plek (zaal, park, lokaal)",
    en: "In a place open to the public (hall, park, venue)",
  },
  placePrivate: {
    fr: "Chez des particuliers (à la maison)",
    nl: "Bij mensen thuis",
    en: "In people's homes",
  },
  placePrivateNote: {
    fr: "Aucune adresse n'est jamais publiée : seule la commune apparaît, sur le site comme sur papier.",
    nl: "Er wordt nooit een adres gepubliceerd: alleen de gemeente verschijnt, online en op papier.",
    en: "No address is ever published: only the commune appears, online and on paper.",
  },
  placeNone: { fr: "Pas de lieu fixe, ou en ligne", nl: "Geen vaste plek, of online", en: "No fixed place, or online" },
  findAddress: {
    fr: "Montrer l'adresse sur la carte",
    nl: "Het adres op de kaart tonen",
    en: "Show the address on the map",
  },
  lookupNote: {
    fr: "La recherche d'adresse interroge Nominatim (OpenStreetMap) depuis votre navigateur, seulement quand vous cliquez.",
    nl: "Het adres wordt opgezocht bij Nominatim (OpenStreetMap) vanuit uw browser, alleen als u klikt.",
    en: "The address is looked up with Nominatim (OpenStreetMap) from your browser, only when you click.",
  },
  markerHelp: {
    fr: "Faites glisser le repère jusqu'à l'entrée exacte.",
    nl: "Sleep de markering naar de juiste ingang.",
    en: "Drag the marker to the exact entrance.",
  },
  keepCommune: {
    fr: "Ne pas placer sur la carte : la commune suffit",
    nl: "Niet op de kaart zetten: de gemeente volstaat",
    en: "Do not place it on the map: the commune is enough",
  },
  addressNotFound: {
    fr: "Adresse introuvable. Ce n'est pas grave : la commune suffit.",
    nl: "Adres niet gevonden. Geen probleem: de gemeente volstaat.",
    en: "Address not found. No matter: the commune is enough.",
  },
  senderContact: { fr: "Comment vous joindre ?", nl: "Hoe kunnen we u bereiken?", en: "How can we reach you?" },
  senderContactHelp: {
    fr: "Un e-mail ou un téléphone, seulement pour vous poser une question sur cet envoi. Il n'est jamais publié ni transmis, et nous l'effaçons quand la fiche est publiée.",
    nl: "Een e-mailadres of telefoonnummer, alleen om u een vraag te stellen over deze inzending. Het wordt nooit gepubliceerd of doorgegeven, en we wissen het zodra de fiche gepubliceerd is.",
    en: "An e-mail or phone number, only to ask you a question about this submission. It is never published or passed on, and we delete it once the entry is published.",
  },
  noteLabel: { fr: "Un mot pour l'équipe", nl: "Een woordje voor het team", en: "A word for the team" },
  noteHelp: {
    fr: "Lu seulement par l'équipe, jamais publié.",
    nl: "Alleen gelezen door het team, nooit gepubliceerd.",
    en: "Read only by the team, never published.",
  },
  honeypotLabel: {
    fr: "Ne remplissez pas ce champ",
    nl: "Vul dit veld niet in",
    en: "Do not fill in this field",
  },
  send: { fr: "Envoyer", nl: "Versturen", en: "Send" },
  next: { fr: "Suivant", nl: "Volgende", en: "Next" },
  previous: { fr: "Précédent", nl: "Vorige", en: "Previous" },
  fixErrors: {
    fr: "Quelques champs sont à corriger : voyez les messages en rouge.",
    nl: "Enkele velden moeten verbeterd worden: zie de rode berichten.",
    en: "Some fields need fixing: see the messages in red.",
  },
  duplicateWarning: {
    fr: "Cela ressemble à « {name} » ({reason}). Si c'est la même initiative, corrigez plutôt sa fiche :",
    nl: "Dit lijkt op „{name}” ({reason}). Is het hetzelfde initiatief, verbeter dan liever die fiche:",
    en: "This looks like “{name}” ({reason}). If it is the same initiative, correct its entry instead:",
  },
  reasonWebsite: { fr: "même site web", nl: "zelfde website", en: "same website" },
  reasonEmail: { fr: "même e-mail", nl: "zelfde e-mail", en: "same e-mail" },
  reasonPhone: { fr: "même téléphone", nl: "zelfde telefoon", en: "same phone" },
  reasonName: { fr: "nom presque identique", nl: "bijna dezelfde naam", en: "nearly the same name" },
  reasonLocalName: {
    fr: "nom proche, même secteur et même commune",
    nl: "gelijkaardige naam, zelfde sector en gemeente",
    en: "close name, same sector and commune",
  },
  sentTitle: { fr: "Merci, c'est envoyé !", nl: "Bedankt, het is verstuurd!", en: "Thank you, it is sent!" },
  sentText: {
    fr: "Une personne de l'équipe relit votre envoi, puis le publie. Voici le fichier que votre envoi deviendra :",
    nl: "Iemand van het team leest uw inzending na en publiceert ze. Dit is het bestand dat ervan gemaakt wordt:",
    en: "Someone from the team reads your submission, then publishes it. This is the file it will become:",
  },
  sendFailed: {
    fr: "L'envoi n'a pas abouti. Réessayez, ou téléchargez le fichier ci-dessous et envoyez-le-nous.",
    nl: "Het versturen is mislukt. Probeer opnieuw, of download het bestand hieronder en stuur het ons.",
    en: "Sending failed. Try again, or download the file below and send it to us.",
  },
  downloadYaml: { fr: "Télécharger le fichier", nl: "Het bestand downloaden", en: "Download the file" },
  githubPropose: {
    fr: "Vous avez un compte GitHub ? Proposez ce fichier directement",
    nl: "Hebt u een GitHub-account? Stel dit bestand meteen voor",
    en: "Have a GitHub account? Propose this file directly",
  },
  thanksTitle: { fr: "Merci !", nl: "Bedankt!", en: "Thank you!" },
  thanksText: {
    fr: "Votre envoi est arrivé. Une personne de l'équipe le relit avant de le publier ; si elle a une question, elle vous écrira.",
    nl: "Uw inzending is aangekomen. Iemand van het team leest ze na voor ze gepubliceerd wordt; bij een vraag schrijft die u.",
    en: "Your submission has arrived. Someone from the team reads it before publishing; if they have a question, they will write to you.",
  },
  backToContribute: {
    fr: "Ajouter ou corriger une autre initiative",
    nl: "Nog een initiatief toevoegen of verbeteren",
    en: "Add or correct another initiative",
  },
  howToGit: {
    fr: "Pour celles et ceux qui veulent proposer le fichier eux-mêmes",
    nl: "Voor wie het bestand zelf wil voorstellen",
    en: "For those who want to propose the file themselves",
  },
  toBeChecked: {
    fr: "Relevé dans une source publique, pas encore vérifié avec l'initiative",
    nl: "Overgenomen uit een openbare bron, nog niet nagekeken met het initiatief",
    en: "Taken from a public source, not yet checked with the initiative",
  },
  sourcesLabel: { fr: "Sources", nl: "Bronnen", en: "Sources" },
  adminTitle: { fr: "Gestion des fiches", nl: "Beheer van de fiches", en: "Manage the entries" },
} as const satisfies Record<string, Trilingual>;
