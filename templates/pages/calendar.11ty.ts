// /data/events.ics, /data/communes/{id}.ics, /data/sectors/{id}.ics, /data/initiatives/{id}.ics —
// iCalendar feeds (scripts/agenda/ics.ts) in the site's first language. Repeated events stay one event
// with their rule; places only when public.
import { agendaView } from "../../scripts/agenda/agenda-view.ts";
import { calendarFeed } from "../../scripts/agenda/ics.ts";
import type { PageEntry } from "../../scripts/plan/index.ts";
import type { TemplateData } from "../lib/context.ts";

type CalendarPage = PageEntry<{ kind?: "communes" | "sectors" | "initiatives"; id?: string }>;

export const data = {
  pagination: { data: "annuaire.pages.calendars", size: 1, alias: "p" },
  permalink: (d: TemplateData<CalendarPage>) => d.p.output,
  eleventyExcludeFromCollections: true,
};

export function render(d: TemplateData<CalendarPage>): string {
  const { annuaire: data, p } = d;
  const lang = data.model.site.defaultLanguage;
  const scope = p.kind && p.id ? { kind: p.kind, id: p.id } : undefined;
  const site = data.text(data.model.site.title, lang)?.text ?? "";
  const entity =
    scope?.kind === "communes"
      ? data.communeById.get(scope.id)
      : scope?.kind === "sectors"
        ? data.sectorById.get(scope.id)
        : scope
          ? data.initiativeById.get(scope.id)
          : undefined;
  return calendarFeed(data.model, agendaView(data.model, data.buildDate).events(scope), {
    name: entity ? `${data.name(entity, lang)} — ${site}` : site,
    lang,
    buildDate: data.buildDate,
  });
}
