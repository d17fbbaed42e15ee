// What Pagefind reads for an initiative page (templates/pages/initiative.11ty.ts `searchDocument`), and
// how the incremental rebuild decides which pages to render again (scripts/site/incremental.ts).
import { describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/model/content.ts";
import type { Model } from "../../scripts/model/model.ts";
import { publicModel } from "../../scripts/model/public.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { jobsToRender, searchChanges, siteState } from "../../scripts/site/incremental.ts";
import { pageJobs, pageTemplates } from "../../scripts/site/page-templates.ts";
import { type InitiativePage, SiteData } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import { searchDocument } from "../../templates/pages/initiative.11ty.ts";
import { ROOT, TODAY, TRI_CITY } from "../helpers/data-dir.ts";

const load = () => publicModel(validateDataDir(TRI_CITY, { today: TODAY }).model!);
const content = loadContent(`${ROOT}/content`, ["fr", "nl", "en"]);
const siteData = (model: Model) => new SiteData(model, { buildDate: TODAY, content });
const page = (data: SiteData, lang: string, id: string) =>
  (data.pages.initiatives as InitiativePage[]).find((p) => p.lang === lang && p.initiative.id === id)!;

describe("search document", () => {
  const data = siteData(load());
  const doc = searchDocument(data, page(data, "fr", "potager-zephyr"));

  it("holds the name, summary, description, place name, filters, meta and low-weight search words", () => {
    expect(doc).toContain('<html lang="fr">');
    expect(doc).toContain("<h1>Potager Zéphyr</h1>");
    expect(doc).toContain("courgettes fictives");
    expect(doc).toContain("<strong>bêcher</strong>");
    expect(doc).toContain("Jardin du Test");
    expect(doc).toMatch(/<span data-pagefind-filter="commune">Nordville<\/span>/);
    expect(doc).toMatch(/data-pagefind-filter="language"/);
    expect(doc).toMatch(/<span data-pagefind-meta="summary">Un potager collectif/);
    expect(doc).toContain("<dt data-pagefind-ignore>");
    const quasar = searchDocument(data, page(data, "fr", "repair-cafe-quasar"));
    expect(quasar).toMatch(
      /<p hidden data-pagefind-weight="0\.4">[^<]*Zuidstad · Southtown[^<]*vélo[^<]*fiets[^<]*bike/,
    );
  });

  it('marks an untranslated summary with its language, without the page\'s "not translated" note', () => {
    const nl = searchDocument(data, page(data, "nl", "entraide-orion"));
    expect(nl).toMatch(/<p lang="fr">Réseau d('|&#39;)entraide inventé/);
    expect(nl).not.toContain("niet vertaald");
  });

  it("leaves out the street address, schedule, contact and news; an unsafe link stays text", () => {
    for (const absent of [
      "Rue du Potager",
      "samedi",
      "zephyr@example.org",
      "111 11 11",
      "graines",
      'href="javascript:',
    ])
      expect(doc).not.toContain(absent);
    expect(doc).toContain("[piège](javascript:alert(1))");
  });
});

describe("incremental: pages to render again", async () => {
  const templates = await pageTemplates();
  const stateOf = (model: Model) => {
    const data = siteData(model);
    const jobs = pageJobs(templates, data, {});
    return { data, jobs, state: siteState(data, jobs, {}) };
  };
  const before = stateOf(load());
  const rendered = (edit: (m: Model) => void) => {
    const model = load();
    edit(model);
    const after = stateOf(model);
    const jobs = jobsToRender(before.state, after.state, after.jobs);
    return jobs && new Set(jobs.map((j) => j.output));
  };
  const byId = (m: Model, id: string) => m.initiatives.find((i) => i.id === id)!;

  it("re-renders an edited entry's pages, its lists and the pages that show it, not the others", () => {
    const outputs = rendered((m) => {
      byId(m, "cantine-pulsar").summary.fr = "Autre résumé.";
    })!;
    for (const lang of ["fr", "nl", "en"]) {
      expect(outputs).toContain(`/${lang}/initiatives/cantine-pulsar/index.html`);
      expect(outputs).toContain(`/${lang}/communes/estville/index.html`);
      expect(outputs).toContain(`/${lang}/sectors/food/index.html`);
      expect(outputs).not.toContain(`/${lang}/communes/nordville/index.html`);
      expect(outputs).not.toContain(`/${lang}/initiatives/velo-nebuleuse/index.html`);
    }
    expect(outputs).toContain(urls.calendar({ kind: "initiatives", id: "cantine-pulsar" }));
    expect(outputs).not.toContain(urls.calendar({ kind: "initiatives", id: "velo-nebuleuse" }));
  });

  it("re-renders the page of an entry that lists the edited one as related", () => {
    const outputs = rendered((m) => {
      byId(m, "repair-cafe-quasar").name = { fr: "Autre nom" };
    })!;
    expect(outputs).toContain("/fr/initiatives/potager-zephyr/index.html");
  });

  it("falls back to a full build when an entry changes list, or when the agenda names it", () => {
    expect(
      rendered((m) => {
        byId(m, "cantine-pulsar").communes = ["sudville"];
      }),
    ).toBeUndefined();
    expect(
      rendered((m) => {
        byId(m, "potager-zephyr").name = { fr: "Autre potager" };
      }),
    ).toBeUndefined();
    expect(jobsToRender(undefined, before.state, before.jobs)).toBeUndefined();
  });

  it("writes a language's search index again only when one of its search documents changed", () => {
    const docs = (data: SiteData) => (url: string) =>
      searchDocument(data, (data.pages.initiatives as InitiativePage[]).find((p) => p.url === url)!);
    const pages = before.data.pages.initiatives;
    const first = { ...before.state, search: {} };
    expect(searchChanges(undefined, first, pages, undefined, docs(before.data))).toEqual(new Set(["fr", "nl", "en"]));
    const model = load();
    byId(model, "cantine-pulsar").place = { public: true, address: "Ailleurs 1" };
    const moved = stateOf(model);
    const again = new Set(jobsToRender(first, moved.state, moved.jobs)!.map((j) => j.p?.url ?? ""));
    expect(searchChanges(first, moved.state, pages, again, docs(moved.data)).size).toBe(0);
    byId(model, "cantine-pulsar").summary.fr = "Autre résumé.";
    const edited = stateOf(model);
    const third = new Set(jobsToRender(first, edited.state, edited.jobs)!.map((j) => j.p?.url ?? ""));
    // Only the French document changed: only the French index is written again.
    expect(searchChanges(first, edited.state, pages, third, docs(edited.data))).toEqual(new Set(["fr"]));
  });
});
