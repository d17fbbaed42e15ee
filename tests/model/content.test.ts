import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { contentDirsFor, DEFAULT_CONTENT_DIR, loadContent } from "../../scripts/model/content.ts";
import { type TempData, tempDataDir } from "../helpers/data-dir.ts";

let data: TempData | undefined;
afterEach(() => data?.cleanup());

describe("loadContent", () => {
  it("uses the city-neutral default pages when the data folder has no content/", () => {
    data = tempDataDir();
    expect(contentDirsFor(data.dir)).toEqual([DEFAULT_CONTENT_DIR]);
    const pages = loadContent(contentDirsFor(data.dir), ["fr", "nl", "en"]);
    expect(pages.map((p) => `${p.lang}/${p.slug}`)).toContain("nl/about");
  });

  it("lets the data folder replace one page in one language and keeps the other defaults", () => {
    data = tempDataDir();
    const own = path.join(data.dir, "content", "nl");
    mkdirSync(own, { recursive: true });
    writeFileSync(path.join(own, "about.md"), "---\ntitle: Over Fictiestad\n---\nEen eigen tekst.\n");
    const pages = loadContent(contentDirsFor(data.dir), ["fr", "nl", "en"]);
    const about = (lang: string) => pages.find((p) => p.lang === lang && p.slug === "about")!;
    expect(about("nl").title).toBe("Over Fictiestad");
    expect(about("fr").title).toBe("À propos");
    expect(pages.filter((p) => p.lang === "nl" && p.slug === "about")).toHaveLength(1);
  });
});
