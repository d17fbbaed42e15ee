// Writes an equivalent Hugo site for the same data: one page per initiative per language with the
// language switch, and commune and sector lists (taxonomies). The benchmark times `hugo` on it, then
// Pagefind on Hugo's output: the stack a user could pick instead of annuaire.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadModel } from "../model/validate.ts";

const [data, dir] = process.argv.slice(2) as [string, string];
const { model } = loadModel(data);
const langs = model.site.languages;
const write = (file: string, content: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
};
write(
  "hugo.toml",
  `baseURL = "${model.site.baseUrl}/"
defaultContentLanguage = "${langs[0]}"
defaultContentLanguageInSubdir = true
disableKinds = ["RSS", "sitemap", "robotsTXT"]
[taxonomies]
  commune = "communes"
  sector = "sectors"
${langs.map((l, n) => `[languages.${l}]\n  weight = ${n + 1}\n  contentDir = "content/${l}"`).join("\n")}
`,
);
const layout = (
  body: string,
) => `<!doctype html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.Lang }}</a> {{ end }}</nav>
${body}</body></html>`;
write(
  "layouts/_default/single.html",
  layout(`<main data-pagefind-body><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
<ul>{{ range .GetTerms "communes" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
<ul>{{ range .GetTerms "sectors" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></main>`),
);
write(
  "layouts/_default/list.html",
  layout(
    `<main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul></main>`,
  ),
);
const yamlString = (s: string) => JSON.stringify(s);
for (const lang of langs) {
  for (const i of model.initiatives) {
    write(
      `content/${lang}/initiatives/${i.id}.md`,
      `---
title: ${yamlString(i.name[lang] ?? i.id)}
summary: ${yamlString(i.summary[lang] ?? Object.values(i.summary)[0] ?? "")}
communes: [${i.communes.map(yamlString).join(", ")}]
sectors: [${i.sectors.map(yamlString).join(", ")}]
---
`,
    );
  }
}
process.stdout.write(`${langs.length * model.initiatives.length}\n`);
