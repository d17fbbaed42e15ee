import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Finding } from "../../scripts/model/findings.ts";
import { message } from "../../scripts/model/messages.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { type TempData, tempDataDir } from "../helpers/data-dir.ts";

// A valid entry of the fictional fixture city; each case breaks one thing in it.
const VALID = `name: Test (fictief)
summary: { nl: Iets om te testen., en: Something to test. }
sectors: [groen]
communes: [noord]
verified: 2026-10-01
`;

let data: TempData;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.cleanup());

const run = () => validateDataDir(data.dir, { today: "2026-11-30" });
const errorsIn = (file: string) => run().findings.filter((f) => f.severity === "error" && f.file.endsWith(file));
const only = (findings: Finding[]) => {
  expect(findings).toHaveLength(1);
  return findings[0]!;
};
const at = (f: Finding) => `${f.line}:${f.col} ${f.code}`;

describe("validate: the fixture city", () => {
  it("has no finding at all and gives a model", () => {
    const result = run();
    expect(result.findings).toEqual([]);
    expect(result.model?.initiatives.map((i) => i.id)).toEqual(["moestuin-noord", "repair-zuid"]);
    expect(result.model?.site.defaultLanguage).toBe("nl");
  });

  it("gives a single name in every site language and derives regions from communes", () => {
    const model = run().model!;
    const garden = model.initiatives[0]!;
    expect(garden.name).toEqual({ nl: "Moestuin Noord (fictief)", en: "Moestuin Noord (fictief)" });
    expect(garden.regions).toEqual(["fictostad"]);
    expect(garden.status).toBe("active");
    expect(garden.print).toBe(true);
  });
});

describe("validate: each error kind points at its file, line and column", () => {
  const cases: [string, string, string][] = [
    [
      "YAML syntax (unclosed quote)",
      VALID.replace("name: Test (fictief)", 'name: "Test (fictief)'),
      "1:7 unclosed-quote",
    ],
    [
      "a colon inside an unquoted text",
      VALID.replace("name: Test (fictief)", "name: Repair: the café"),
      "1:7 colon-in-text",
    ],
    ["a field out of line", VALID.replace("sectors: [groen]", " sectors: [groen]"), "3:1 bad-indent"],
    [
      "a tab used for indentation",
      VALID.replace("summary: { nl: Iets om te testen., en: Something to test. }", "summary:\n\tnl: Iets."),
      "3:1 tab-indent",
    ],
    ["a duplicate key", `${VALID}sectors: [herstel]\n`, "6:1 duplicate-key"],
    ["text where a list is expected", VALID.replace("sectors: [groen]", "sectors: groen"), "3:10 wrong-type"],
    [
      "a list where a map is expected",
      VALID.replace("summary: { nl: Iets om te testen., en: Something to test. }", "summary:\n  - Iets"),
      "3:3 wrong-type",
    ],
    ["a whole file that is a list", "- name: Test\n- summary: x\n", "1:1 wrong-type"],
    ["a number where text is expected", VALID.replace("name: Test (fictief)", "name: 42"), "1:7 name-form"],
    ["yes instead of true", `${VALID}place: { public: yes }\n`, "6:18 wrong-type"],
    ["a missing required field", VALID.replace("verified: 2026-10-01\n", ""), "1:1 required"],
    ["an unknown field", `${VALID}summmary: x\n`, "6:1 unknown-field"],
    ["an unknown commune", VALID.replace("communes: [noord]", "communes: [noordd]"), "4:12 unknown-commune"],
    ["an unknown sector", VALID.replace("sectors: [groen]", "sectors: [groene]"), "3:11 unknown-sector"],
    ["an unknown region", `${VALID}regions: [atlantis]\n`, "6:11 unknown-region"],
    ["an unknown related initiative", `${VALID}related: [moestuin-nord]\n`, "6:11 unknown-initiative"],
    ["a related entry pointing to itself", `${VALID}related: [broken]\n`, "6:11 self-related"],
    ["an id that is not the file name", `id: something-else\n${VALID}`, "1:5 id-mismatch"],
    ["a javascript: link", `${VALID}contact:\n  website: javascript:alert(1)\n`, "7:12 bad-url"],
    ["an ftp: link", `${VALID}contact:\n  social: [ftp://example.org/x]\n`, "7:12 bad-url"],
    ["a malformed e-mail", `${VALID}contact:\n  email: info@@example\n`, "7:10 bad-email"],
    ["a malformed phone", `${VALID}contact:\n  phone: call us\n`, "7:10 bad-phone"],
    ["a date that does not exist", VALID.replace("2026-10-01", "2026-02-30"), "5:11 bad-date"],
    ["a date in the wrong order", VALID.replace("2026-10-01", "01/10/2026"), "5:11 bad-date"],
    [
      "coordinates outside the region (swapped)",
      `${VALID}place: { public: true, lat: 5.1, lon: 52.07 }\n`,
      "6:29 out-of-bounds",
    ],
    [
      "an address for a group that meets at home",
      `${VALID}place:\n  public: false\n  address: Thuisstraat 3\n`,
      "8:12 private-with-address",
    ],
    ["raw HTML in a description", `${VALID}description: { nl: "<script>alert(1)</script>" }\n`, "6:20 raw-html"],
    ["an empty text", VALID.replace("en: Something to test.", 'en: ""'), "2:40 empty"],
    [
      "a summary over 280 characters",
      VALID.replace("en: Something to test.", `en: ${"a".repeat(281)}`),
      "2:40 too-long",
    ],
    [
      "a comma inside an unquoted text between { }",
      VALID.replace("en: Something to test.", "en: Something, to test."),
      "2:51 comma-in-text",
    ],
    ["a language key that is not a code", VALID.replace("en: Something", "English: Something"), "2:36 bad-lang"],
    ["an unknown status", `${VALID}status: actif\n`, "6:9 not-allowed"],
    ["no commune and no region", VALID.replace("communes: [noord]\n", ""), "1:1 no-area"],
    ["an empty file", "", "1:1 empty-file"],
    ["a file with only comments", "# nothing yet\n", "1:1 empty-file"],
    ["two documents in one file", `${VALID}---\n${VALID}`, "6:1 multiple-documents"],
  ];
  it.each(cases)("%s", (_name, content, expected) => {
    data.write("initiatives/broken.yaml", content);
    const findings = errorsIn("initiatives/broken.yaml");
    expect(findings.map(at)).toContain(expected);
  });

  it("reports every problem of every file at once", () => {
    data.write("initiatives/a.yaml", VALID.replace("sectors: [groen]", "sectors: [groene]"));
    data.write(
      "initiatives/b.yaml",
      VALID.replace("2026-10-01", "2026-13-01").replace("communes: [noord]", "communes: [nord]"),
    );
    const codes = run()
      .findings.filter((f) => f.severity === "error")
      .map((f) => `${f.file.split("/").pop()} ${f.code}`);
    expect(codes.sort()).toEqual(["a.yaml unknown-sector", "b.yaml bad-date", "b.yaml unknown-commune"]);
  });

  it("suggests the closest commune, also from its name in another language", () => {
    data.write("initiatives/broken.yaml", VALID.replace("communes: [noord]", "communes: [fictostad-zuid]"));
    const finding = only(errorsIn("initiatives/broken.yaml"));
    expect(finding.params.suggestion).toBe("zuid");
    expect(message(finding.code, finding.params, "en")).toBe(
      "`communes[0]`: unknown commune `fictostad-zuid`. Did you mean `zuid`? Communes are listed in communes.yaml.",
    );
  });

  it("suggests the field name for a typo", () => {
    data.write("initiatives/broken.yaml", `${VALID}schedulle: { nl: Elke dag. }\n`);
    const finding = only(errorsIn("initiatives/broken.yaml"));
    expect(message(finding.code, finding.params, "fr")).toContain("Vouliez-vous dire `schedule` ?");
  });

  it("says which file already uses a duplicate commune id", () => {
    data.write(
      "communes.yaml",
      `${readFileSync(`${data.dir}/communes.yaml`, "utf8")}- id: noord\n  name: { nl: Dubbel, en: Double }\n  region: fictostad\n  nis: "99003"\n  postcodes: ["9903"]\n  centre: { lat: 52.05, lon: 5.1 }\n`,
    );
    const finding = only(errorsIn("communes.yaml"));
    expect(at(finding)).toBe("13:7 duplicate-id");
    expect(finding.params.other).toMatch(/communes\.yaml:1$/);
  });

  it("checks an event's initiative, commune and times", () => {
    data.write(
      "events/bad.yaml",
      "title: { nl: X, en: X }\ninitiative: moestuin\nstart: 2027-03-20T10:00\nend: 2027-03-20T09:00\ncommune: noord\n",
    );
    expect(errorsIn("events/bad.yaml").map(at).sort()).toEqual(["2:13 unknown-initiative", "4:6 end-before-start"]);
  });

  it("rejects a missing sector pictogram and a file name that is not an id", () => {
    data.remove("icons/groen.svg");
    data.write("initiatives/Mon Initiative.yaml", VALID);
    const all = run().findings.filter((f) => f.severity === "error");
    expect(all.map((f) => `${f.file.split("/").pop()} ${f.code}`).sort()).toEqual([
      "Mon Initiative.yaml bad-file-name",
      "sectors.yaml icon-missing",
    ]);
  });

  it("names a missing reference file", () => {
    data.remove("communes.yaml");
    const result = run();
    expect(result.findings.map((f) => `${f.file.split("/").pop()} ${f.code}`)).toContain("communes.yaml missing-file");
    expect(result.model).toBeUndefined();
  });
});

describe("validate: files that are odd at the byte level", () => {
  it("reads a file with a UTF-8 BOM and keeps columns right", () => {
    data.write("initiatives/bom.yaml", `\uFEFF${VALID.replace("sectors: [groen]", "sectors: [groene]")}`);
    expect(errorsIn("initiatives/bom.yaml").map(at)).toEqual(["3:11 unknown-sector"]);
  });

  it("reads a file with Windows (CRLF) line endings", () => {
    data.write(
      "initiatives/crlf.yaml",
      VALID.replace("communes: [noord]", "communes: [noordd]").replace(/\n/g, "\r\n"),
    );
    const findings = errorsIn("initiatives/crlf.yaml");
    expect(findings.map(at)).toEqual(["4:12 unknown-commune"]);
  });

  it("reports a file that is not UTF-8", () => {
    data.write("initiatives/latin1.yaml", Buffer.from(VALID.replace("Test", "Caf\xe9"), "latin1"));
    expect(errorsIn("initiatives/latin1.yaml").map(at)).toEqual(["1:1 not-utf8"]);
  });

  it("refuses a 10 MB file without reading it", () => {
    data.write("initiatives/huge.yaml", `${VALID}description:\n  nl: "${"x".repeat(10 * 1024 * 1024)}"\n`);
    const started = Date.now();
    const finding = only(errorsIn("initiatives/huge.yaml"));
    expect(finding.code).toBe("file-too-large");
    expect(finding.params.size).toBe("10.0 MB");
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("survives an alias bomb", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(", ")}]`,
      );
    data.write("initiatives/bomb.yaml", `${bomb.join("\n")}\n`);
    expect(errorsIn("initiatives/bomb.yaml").map(at)).toEqual(["1:1 too-many-aliases"]);
  });
});

describe("validate: warnings do not fail", () => {
  const warnings = () => run().findings.filter((f) => f.severity === "warning");

  it("warns about a missing translation, an old check and a long summary", () => {
    data.write(
      "initiatives/warn.yaml",
      VALID.replace("en: Something to test.", "")
        .replace("Iets om te testen.", "a".repeat(230))
        .replace("2026-10-01", "2025-06-01")
        .replace("{ nl: a", "{ nl: a")
        .replace(", }", " }"),
    );
    const found = warnings()
      .filter((f) => f.file.endsWith("warn.yaml"))
      .map((f) => `${f.line}:${f.col} ${f.code}`);
    expect(found.sort()).toEqual(["2:10 missing-translation", "2:16 summary-long", "5:11 stale"]);
    expect(run().model).toBeDefined();
  });

  it("warns about the same website and a very similar name", () => {
    data.write(
      "initiatives/copy.yaml",
      VALID.replace("name: Test (fictief)", "name: Moestuin Nord (fictief)") +
        "contact: { website: http://moestuin.example.org }\n",
    );
    const found = warnings().map((f) => `${f.file.split("/").pop()} ${f.code} ${f.params.other}`);
    expect(found.sort()).toEqual([
      "moestuin-noord.yaml possible-duplicate initiatives/copy.yaml",
      "moestuin-noord.yaml similar-name initiatives/copy.yaml",
    ]);
  });

  it("warns when a postcode is not one of the listed communes", () => {
    data.write("initiatives/pc.yaml", `${VALID}place: { public: true, postcode: "9902" }\n`);
    expect(warnings().map((f) => f.code)).toEqual(["postcode-commune"]);
  });
});
