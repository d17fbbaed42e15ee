// For the pull-request check: from `annuaire validate --format json` and the list of files the pull
// request adds or changes, a Markdown comment naming every possible duplicate that involves one of
// them, whichever of the two files the validator reported it on. Prints nothing when there is none.
//   npx tsx scripts/contribute/pr-duplicates.ts findings.json changed-files.txt [lang]
import { readFileSync } from "node:fs";
import { isLang } from "../lib/lang.ts";

const DUPLICATE_CODES = new Set(["possible-duplicate", "similar-name", "similar-local-name"]);

interface JsonFinding {
  file: string;
  line: number;
  code: string;
  params: Record<string, string>;
  message: string;
}

const HEADING = {
  fr: "### Doublons possibles\nCes fiches ressemblent à des fiches existantes. Vérifiez avant de fusionner :",
  nl: "### Mogelijke dubbels\nDeze fiches lijken op bestaande fiches. Controleer voor het samenvoegen:",
  en: "### Possible duplicates\nThese entries look like existing ones. Check before merging:",
};

export function duplicatesComment(findings: JsonFinding[], changed: string[], lang: keyof typeof HEADING): string {
  const touched = (file: string) => changed.some((c) => file.endsWith(c) || c.endsWith(file));
  const lines = findings
    .filter((f) => DUPLICATE_CODES.has(f.code))
    .filter((f) => touched(f.file) || (f.params.other !== undefined && touched(f.params.other)))
    .map((f) => `- \`${f.file}:${f.line}\` ${f.message}`);
  return lines.length ? `${HEADING[lang]}\n\n${[...new Set(lines)].join("\n")}\n` : "";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [findingsFile, changedFile, lang = "en"] = process.argv.slice(2);
  const { findings } = JSON.parse(readFileSync(findingsFile!, "utf8")) as { findings: JsonFinding[] };
  const changed = readFileSync(changedFile!, "utf8").split("\n").filter(Boolean);
  process.stdout.write(duplicatesComment(findings, changed, isLang(lang) ? lang : "en"));
}
