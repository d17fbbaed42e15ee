// Plain-words messages for every finding code, in fr, nl and en. A message says what is wrong and
// how to fix it. Parameters are written `{name}`; a `{hint}` parameter holds an extra sentence
// (e.g. "did you mean …") already in the right language, or is empty.
import { fill, LANGS, type Lang } from "../lib/lang.ts";

export { LANGS, type Lang };

type Catalog = Record<string, Record<Lang, string>>;

const CATALOG: Catalog = {
  "severity-error": { fr: "erreur", nl: "fout", en: "error" },
  "severity-warning": { fr: "avertissement", nl: "waarschuwing", en: "warning" },
  summary: {
    fr: "{files} fichiers vérifiés : {errors} erreur(s), {warnings} avertissement(s).",
    nl: "{files} bestanden gecontroleerd: {errors} fout(en), {warnings} waarschuwing(en).",
    en: "{files} files checked: {errors} error(s), {warnings} warning(s).",
  },
  "build-stopped": {
    fr: "Construction arrêtée : corrigez les erreurs ci-dessus. Le site et les PDF précédents n'ont pas été touchés.",
    nl: "Bouwen gestopt: verbeter de fouten hierboven. De vorige site en pdf's zijn niet aangeraakt.",
    en: "Build stopped: fix the errors above. The previous site and PDFs were left untouched.",
  },
  "cache-inside-output": {
    fr: "Le dossier de cache {cache} est dans le dossier de sortie {out} : il contient des champs privés et serait publié. Donnez à ANNUAIRE_CACHE_DIR un dossier hors de {out}.",
    nl: "De cachemap {cache} staat in de uitvoermap {out}: ze bevat privévelden en zou gepubliceerd worden. Geef ANNUAIRE_CACHE_DIR een map buiten {out}.",
    en: "The cache folder {cache} is inside the output folder {out}: it holds private fields and would be published. Set ANNUAIRE_CACHE_DIR to a folder outside {out}.",
  },
  "did-you-mean": {
    fr: " Vouliez-vous dire `{value}` ?",
    nl: " Bedoelde je `{value}`?",
    en: " Did you mean `{value}`?",
  },
  "allowed-values": {
    fr: " Valeurs possibles : {values}.",
    nl: " Mogelijke waarden: {values}.",
    en: " Allowed values: {values}.",
  },

  // Reading the file
  "missing-file": {
    fr: "Le fichier `{name}` manque dans le dossier des données. Créez-le (voir docs/data-format.md).",
    nl: "Het bestand `{name}` ontbreekt in de gegevensmap. Maak het aan (zie docs/data-format.md).",
    en: "The file `{name}` is missing from the data folder. Create it (see docs/data-format.md).",
  },
  "missing-data-dir": {
    fr: "Le dossier des données `{dir}` n'existe pas. Indiquez le bon dossier avec --data.",
    nl: "De gegevensmap `{dir}` bestaat niet. Geef de juiste map op met --data.",
    en: "The data folder `{dir}` does not exist. Point to the right folder with --data.",
  },
  "file-too-large": {
    fr: "Ce fichier fait {size} ; un fichier de données doit rester sous {max}. Il n'a pas été lu : scindez-le ou retirez ce qui n'y a pas sa place.",
    nl: "Dit bestand is {size}; een gegevensbestand moet onder {max} blijven. Het is niet gelezen: splits het of verwijder wat er niet in hoort.",
    en: "This file is {size}; a data file must stay under {max}. It was not read: split it or remove what does not belong in it.",
  },
  "not-utf8": {
    fr: "Ce fichier n'est pas en UTF-8. Enregistrez-le en UTF-8 dans votre éditeur.",
    nl: "Dit bestand is niet in UTF-8. Sla het op als UTF-8 in je editor.",
    en: "This file is not UTF-8. Save it as UTF-8 in your editor.",
  },
  "empty-file": {
    fr: "Ce fichier est vide. Remplissez-le en suivant un exemple de docs/data-format.md, ou supprimez-le.",
    nl: "Dit bestand is leeg. Vul het in volgens een voorbeeld uit docs/data-format.md, of verwijder het.",
    en: "This file is empty. Fill it in following an example from docs/data-format.md, or delete it.",
  },
  "bad-file-name": {
    fr: "Le nom de fichier `{name}` ne convient pas : utilisez des minuscules sans accents, des chiffres et des tirets, puis .yaml (par ex. repair-cafe-ixelles.yaml).",
    nl: "De bestandsnaam `{name}` is niet geschikt: gebruik kleine letters zonder accenten, cijfers en streepjes, dan .yaml (bv. repair-cafe-elsene.yaml).",
    en: "The file name `{name}` will not do: use lowercase letters without accents, digits and dashes, then .yaml (e.g. repair-cafe-ixelles.yaml).",
  },
  "tab-indent": {
    fr: "Cette ligne est indentée avec une tabulation. Le YAML n'accepte que des espaces : remplacez la tabulation par deux espaces.",
    nl: "Deze regel springt in met een tab. YAML aanvaardt alleen spaties: vervang de tab door twee spaties.",
    en: "This line is indented with a tab. YAML only accepts spaces: replace the tab with two spaces.",
  },
  "duplicate-key": {
    fr: "Le champ `{field}` apparaît deux fois. Gardez-en un seul.",
    nl: "Het veld `{field}` staat er twee keer. Hou er één.",
    en: "The field `{field}` appears twice. Keep only one.",
  },
  "yaml-syntax": {
    fr: "Le YAML ne peut pas être lu ici ({detail}). Vérifiez l'indentation, les deux-points et les guillemets ; un texte qui contient « : » doit être entre guillemets.",
    nl: "De YAML kan hier niet gelezen worden ({detail}). Controleer inspringing, dubbele punten en aanhalingstekens; tekst met „: ” moet tussen aanhalingstekens.",
    en: "The YAML cannot be read here ({detail}). Check the indentation, colons and quotes; text that contains “: ” must be in quotes.",
  },
  "colon-in-text": {
    fr: 'Ce texte contient « : » (ou la ligne suivante est trop indentée). Mettez tout le texte entre guillemets : name: "Repair : le café".',
    nl: 'Deze tekst bevat „: ” (of de volgende regel springt te ver in). Zet de hele tekst tussen aanhalingstekens: name: "Repair: het café".',
    en: 'This text contains “: ” (or the next line is indented too far). Put the whole text in quotes: name: "Repair: the café".',
  },
  "bad-indent": {
    fr: "Cette ligne n'est pas alignée sur les champs voisins. Les champs d'un même niveau commencent dans la même colonne ; une liste entre [ ] se ferme par ].",
    nl: "Deze regel staat niet op één lijn met de velden rondom. Velden op hetzelfde niveau beginnen in dezelfde kolom; een lijst tussen [ ] sluit met ].",
    en: "This line is not lined up with the fields around it. Fields at the same level start in the same column; a list in [ ] must end with ].",
  },
  "unclosed-quote": {
    fr: "Ce guillemet s'ouvre mais ne se ferme jamais. Ajoutez le guillemet de fin au bout du texte.",
    nl: "Dit aanhalingsteken gaat open maar nooit dicht. Zet het sluitende aanhalingsteken aan het einde van de tekst.",
    en: "This quote opens but never closes. Add the closing quote at the end of the text.",
  },
  "too-many-aliases": {
    fr: "Ce fichier utilise trop d'alias YAML (`*nom`). Écrivez les valeurs en entier.",
    nl: "Dit bestand gebruikt te veel YAML-aliassen (`*naam`). Schrijf de waarden voluit.",
    en: "This file uses too many YAML aliases (`*name`). Write the values out in full.",
  },
  "multiple-documents": {
    fr: "Ce fichier contient plusieurs documents (`---`). Un fichier = une initiative : retirez le `---` en trop.",
    nl: "Dit bestand bevat meerdere documenten (`---`). Eén bestand = één initiatief: verwijder de extra `---`.",
    en: "This file holds several documents (`---`). One file = one initiative: remove the extra `---`.",
  },

  // Shape of the data
  required: {
    fr: "Le champ `{field}` manque. Ajoutez-le : {label}.",
    nl: "Het veld `{field}` ontbreekt. Voeg het toe: {label}.",
    en: "The field `{field}` is missing. Add it: {label}.",
  },
  "wrong-type": {
    fr: "`{field}` devrait être {expected}, mais c'est {actual}.{hint}",
    nl: "`{field}` moet {expected} zijn, maar het is {actual}.{hint}",
    en: "`{field}` should be {expected}, but it is {actual}.{hint}",
  },
  empty: {
    fr: "`{field}` est vide. Écrivez un texte ou retirez la ligne.",
    nl: "`{field}` is leeg. Schrijf een tekst of verwijder de regel.",
    en: "`{field}` is empty. Write a text or remove the line.",
  },
  "too-long": {
    fr: "`{field}` fait {length} signes ; le maximum est {max}. Raccourcissez-le.",
    nl: "`{field}` telt {length} tekens; het maximum is {max}. Maak het korter.",
    en: "`{field}` is {length} characters long; the maximum is {max}. Shorten it.",
  },
  "too-few": {
    fr: "`{field}` doit contenir au moins {min} élément(s).",
    nl: "`{field}` moet minstens {min} element(en) bevatten.",
    en: "`{field}` must list at least {min} item(s).",
  },
  "too-small": {
    fr: "`{field}` vaut {value} ; il doit être au moins {min}.",
    nl: "`{field}` is {value}; het moet minstens {min} zijn.",
    en: "`{field}` is {value}; it must be at least {min}.",
  },
  "too-big": {
    fr: "`{field}` vaut {value} ; il doit être au plus {max}.",
    nl: "`{field}` is {value}; het mag hoogstens {max} zijn.",
    en: "`{field}` is {value}; it must be at most {max}.",
  },
  "not-integer": {
    fr: "`{field}` doit être un nombre entier.",
    nl: "`{field}` moet een geheel getal zijn.",
    en: "`{field}` must be a whole number.",
  },
  "unknown-field": {
    fr: "Le champ `{field}` n'existe pas ici.{hint} Corrigez son nom ou retirez-le.",
    nl: "Het veld `{field}` bestaat hier niet.{hint} Verbeter de naam of verwijder het.",
    en: "There is no field `{field}` here.{hint} Fix its name or remove it.",
  },
  "not-allowed": {
    fr: "`{field}` : `{value}` n'est pas une valeur possible.{hint}",
    nl: "`{field}`: `{value}` is geen mogelijke waarde.{hint}",
    en: "`{field}`: `{value}` is not an allowed value.{hint}",
  },
  "bad-id": {
    fr: "`{field}` : `{value}` n'est pas un identifiant valable. Utilisez des minuscules sans accents, des chiffres et des tirets (par ex. `saint-gilles`).",
    nl: "`{field}`: `{value}` is geen geldige identificatie. Gebruik kleine letters zonder accenten, cijfers en streepjes (bv. `saint-gilles`).",
    en: "`{field}`: `{value}` is not a valid identifier. Use lowercase letters without accents, digits and dashes (e.g. `saint-gilles`).",
  },
  "bad-lang": {
    fr: "`{field}` : `{value}` n'est pas un code de langue. Utilisez deux lettres minuscules (fr, nl, en, ar…).",
    nl: "`{field}`: `{value}` is geen taalcode. Gebruik twee kleine letters (fr, nl, en, ar…).",
    en: "`{field}`: `{value}` is not a language code. Use two lowercase letters (fr, nl, en, ar…).",
  },
  "comma-in-text": {
    fr: '`{field}` : le texte semble coupé à une virgule (`{value}`). Entre `{ }`, un texte qui contient une virgule doit être entre guillemets : fr: "Bonjour, bienvenue".',
    nl: '`{field}`: de tekst lijkt afgebroken bij een komma (`{value}`). Tussen `{ }` moet een tekst met een komma tussen aanhalingstekens: nl: "Hallo, welkom".',
    en: '`{field}`: the text seems cut at a comma (`{value}`). Inside `{ }`, a text with a comma must be in quotes: en: "Hello, welcome".',
  },
  "bad-date": {
    fr: "`{field}` : `{value}` n'est pas une date valable. Écrivez-la AAAA-MM-JJ, par ex. 2026-03-14.",
    nl: "`{field}`: `{value}` is geen geldige datum. Schrijf JJJJ-MM-DD, bv. 2026-03-14.",
    en: "`{field}`: `{value}` is not a valid date. Write it YYYY-MM-DD, e.g. 2026-03-14.",
  },
  "bad-datetime": {
    fr: "`{field}` : `{value}` n'est pas une date et heure valables. Écrivez AAAA-MM-JJTHH:MM, par ex. 2026-03-14T18:30.",
    nl: "`{field}`: `{value}` is geen geldige datum en tijd. Schrijf JJJJ-MM-DDTUU:MM, bv. 2026-03-14T18:30.",
    en: "`{field}`: `{value}` is not a valid date and time. Write YYYY-MM-DDTHH:MM, e.g. 2026-03-14T18:30.",
  },
  "bad-url": {
    fr: "`{field}` : `{value}` n'est pas un lien web. Écrivez l'adresse complète, qui commence par https:// (ou http://).",
    nl: "`{field}`: `{value}` is geen weblink. Schrijf het volledige adres, dat begint met https:// (of http://).",
    en: "`{field}`: `{value}` is not a web link. Write the full address, starting with https:// (or http://).",
  },
  "bad-email": {
    fr: "`{field}` : `{value}` n'est pas une adresse e-mail. Elle ressemble à nom@exemple.be.",
    nl: "`{field}`: `{value}` is geen e-mailadres. Het ziet eruit als naam@voorbeeld.be.",
    en: "`{field}`: `{value}` is not an e-mail address. It looks like name@example.be.",
  },
  "bad-phone": {
    fr: "`{field}` : `{value}` n'est pas un numéro de téléphone. Écrivez les chiffres, avec l'indicatif si besoin : +32 2 123 45 67.",
    nl: "`{field}`: `{value}` is geen telefoonnummer. Schrijf de cijfers, met landcode indien nodig: +32 2 123 45 67.",
    en: "`{field}`: `{value}` is not a phone number. Write the digits, with the country code if needed: +32 2 123 45 67.",
  },
  "bad-rrule": {
    fr: "`{field}` : `{value}` n'est pas une règle de répétition. Exemple : FREQ=WEEKLY;BYDAY=TU (chaque mardi).",
    nl: "`{field}`: `{value}` is geen herhalingsregel. Voorbeeld: FREQ=WEEKLY;BYDAY=TU (elke dinsdag).",
    en: "`{field}`: `{value}` is not a repeat rule. Example: FREQ=WEEKLY;BYDAY=TU (every Tuesday).",
  },
  "bad-nis": {
    fr: "`{field}` : `{value}` n'est pas un code INS (cinq chiffres, par ex. 21013).",
    nl: "`{field}`: `{value}` is geen NIS-code (vijf cijfers, bv. 21013).",
    en: "`{field}`: `{value}` is not a NIS code (five digits, e.g. 21013).",
  },
  "bad-postcode": {
    fr: "`{field}` : `{value}` n'est pas un code postal.",
    nl: "`{field}`: `{value}` is geen postcode.",
    en: "`{field}`: `{value}` is not a postcode.",
  },
  "bad-icon": {
    fr: "`{field}` : `{value}` doit être le chemin d'un fichier .svg dans le dossier des données, par ex. icons/food.svg.",
    nl: "`{field}`: `{value}` moet het pad van een .svg-bestand in de gegevensmap zijn, bv. icons/food.svg.",
    en: "`{field}`: `{value}` must be the path of an .svg file in the data folder, e.g. icons/food.svg.",
  },
  "bad-tiles": {
    fr: "`{field}` : le modèle de tuiles doit être une adresse http(s) contenant {z}, {x} et {y}.",
    nl: "`{field}`: het tegelsjabloon moet een http(s)-adres met {z}, {x} en {y} zijn.",
    en: "`{field}`: the tile template must be an http(s) address containing {z}, {x} and {y}.",
  },
  "bad-timezone": {
    fr: "`{field}` : `{value}` n'est pas un fuseau horaire connu. Écrivez-le comme Europe/Paris ou America/Montreal.",
    nl: "`{field}`: `{value}` is geen bekende tijdzone. Schrijf het zoals Europe/Amsterdam of America/Montreal.",
    en: "`{field}`: `{value}` is not a known time zone. Write it like Europe/Lisbon or America/Montreal.",
  },
  "bad-bilingual": {
    fr: "`{field}` : `{value}` doit être une paire de codes de langue, par ex. fr-nl.",
    nl: "`{field}`: `{value}` moet een paar taalcodes zijn, bv. fr-nl.",
    en: "`{field}`: `{value}` must be a pair of language codes, e.g. fr-nl.",
  },
  "raw-html": {
    fr: "`{field}` contient du HTML (`<…>`). Écrivez du texte simple ou du Markdown : **gras**, [lien](https://…), listes avec des tirets.",
    nl: "`{field}` bevat HTML (`<…>`). Schrijf gewone tekst of Markdown: **vet**, [link](https://…), lijsten met streepjes.",
    en: "`{field}` contains HTML (`<…>`). Write plain text or Markdown: **bold**, [link](https://…), lists with dashes.",
  },
  "no-language": {
    fr: "`{field}` ne contient aucune langue. Écrivez au moins une ligne comme `fr: …`.",
    nl: "`{field}` bevat geen enkele taal. Schrijf minstens één regel zoals `nl: …`.",
    en: "`{field}` holds no language. Write at least one line like `en: …`.",
  },
  "no-area": {
    fr: "Indiquez où l'initiative agit : au moins une commune dans `communes` (ou une région dans `regions`).",
    nl: "Geef aan waar het initiatief actief is: minstens één gemeente in `communes` (of een gewest in `regions`).",
    en: "Say where the initiative is active: at least one commune in `communes` (or a region in `regions`).",
  },
  "private-with-address": {
    fr: "`{field}` : ce groupe se réunit chez des particuliers (`public: false`) ; n'écrivez ni adresse ni position, elles seraient publiques. Retirez cette ligne.",
    nl: "`{field}`: deze groep komt bij mensen thuis samen (`public: false`); schrijf geen adres of positie, die zouden openbaar worden. Verwijder deze regel.",
    en: "`{field}`: this group meets in private homes (`public: false`); do not write an address or position, they would become public. Remove this line.",
  },
  "half-coordinates": {
    fr: "`{field}` manque : donnez `lat` et `lon` ensemble, ou aucun des deux.",
    nl: "`{field}` ontbreekt: geef `lat` en `lon` samen, of geen van beide.",
    en: "`{field}` is missing: give `lat` and `lon` together, or neither.",
  },
  "no-event-place": {
    fr: "Indiquez où a lieu l'évènement : `commune`, ou `place` avec une adresse.",
    nl: "Geef aan waar het evenement plaatsvindt: `commune`, of `place` met een adres.",
    en: "Say where the event takes place: `commune`, or `place` with an address.",
  },
  "name-form": {
    fr: "`{field}` doit être un texte (`name: Repair Café`) ou un texte par langue (`fr: …`, `nl: …`).",
    nl: "`{field}` moet een tekst zijn (`name: Repair Café`) of een tekst per taal (`fr: …`, `nl: …`).",
    en: "`{field}` must be a text (`name: Repair Café`) or a text per language (`fr: …`, `nl: …`).",
  },

  // Links between files
  "id-mismatch": {
    fr: "`id` vaut `{value}` mais le fichier s'appelle `{expected}.yaml`. Mettez le même nom aux deux (ou retirez `id`).",
    nl: "`id` is `{value}` maar het bestand heet `{expected}.yaml`. Gebruik dezelfde naam (of verwijder `id`).",
    en: "`id` is `{value}` but the file is named `{expected}.yaml`. Use the same name for both (or remove `id`).",
  },
  "duplicate-id": {
    fr: "L'identifiant `{value}` est déjà utilisé ({other}). Chaque identifiant doit être unique.",
    nl: "De identificatie `{value}` wordt al gebruikt ({other}). Elke identificatie moet uniek zijn.",
    en: "The identifier `{value}` is already used ({other}). Every identifier must be unique.",
  },
  "unknown-commune": {
    fr: "`{field}` : commune inconnue `{value}`.{hint} Les communes sont listées dans communes.yaml.",
    nl: "`{field}`: onbekende gemeente `{value}`.{hint} De gemeenten staan in communes.yaml.",
    en: "`{field}`: unknown commune `{value}`.{hint} Communes are listed in communes.yaml.",
  },
  "unknown-sector": {
    fr: "`{field}` : secteur inconnu `{value}`.{hint} Les secteurs sont listés dans sectors.yaml.",
    nl: "`{field}`: onbekende sector `{value}`.{hint} De sectoren staan in sectors.yaml.",
    en: "`{field}`: unknown sector `{value}`.{hint} Sectors are listed in sectors.yaml.",
  },
  "unknown-region": {
    fr: "`{field}` : région inconnue `{value}`.{hint} Les régions sont listées dans regions.yaml.",
    nl: "`{field}`: onbekend gewest `{value}`.{hint} De gewesten staan in regions.yaml.",
    en: "`{field}`: unknown region `{value}`.{hint} Regions are listed in regions.yaml.",
  },
  "unknown-initiative": {
    fr: "`{field}` : aucune initiative `{value}` (pas de fichier initiatives/{value}.yaml).{hint}",
    nl: "`{field}`: geen initiatief `{value}` (geen bestand initiatives/{value}.yaml).{hint}",
    en: "`{field}`: no initiative `{value}` (no file initiatives/{value}.yaml).{hint}",
  },
  "unknown-language": {
    fr: "`{field}` : la langue `{value}` n'est pas une langue du site ({values}). Ajoutez-la à `languages` dans site.yaml ou corrigez le code.",
    nl: "`{field}`: de taal `{value}` is geen taal van de site ({values}). Voeg ze toe aan `languages` in site.yaml of verbeter de code.",
    en: "`{field}`: `{value}` is not one of the site's languages ({values}). Add it to `languages` in site.yaml or fix the code.",
  },
  "icon-missing": {
    fr: "`{field}` : le fichier `{value}` n'existe pas dans le dossier des données.",
    nl: "`{field}`: het bestand `{value}` bestaat niet in de gegevensmap.",
    en: "`{field}`: the file `{value}` does not exist in the data folder.",
  },
  "self-related": {
    fr: "`{field}` : une initiative ne peut pas être sa propre partenaire. Retirez `{value}`.",
    nl: "`{field}`: een initiatief kan niet zijn eigen partner zijn. Verwijder `{value}`.",
    en: "`{field}`: an initiative cannot be its own partner. Remove `{value}`.",
  },
  "out-of-bounds": {
    fr: "La position ({lat}, {lon}) est hors de la région {region}. Vérifiez la latitude et la longitude (ne les inversez pas).",
    nl: "De positie ({lat}, {lon}) ligt buiten {region}. Controleer breedte- en lengtegraad (verwissel ze niet).",
    en: "The position ({lat}, {lon}) is outside {region}. Check the latitude and longitude (do not swap them).",
  },
  "end-before-start": {
    fr: "La fin ({value}) est avant le début ({other}). Corrigez l'une des deux.",
    nl: "Het einde ({value}) ligt voor het begin ({other}). Verbeter een van beide.",
    en: "The end ({value}) is before the start ({other}). Fix one of them.",
  },

  // Warnings
  "missing-translation": {
    fr: "`{field}` n'existe pas en {langs} ; le site affichera une autre langue à la place. Ajoutez une traduction si vous pouvez.",
    nl: "`{field}` ontbreekt in het {langs}; de site toont dan een andere taal. Voeg een vertaling toe als je kan.",
    en: "`{field}` is missing in {langs}; the site will show another language instead. Add a translation if you can.",
  },
  stale: {
    fr: "Vérifié le {value}, il y a plus de {months} mois. Contactez l'initiative, puis mettez `verified` à la date du jour.",
    nl: "Gecontroleerd op {value}, meer dan {months} maanden geleden. Neem contact op met het initiatief en zet `verified` op de datum van vandaag.",
    en: "Verified on {value}, more than {months} months ago. Check with the initiative, then set `verified` to today's date.",
  },
  "summary-long": {
    fr: "`{field}` fait {length} signes ; au-delà de {max}, il tient mal dans un annuaire imprimé. Raccourcissez-le.",
    nl: "`{field}` telt {length} tekens; boven {max} past het slecht in een gedrukte gids. Maak het korter.",
    en: "`{field}` is {length} characters; above {max} it fits badly in a printed booklet. Shorten it.",
  },
  "possible-duplicate": {
    fr: "Même {what} que {other} : est-ce la même initiative ? Si oui, fusionnez les fichiers.",
    nl: "Zelfde {what} als {other}: is dit hetzelfde initiatief? Zo ja, voeg de bestanden samen.",
    en: "Same {what} as {other}: is this the same initiative? If so, merge the files.",
  },
  "similar-name": {
    fr: "Le nom ressemble beaucoup à celui de {other} (`{value}`) : est-ce la même initiative ?",
    nl: "De naam lijkt sterk op die van {other} (`{value}`): is dit hetzelfde initiatief?",
    en: "The name is very close to that of {other} (`{value}`): is this the same initiative?",
  },
  // Hardening (#12): dates still to come, ids that clash across .yaml/.yml or by case, links in the data folder.
  "future-date": {
    fr: "`{field}` : {value} est dans le futur (aujourd'hui : {today}). Vérifiez l'année ; une date de vérification ou de nouvelle ne peut pas être à venir.",
    nl: "`{field}`: {value} ligt in de toekomst (vandaag: {today}). Controleer het jaar; een controle- of nieuwsdatum kan niet nog moeten komen.",
    en: "`{field}`: {value} is in the future (today: {today}). Check the year; a check or news date cannot be still to come.",
  },
  "duplicate-file-id": {
    fr: "L'identifiant `{value}` est déjà pris par {other} (les noms de fichiers sont comparés sans tenir compte des majuscules ni de .yaml/.yml). Renommez l'un des deux fichiers.",
    nl: "De identificatie `{value}` is al in gebruik door {other} (bestandsnamen worden vergeleken zonder hoofdletters en zonder onderscheid tussen .yaml/.yml). Hernoem een van beide bestanden.",
    en: "The id `{value}` is already taken by {other} (file names are compared ignoring case and .yaml/.yml). Rename one of the two files.",
  },
  "symlink-outside": {
    fr: "`{name}` est un lien symbolique vers {target}, hors du dossier des données. Il n'a pas été lu : copiez le fichier dans le dossier des données.",
    nl: "`{name}` is een symbolische koppeling naar {target}, buiten de gegevensmap. Ze is niet gelezen: kopieer het bestand naar de gegevensmap.",
    en: "`{name}` is a symbolic link to {target}, outside the data folder. It was not read: copy the file into the data folder.",
  },
  "symlink-loop": {
    fr: "`{name}` est un lien symbolique qui tourne en rond (il mène à lui-même ou à un dossier parent). Il n'a pas été lu : supprimez ce lien.",
    nl: "`{name}` is een symbolische koppeling die in een kring loopt (ze leidt naar zichzelf of naar een bovenliggende map). Ze is niet gelezen: verwijder de koppeling.",
    en: "`{name}` is a symbolic link that goes round in a loop (it leads to itself or to a parent folder). It was not read: remove the link.",
  },
  "symlink-broken": {
    fr: "`{name}` est un lien symbolique vers un fichier qui n'existe pas. Corrigez ou supprimez ce lien.",
    nl: "`{name}` is een symbolische koppeling naar een bestand dat niet bestaat. Verbeter of verwijder de koppeling.",
    en: "`{name}` is a symbolic link to a file that does not exist. Fix or remove the link.",
  },
  "ignored-file": {
    fr: "`{name}` n'est pas un fichier .yaml et n'a pas été lu. Renommez-le en .yaml s'il décrit une fiche, sinon retirez-le du dossier.",
    nl: "`{name}` is geen .yaml-bestand en is niet gelezen. Hernoem het naar .yaml als het een fiche beschrijft, anders haal het uit de map.",
    en: "`{name}` is not a .yaml file and was not read. Rename it to .yaml if it describes an entry, otherwise move it out of the folder.",
  },
  "build-data-error": {
    fr: "Les données de ce fichier ont fait échouer la construction : {detail}",
    nl: "De gegevens in dit bestand deden het bouwen mislukken: {detail}",
    en: "The data in this file made the build fail: {detail}",
  },
  // Contributions: duplicates, entries to check, submissions (import-submissions, the web form)
  "similar-local-name": {
    fr: "Même secteur et même commune que {other} (`{value}`), avec un nom proche : est-ce la même initiative ?",
    nl: "Zelfde sector en gemeente als {other} (`{value}`), met een gelijkaardige naam: is dit hetzelfde initiatief?",
    en: "Same sector and commune as {other} (`{value}`), with a close name: is this the same initiative?",
  },
  "heading-duplicates": {
    fr: "Doublons possibles ({count}) :",
    nl: "Mogelijke dubbels ({count}):",
    en: "Possible duplicates ({count}):",
  },
  "heading-to-check": {
    fr: "À vérifier avec l'initiative ({count}) — relevé dans une source publique :",
    nl: "Na te kijken met het initiatief ({count}) — overgenomen uit een openbare bron:",
    en: "To be checked with the initiative ({count}) — taken from a public source:",
  },
  "to-check": {
    fr: "Pas encore vérifié avec l'initiative. Source : {value}. Contactez-la, puis retirez `provenance` et mettez `verified` à jour.",
    nl: "Nog niet nagekeken met het initiatief. Bron: {value}. Neem contact op, verwijder dan `provenance` en werk `verified` bij.",
    en: "Not yet checked with the initiative. Source: {value}. Get in touch, then remove `provenance` and update `verified`.",
  },
  "spam-honeypot": {
    fr: "Le champ piège caché a été rempli (robot probable).",
    nl: "Het verborgen lokveld is ingevuld (waarschijnlijk een robot).",
    en: "The hidden trap field was filled in (likely a robot).",
  },
  "spam-too-fast": {
    fr: "Formulaire rempli en {seconds} s (minimum {min} s).",
    nl: "Formulier ingevuld in {seconds} s (minimum {min} s).",
    en: "Form filled in {seconds} s (minimum {min} s).",
  },
  "spam-links": {
    fr: "{count} liens dans les textes (maximum {max}).",
    nl: "{count} links in de teksten (maximum {max}).",
    en: "{count} links in the texts (maximum {max}).",
  },
  "unknown-correction": {
    fr: "Correction d'une initiative inconnue `{value}` (pas de fichier initiatives/{value}.yaml).",
    nl: "Correctie van een onbekend initiatief `{value}` (geen bestand initiatives/{value}.yaml).",
    en: "Correction of an unknown initiative `{value}` (no file initiatives/{value}.yaml).",
  },
  "file-exists": {
    fr: "Le fichier {value} existe déjà avec un autre contenu ; rien n'a été écrasé (--force pour le remplacer).",
    nl: "Het bestand {value} bestaat al met een andere inhoud; niets is overschreven (--force om het te vervangen).",
    en: "The file {value} already exists with other content; nothing was overwritten (--force to replace it).",
  },
  "private-address-dropped": {
    fr: "Le groupe se réunit chez des particuliers : l'adresse envoyée n'a pas été gardée.",
    nl: "De groep komt bij mensen thuis samen: het verzonden adres is niet bewaard.",
    en: "The group meets in private homes: the address sent was not kept.",
  },
  "import-created": {
    fr: "Nouvelles initiatives écrites ({count}) :",
    nl: "Nieuwe initiatieven geschreven ({count}):",
    en: "New initiatives written ({count}):",
  },
  "import-edited": {
    fr: "Fiches corrigées ({count}) :",
    nl: "Fiches verbeterd ({count}):",
    en: "Entries corrected ({count}):",
  },
  "import-unchanged": {
    fr: "Déjà à jour, rien changé ({count}) :",
    nl: "Al up-to-date, niets veranderd ({count}):",
    en: "Already up to date, nothing changed ({count}):",
  },
  "import-kept": {
    fr: "Fichiers modifiés depuis, gardés tels quels ({count}) :",
    nl: "Bestanden sindsdien gewijzigd, ongemoeid gelaten ({count}):",
    en: "Files changed since, left as they are ({count}):",
  },
  "import-invalid": {
    fr: "Non valables, rien écrit ({count}) :",
    nl: "Niet geldig, niets geschreven ({count}):",
    en: "Invalid, nothing written ({count}):",
  },
  "import-spam": {
    fr: "Spam probable, ignoré ({count}) :",
    nl: "Waarschijnlijk spam, genegeerd ({count}):",
    en: "Likely spam, ignored ({count}):",
  },
  "import-summary": {
    fr: "{total} envoi(s) : {valid} valable(s), {invalid} non valable(s), {spam} spam probable(s), {duplicates} doublon(s) possible(s).",
    nl: "{total} inzending(en): {valid} geldig, {invalid} niet geldig, {spam} waarschijnlijk spam, {duplicates} mogelijke dubbel(s).",
    en: "{total} submission(s): {valid} valid, {invalid} invalid, {spam} likely spam, {duplicates} possible duplicate(s).",
  },
  "new-missing": {
    fr: "Il manque : {flags}. Donnez-les en options (--name, --summary, --sector, --commune) ou lancez la commande dans un terminal pour répondre aux questions.",
    nl: "Ontbreekt: {flags}. Geef ze als opties (--name, --summary, --sector, --commune) of start de opdracht in een terminal om de vragen te beantwoorden.",
    en: "Missing: {flags}. Give them as options (--name, --summary, --sector, --commune) or run the command in a terminal to answer the questions.",
  },
  "new-ask-name": { fr: "Nom de l'initiative :", nl: "Naam van het initiatief:", en: "Name of the initiative:" },
  "new-ask-summary": {
    fr: "En une ou deux phrases simples, que fait-elle ?",
    nl: "Wat doet het, in een of twee eenvoudige zinnen?",
    en: "What does it do, in one or two plain sentences?",
  },
  "new-ask-sectors": {
    fr: "Secteur(s), séparés par des virgules ({sectors}) :",
    nl: "Sector(en), gescheiden door komma's ({sectors}):",
    en: "Sector(s), comma-separated ({sectors}):",
  },
  "new-ask-communes": {
    fr: "Commune(s), séparées par des virgules ({communes}) :",
    nl: "Gemeente(n), gescheiden door komma's ({communes}):",
    en: "Commune(s), comma-separated ({communes}):",
  },
  "new-ask-place": {
    fr: "Lieu : « public » (un lieu ouvert), « private » (chez des particuliers : aucune adresse publiée) ou rien :",
    nl: "Plaats: „public” (een open plek), „private” (bij mensen thuis: geen adres gepubliceerd) of niets:",
    en: "Place: “public” (an open venue), “private” (in people's homes: no address published) or nothing:",
  },
  "new-ask-address": {
    fr: "Adresse du lieu (rue et numéro) :",
    nl: "Adres van de plek (straat en nummer):",
    en: "Address of the venue (street and number):",
  },
  "new-ask-website": { fr: "Site web (facultatif) :", nl: "Website (optioneel):", en: "Website (optional):" },
  "new-ask-email": {
    fr: "E-mail public (facultatif) :",
    nl: "Openbaar e-mailadres (optioneel):",
    en: "Public e-mail (optional):",
  },
  "bad-repository": {
    fr: "`{field}` : `{value}` n'est pas un dépôt GitHub. Écrivez propriétaire/nom, par ex. annuaire/annuaire.",
    nl: "`{field}`: `{value}` is geen GitHub-repository. Schrijf eigenaar/naam, bv. annuaire/annuaire.",
    en: "`{field}`: `{value}` is not a GitHub repository. Write owner/name, e.g. annuaire/annuaire.",
  },
  "severity-info": { fr: "à vérifier", nl: "na te kijken", en: "to check" },
  "postcode-commune": {
    fr: "Le code postal {value} n'appartient à aucune des communes indiquées ({values}). Vérifiez `communes` ou le code postal.",
    nl: "Postcode {value} hoort bij geen van de opgegeven gemeenten ({values}). Controleer `communes` of de postcode.",
    en: "Postcode {value} belongs to none of the listed communes ({values}). Check `communes` or the postcode.",
  },
};

const WHAT: Record<string, Record<Lang, string>> = {
  website: { fr: "site web", nl: "website", en: "website" },
  email: { fr: "e-mail", nl: "e-mail", en: "e-mail" },
  phone: { fr: "téléphone", nl: "telefoon", en: "phone" },
};

const TYPE_WORDS: Record<string, Record<Lang, string>> = {
  string: { fr: "un texte", nl: "een tekst", en: "a text" },
  number: { fr: "un nombre", nl: "een getal", en: "a number" },
  boolean: { fr: "true ou false", nl: "true of false", en: "true or false" },
  array: {
    fr: "une liste (lignes commençant par `- `)",
    nl: "een lijst (regels die met `- ` beginnen)",
    en: "a list (lines starting with `- `)",
  },
  object: {
    fr: "un groupe de champs (`clé: valeur`)",
    nl: "een groep velden (`sleutel: waarde`)",
    en: "a group of fields (`key: value`)",
  },
  record: {
    fr: "un texte par langue (`fr: …`, `nl: …`)",
    nl: "een tekst per taal (`fr: …`, `nl: …`)",
    en: "a text per language (`fr: …`, `nl: …`)",
  },
  null: { fr: "vide", nl: "leeg", en: "empty" },
  date: { fr: "une date", nl: "een datum", en: "a date" },
};

/** The extra `{hint}` sentence: "did you mean …" from `suggestion`, else the `allowed` values. */
function hintSentence(params: Record<string, string | number>, lang: Lang): string {
  if (params.suggestion) return message("did-you-mean", { value: params.suggestion }, lang);
  if (params.allowed)
    return message(
      "allowed-values",
      {
        values: String(params.allowed)
          .split(",")
          .map((v) => `\`${v}\``)
          .join(", "),
      },
      lang,
    );
  return "";
}

export const typeWord = (type: string, lang: Lang): string => TYPE_WORDS[type]?.[lang] ?? type;
export const hasMessage = (code: string): boolean => code in CATALOG;

/** The message for a finding code, with its parameters filled in. Unknown codes are a programming error. */
export function message(code: string, params: Record<string, string | number>, lang: Lang): string {
  const entry = CATALOG[code];
  if (!entry) throw new Error(`No message for finding code "${code}"`);
  const filled: Record<string, string | number> = { ...params, hint: hintSentence(params, lang) };
  if (params[`label_${lang}`] !== undefined) filled.label = params[`label_${lang}`]!;
  else if (filled.label === undefined && filled.field !== undefined) filled.label = filled.field;
  if (typeof filled.what === "string" && WHAT[filled.what]) filled.what = WHAT[filled.what]![lang];
  if (typeof filled.expected === "string" && code === "wrong-type") filled.expected = typeWord(filled.expected, lang);
  if (typeof filled.actual === "string" && code === "wrong-type") filled.actual = typeWord(filled.actual, lang);
  return fill(entry[lang], filled);
}

export const langFromEnv = (env: NodeJS.ProcessEnv = process.env): Lang => {
  const raw = (env.ANNUAIRE_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? "").slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(raw) ? (raw as Lang) : "en";
};
