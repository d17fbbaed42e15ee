// Property-based tests (fast-check): random and mutated YAML through the loader and the validator.
// Whatever the bytes, they never throw, and every finding names its file and a position inside it
// (line ≥ 1, col ≥ 1, within the text), with a message in fr, nl and en.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stringify } from "yaml";
import type { Finding } from "../../scripts/model/findings.ts";
import { loadDataDir, loadYamlFile } from "../../scripts/model/load.ts";
import { message } from "../../scripts/model/messages.ts";
import { validateFiles } from "../../scripts/model/validate.ts";
import { OTHER_CITY, type TempData, tempDataDir } from "../helpers/data-dir.ts";

let data: TempData;
let base: ReturnType<typeof loadDataDir>;
beforeAll(() => {
  data = tempDataDir(OTHER_CITY);
  // The rest of the folder is read once; each example re-reads only the file it changes.
  base = loadDataDir(data.dir);
});
afterAll(() => data.cleanup());

const VALID_INITIATIVE = readFileSync(`${OTHER_CITY}/initiatives/moestuin-noord.yaml`, "utf8");
const VALID_EVENT = readFileSync(`${OTHER_CITY}/events/plantdag.yaml`, "utf8");
const VALID_SITE = readFileSync(`${OTHER_CITY}/site.yaml`, "utf8");

/** Writes `text` as one data file, loads and validates it with the rest of the folder, checks every finding. */
function check(relative: string, text: string | Buffer): Finding[] {
  const abs = data.write(relative, text);
  const findings: Finding[] = base.findings.filter((f) => !f.file.endsWith(relative));
  const others = base.files.filter((f) => f.abs !== abs);
  const kind = relative.startsWith("initiatives/") ? "initiative" : relative.startsWith("events/") ? "event" : "site";
  const file = loadYamlFile(kind, abs, relative, findings);
  if (kind !== "site") file.id = path.basename(relative, ".yaml");
  const result = validateFiles([...others, file], findings, data.dir, { today: "2026-11-30" });
  const lines = (typeof text === "string" ? text : text.toString("latin1")).split(/\r\n|\r|\n/).length;
  for (const f of result.findings) {
    expect(f.file, JSON.stringify(f)).toMatch(/\S/);
    expect(Number.isInteger(f.line) && f.line >= 1, JSON.stringify(f)).toBe(true);
    expect(Number.isInteger(f.col) && f.col >= 1, JSON.stringify(f)).toBe(true);
    if (f.file === relative) expect(f.line, JSON.stringify(f)).toBeLessThanOrEqual(lines + 1);
    for (const lang of ["fr", "nl", "en"] as const) expect(message(f.code, f.params, lang)).toMatch(/\S/);
  }
  return result.findings;
}

// Characters that matter to YAML, to make random text likely to hit its corners.
const yamlish = fc.string({
  unit: fc.constantFrom(
    ..."abc xyz:-{}[],'\"#&*!|>%@`\t\n\r\\?~=0123456789.é€\u202e\ufeff\u0000",
    "fr: ",
    "- ",
    "  ",
    "\n  ",
    "---\n",
    "name: ",
    "<<: *a",
    "&a ",
    "!!binary ",
    "2026-13-45",
    "{{ x }}",
    "${x}",
  ),
  maxLength: 200,
});

/** A mutation of a valid file: delete, insert or replace a slice, or swap two lines. */
const mutated = (valid: string) =>
  fc
    .array(fc.tuple(fc.constantFrom("delete", "insert", "replace", "swap"), fc.nat(), fc.nat({ max: 12 }), yamlish), {
      minLength: 1,
      maxLength: 5,
    })
    .map((steps) => {
      let text = valid;
      for (const [kind, at, length, insert] of steps) {
        const i = at % (text.length + 1);
        if (kind === "delete") text = text.slice(0, i) + text.slice(i + length);
        else if (kind === "insert") text = text.slice(0, i) + insert + text.slice(i);
        else if (kind === "replace") text = text.slice(0, i) + insert + text.slice(i + length);
        else {
          const lines = text.split("\n");
          const a = at % lines.length;
          const b = length % lines.length;
          [lines[a], lines[b]] = [lines[b]!, lines[a]!];
          text = lines.join("\n");
        }
      }
      return text;
    });

const RUNS = { numRuns: 100 };

// Each property runs 100 examples; on a loaded shared machine that can take a while.
vi.setConfig({ testTimeout: 90_000 });

describe("loader and validator on random input", () => {
  it("never throw on random YAML-ish text, and place every finding", () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        check("initiatives/random.yaml", text);
      }),
      RUNS,
    );
  });

  it("never throw on random bytes (not UTF-8, NUL, BOM)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        check("initiatives/bytes.yaml", Buffer.from(bytes));
      }),
      { numRuns: 60 },
    );
  });

  it("never throw on random data structures written as YAML", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("name", "summary", "sectors", "communes", "place", "contact", "verified", "updates", "x"),
          fc.jsonValue({ maxDepth: 3 }),
        ),
        (value) => {
          check("initiatives/structured.yaml", stringify(value));
        },
      ),
      RUNS,
    );
  });
});

describe("loader and validator on mutated valid files", () => {
  it.each([
    ["an initiative", "initiatives/moestuin-noord.yaml", VALID_INITIATIVE],
    ["an event", "events/plantdag.yaml", VALID_EVENT],
    ["site.yaml", "site.yaml", VALID_SITE],
  ])("never throw on a mutated %s, and place every finding", (_name, relative, valid) => {
    let withFindings = 0;
    fc.assert(
      fc.property(mutated(valid), (text) => {
        if (check(relative, text).length) withFindings++;
      }),
      RUNS,
    );
    data.write(relative, valid);
    // The mutations do break things: most runs produce findings.
    expect(withFindings).toBeGreaterThan(RUNS.numRuns / 3);
  });
});
