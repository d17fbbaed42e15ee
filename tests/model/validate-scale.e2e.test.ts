import { rmSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { type TempData, tempDataDir } from "../helpers/data-dir.ts";

// Slow (seconds): lives with the end-to-end tests so `npm run test:unit` stays fast.
let data: TempData;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.cleanup());

describe("validate: scale", () => {
  it("handles 5,000 generated initiative files without an error", async () => {
    const { generateSynthetic } = await import("../../scripts/generate-synthetic.ts");
    const out = `${data.dir}-5000`;
    generateSynthetic({ count: 5000, out, from: data.dir, seed: 7, eventEvery: 10 });
    try {
      const result = validateDataDir(out, { today: "2026-11-30" });
      expect(result.files).toBe(4 + 5000 + 500);
      expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(result.model?.initiatives).toHaveLength(5000);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 600_000);
});
