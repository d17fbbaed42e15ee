import { describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/model/content.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { allPages } from "../../scripts/plan/index.ts";
import { batches } from "../../scripts/site/render-site.ts";
import { SiteData } from "../../scripts/site/site-data.ts";
import { ROOT, TODAY, TRI_CITY } from "../helpers/data-dir.ts";

const model = validateDataDir(TRI_CITY, { today: TODAY }).model!;
const data = new SiteData(model, { buildDate: TODAY, content: loadContent(`${ROOT}/content`, model.site.languages) });

describe("batches", () => {
  it("splits the plan's pages into runs of at most N pages, each page once, in order", () => {
    const all = allPages(data.plan).map((p) => p.output);
    for (const size of [1, 7, 50, all.length, all.length + 1]) {
      const parts = batches(data.pages, size);
      const flat = parts.flatMap((b) =>
        Object.values(b)
          .flat()
          .map((p) => p.output),
      );
      expect(flat).toEqual(all);
      for (const b of parts) expect(Object.values(b).flat().length).toBeLessThanOrEqual(size);
      expect(parts).toHaveLength(Math.ceil(all.length / size));
    }
  });
});
