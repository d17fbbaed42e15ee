import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { ROOT, tempDataDir } from "../helpers/data-dir.ts";

const data = tempDataDir(path.join(ROOT, "data"));
afterAll(() => data.cleanup());

describe("the worked example of the contribute guide", () => {
  for (const lang of ["fr", "nl", "en"]) {
    it(`in ${lang} is a file the validator accepts, with the name the guide gives it`, () => {
      // The Brussels guide (data/content/) overrides the city-neutral default (content/).
      const text = readFileSync(path.join(ROOT, "data", "content", lang, "contribute.md"), "utf8");
      const file = /`data\/initiatives\/([a-z0-9-]+\.yaml)`/.exec(text)![1]!;
      const yaml = /```yaml\n([\s\S]*?)```/.exec(text)![1]!;
      data.write(`initiatives/${file}`, yaml);
      const result = validateDataDir(data.dir, { today: "2026-11-30" });
      expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
      data.remove(`initiatives/${file}`);
    });
  }
});
