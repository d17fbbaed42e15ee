import { describe, expect, it } from "vitest";
import { isStale, staleCsv, staleHtmlDocument, staleMarkdown, staleReport } from "../../scripts/agenda/stale.ts";
import { loadModel } from "../../scripts/model/validate.ts";
import { TRI_CITY } from "../helpers/data-dir.ts";

const fresh = () => loadModel(TRI_CITY, { today: "2026-11-30" }).model;

describe("staleReport", () => {
  it("lists, with site.yaml's limit (12 months by default), only entries checked that long ago, never closed ones", () => {
    const model = fresh();
    const report = staleReport(model, "2026-11-30");
    expect(report.olderThanMonths).toBe(12);
    expect(report.groups.flatMap((g) => g.entries.map((e) => e.id))).toEqual(["vieux-jardin-saturne"]);
    expect(isStale(model.initiatives.find((i) => i.id === "ancien-troc-comete")!, model, "2030-01-01")).toBe(false);
  });

  it("groups by commune (each entry once), region-wide last, with an injectable date and limit", () => {
    const report = staleReport(fresh(), "2027-06-01", { olderThanMonths: 1, lang: "en" });
    expect(report.groups.map((g) => [g.name, g.entries.map((e) => e.id)])).toEqual([
      ["Easttown", ["cantine-pulsar", "vieux-jardin-saturne"]],
      ["Northtown", ["potager-zephyr", "repair-cafe-quasar"]],
      ["Southtown", ["hors-papier-meteore", "velo-nebuleuse"]],
      ["Region-wide", ["entraide-orion"]],
    ]);
    expect(staleReport(fresh(), "2027-06-01", { olderThanMonths: 1, commune: "sudville" }).total).toBe(3);
  });

  it("writes each message in the entry's language, as a mailto with subject and body", () => {
    const report = staleReport(fresh(), "2027-06-01", { olderThanMonths: 1 });
    const zephyr = report.groups.flatMap((g) => g.entries).find((e) => e.id === "potager-zephyr")!;
    expect(zephyr.lang).toBe("fr");
    expect(zephyr.subject).toBe("Potager Zéphyr : vos informations dans l'annuaire sont-elles à jour ?");
    const mail = new URL(zephyr.mailto!);
    expect(mail.pathname).toBe("zephyr@example.org");
    expect(mail.searchParams.get("subject")).toBe(zephyr.subject);
    const body = mail.searchParams.get("body")!;
    expect(body).toContain("https://fictiville.example.org/fr/initiatives/potager-zephyr/");
    expect(body).toContain("https://fictiville.example.org/fr/contribute/?id=potager-zephyr");
    expect(body).toContain("vérifiées pour la dernière fois le 1 octobre 2026");
  });

  it("puts phone-only entries on a call sheet and the others without contact apart", () => {
    const model = fresh();
    model.initiatives.find((i) => i.id === "cantine-pulsar")!.contact = { phone: "+32 2 999 99 99" };
    const report = staleReport(model, "2027-06-01", { olderThanMonths: 1, lang: "en" });
    expect(report.callSheet.map((e) => e.id)).toEqual(["cantine-pulsar"]);
    expect(report.noContact.map((e) => e.id)).toEqual([
      "vieux-jardin-saturne",
      "repair-cafe-quasar",
      "hors-papier-meteore",
      "entraide-orion",
    ]);
    const page = staleHtmlDocument(report, "en");
    expect(page).toContain('<h2 id="vg-calls">Call sheet (phone only)</h2>');
    expect(page).toContain("<td>+32 2 999 99 99</td>");
    expect(staleMarkdown(report, "en")).toContain("| Cantine Pulsar (fr) | +32 2 999 99 99 | ☐ |");
    const csv = staleCsv(report).split("\r\n");
    expect(csv[0]).toBe("commune,id,name,lang,verified,months,email,phone,website,page,fix,mailto");
    expect(csv.find((l) => l.startsWith("estville,cantine-pulsar,"))).toContain(",+32 2 999 99 99,");
  });
});
