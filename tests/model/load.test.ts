// Loading a data folder: ids unique across .yaml/.yml and case, subfolders read, symbolic links
// followed once and never out of the folder. Every refusal names the file and a position.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Finding } from "../../scripts/model/findings.ts";
import { message } from "../../scripts/model/messages.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { type TempData, tempDataDir, tempDir } from "../helpers/data-dir.ts";

const VALID = `name: Test (fictief)
summary: { nl: Iets om te testen., en: Something to test. }
sectors: [groen]
communes: [noord]
verified: 2026-10-01
`;

let data: TempData;
const outsiders: string[] = [];
const outside = () => {
  const dir = tempDir();
  outsiders.push(dir);
  return dir;
};
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => {
  data.cleanup();
  for (const dir of outsiders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const run = () => validateDataDir(data.dir, { today: "2026-11-30" });
const codes = (findings: Finding[]) =>
  findings.map((f) => `${path.basename(f.file)}:${f.line}:${f.col} ${f.severity} ${f.code}`).sort();

describe("load: ids are unique", () => {
  it("refuses the same id in a .yaml and a .yml file, naming both files with positions", () => {
    data.write("initiatives/twin.yaml", VALID);
    data.write("initiatives/twin.yml", `\n\n${VALID}`);
    const result = run();
    const clash = result.findings.filter((f) => f.code === "duplicate-file-id");
    expect(clash).toHaveLength(1);
    expect(clash[0]).toMatchObject({ severity: "error", line: 3, col: 1 });
    expect(clash[0]!.file).toMatch(/initiatives\/twin\.yml$/);
    expect(clash[0]!.params.other).toMatch(/initiatives\/twin\.yaml:1:1$/);
    const text = message(clash[0]!.code, clash[0]!.params, "nl");
    expect(text).toContain("twin.yaml:1:1");
    expect(result.model).toBeUndefined();
  });

  it("refuses ids that differ only by case, keeping the file named right and blaming the other", () => {
    data.write("initiatives/repair-zuid.YAML", VALID);
    data.write("initiatives/Moestuin-Noord.yaml", VALID);
    const result = run();
    const clashes = result.findings.filter((f) => f.code === "duplicate-file-id");
    expect(codes(clashes)).toEqual([
      "Moestuin-Noord.yaml:1:1 error duplicate-file-id",
      "repair-zuid.YAML:1:1 error duplicate-file-id",
    ]);
    expect(clashes.map((f) => f.params.other)).toEqual([
      expect.stringMatching(/initiatives\/moestuin-noord\.yaml:1:1$/),
      expect.stringMatching(/initiatives\/repair-zuid\.yaml:1:1$/),
    ]);
    // Nothing else breaks: the entries under their right names are still there for events and links.
    expect(result.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual([
      "duplicate-file-id",
      "duplicate-file-id",
    ]);
  });

  it("keeps events' ids apart from initiatives' ids", () => {
    data.write(
      "events/moestuin-noord.yaml",
      "title: { nl: X, en: X }\ninitiative: moestuin-noord\nstart: 2027-03-20T10:00\ncommune: noord\n",
    );
    expect(run().findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("load: subfolders and other files are never skipped in silence", () => {
  it("reads initiatives in subfolders, with the id taken from the file name", () => {
    data.write("initiatives/noord/in-sub.yaml", VALID);
    const model = run().model!;
    expect(model.initiatives.map((i) => i.id)).toContain("in-sub");
    expect(model.initiatives.find((i) => i.id === "in-sub")!.source).toBe("initiatives/noord/in-sub.yaml");
  });

  it("refuses a subfolder file whose id is taken elsewhere", () => {
    data.write("initiatives/noord/moestuin-noord.yaml", VALID);
    expect(codes(run().findings)).toEqual(["moestuin-noord.yaml:1:1 error duplicate-file-id"]);
  });

  it("reports a file that is not YAML as not read (a warning)", () => {
    data.write("initiatives/notes.txt", "to do");
    data.write("initiatives/.hidden-swap", "editor back-up");
    expect(codes(run().findings)).toEqual(["notes.txt:1:1 warning ignored-file"]);
  });
});

describe("load: symbolic links", () => {
  it("follows a link to a file inside the data folder", () => {
    data.write("shared/garden.yaml", VALID);
    symlinkSync(path.join(data.dir, "shared/garden.yaml"), path.join(data.dir, "initiatives/linked.yaml"));
    const result = run();
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.model!.initiatives.map((i) => i.id)).toContain("linked");
  });

  it("refuses a link leaving the data folder, with a message naming its target", () => {
    const away = outside();
    writeFileSync(path.join(away, "secret.yaml"), VALID);
    symlinkSync(path.join(away, "secret.yaml"), path.join(data.dir, "initiatives/escape.yaml"));
    mkdirSync(path.join(away, "more"));
    writeFileSync(path.join(away, "more/other.yaml"), VALID);
    symlinkSync(path.join(away, "more"), path.join(data.dir, "initiatives/escape-dir"));
    const result = run();
    expect(codes(result.findings)).toEqual([
      "escape-dir:1:1 error symlink-outside",
      "escape.yaml:1:1 error symlink-outside",
    ]);
    expect(message("symlink-outside", result.findings[0]!.params, "fr")).toContain(away);
    expect(result.model).toBeUndefined();
  });

  it("refuses a reference file that links outside", () => {
    const away = outside();
    writeFileSync(path.join(away, "site.yaml"), "title: x\n");
    data.remove("site.yaml");
    symlinkSync(path.join(away, "site.yaml"), path.join(data.dir, "site.yaml"));
    expect(codes(run().findings)).toContain("site.yaml:1:1 error symlink-outside");
  });

  it("detects a folder link that loops back to a parent, and a link to itself", () => {
    symlinkSync(path.join(data.dir, "initiatives"), path.join(data.dir, "initiatives/loop"));
    symlinkSync(path.join(data.dir, "initiatives/self.yaml"), path.join(data.dir, "initiatives/self.yaml"));
    expect(codes(run().findings)).toEqual(["loop:1:1 error symlink-loop", "self.yaml:1:1 error symlink-loop"]);
  });

  it("reports a dangling link", () => {
    symlinkSync(path.join(data.dir, "initiatives/gone.yaml"), path.join(data.dir, "initiatives/dangling.yaml"));
    expect(codes(run().findings)).toEqual(["dangling.yaml:1:1 error symlink-broken"]);
  });
});
