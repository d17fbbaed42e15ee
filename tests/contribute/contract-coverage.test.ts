import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cmsConfig, cmsConfigYaml } from "../../scripts/contribute/cms-config.ts";
import { contractFields } from "../../scripts/contribute/contract-fields.ts";
import { browserContract, formFields, NOT_ASKED } from "../../scripts/contribute/form-contract.ts";
import { message } from "../../scripts/model/messages.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { EXPECTED_WIDGET } from "../helpers/cms-widgets.ts";
import { ROOT } from "../helpers/data-dir.ts";

const model = validateDataDir(path.join(ROOT, "data"), { today: "2026-11-30" }).model!;
const messages = (code: string) => message(code, { field: "…", value: "…" }, "en");

type Widget = {
  name: string;
  widget: string;
  fields?: Widget[];
  field?: Widget;
  options?: { value: string }[];
  multiple?: boolean;
};
const config = parse(cmsConfigYaml(cmsConfig(model, { repository: "annuaire/annuaire" }, messages))) as {
  backend: { name: string; repo: string };
  publish_mode: string;
  collections: { name: string; folder: string; fields: Widget[] }[];
};

/** The widget at a contract path such as "place.address" or "updates[].date". */
function widgetAt(fields: Widget[], p: string): Widget | undefined {
  const [head, ...rest] = p.split(".");
  const key = head!.replace("[]", "");
  const w = fields.find((f) => f.name === key);
  if (!rest.length) return w;
  return w?.fields ? widgetAt(w.fields, rest.join(".")) : undefined;
}

describe("the web form covers the contract", () => {
  it("asks every contract field, or says why not", () => {
    const asked = new Set(formFields().map((f) => f.name));
    const missing = contractFields("initiative")
      .map((f) => f.path)
      .filter((p) => !asked.has(p) && !(p in NOT_ASKED));
    expect(missing).toEqual([]);
  });

  it("takes limits, patterns and the validator's messages from the contract, in the page's language", () => {
    const nl = browserContract("nl", model);
    const summary = nl.fields.find((f) => f.name === "summary")!;
    expect(summary).toMatchObject({ label: "Samenvatting", required: true, maxLength: 280, localized: true });
    expect(nl.fields.find((f) => f.name === "contact.email")).toMatchObject({ patternCode: "bad-email", flags: "u" });
    expect(nl.messages["too-long"]).toBe(message("too-long", {}, "nl"));
  });
});

describe("the generated CMS config", () => {
  it("has a collection for initiatives and one for events, with the editorial workflow", () => {
    expect(config.collections.map((c) => [c.name, c.folder])).toEqual([
      ["initiatives", "data/initiatives"],
      ["events", "data/events"],
    ]);
    expect(config.publish_mode).toBe("editorial_workflow");
    expect(config.backend).toEqual({ name: "github", repo: "annuaire/annuaire" });
  });

  for (const [kind, collection] of [
    ["initiative", "initiatives"],
    ["event", "events"],
  ] as const) {
    it(`has every ${kind} field of the contract, with a widget that fits its type`, () => {
      const fields = config.collections.find((c) => c.name === collection)!.fields;
      for (const f of contractFields(kind).filter((x) => x.path !== "id")) {
        const w = widgetAt(fields, f.path);
        expect(w, f.path).toBeDefined();
        expect(EXPECTED_WIDGET[f.kind], `${f.path}: ${w?.widget}`).toContain(w!.widget);
      }
    });
  }

  it("writes every translated text as an fr/nl/en object and feeds selects from the data", () => {
    const fields = config.collections[0]!.fields;
    expect(widgetAt(fields, "summary")!.fields!.map((f) => f.name)).toEqual(["fr", "nl", "en"]);
    expect(widgetAt(fields, "communes")!.options!.map((o) => o.value)).toEqual(model.communes.map((c) => c.id));
    expect(widgetAt(fields, "sectors")!.options!.map((o) => o.value)).toEqual(model.sectors.map((s) => s.id));
    expect(widgetAt(fields, "accessibility")!.multiple).toBe(true);
  });
});
