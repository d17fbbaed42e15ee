// /{lang}/agenda/communes/{id}/ and /{lang}/agenda/sectors/{id}/ — the agenda filtered to one commune or
// sector: static pages, so the filter works without JavaScript, each with its own calendar feed.
import { html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { PageEntry } from "../../scripts/plan/index.ts";
import { urls } from "../../scripts/site/urls.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";
import { agendaJsonLd, agendaMain } from "./agenda.11ty.ts";

type AgendaListPage = PageEntry<{ kind: "communes" | "sectors"; id: string }>;

export const data = {
  pagination: { data: "annuaire.pages.agendaLists", size: 1, alias: "p" },
  permalink: (d: TemplateData<AgendaListPage>) => d.p.output,
};

export function render(d: TemplateData<AgendaListPage>): string {
  const { annuaire: data, p } = d;
  const { lang, kind, id } = p;
  const entity = kind === "communes" ? data.communeById.get(id)! : data.sectorById.get(id)!;
  const name = data.name(entity, lang);
  const title = t("agendaOf", lang, { name });
  const scope = { kind, id };
  const intro = html`<p><a href="${urls.agenda(lang)}">${t("agendaAll", lang)}</a> · <a href="${urls.list(lang, kind, id)}">${name}</a></p>`;
  return basePage(
    data,
    d.assets,
    { lang, title, alternates: p.alternates, head: agendaJsonLd(data, lang, scope) },
    agendaMain(data, lang, title, scope, intro),
  );
}
