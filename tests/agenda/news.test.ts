import { describe, expect, it } from "vitest";
import { xml2js } from "xml-js";
import { atomFeed, newsItems } from "../../scripts/agenda/news.ts";
import { loadModel } from "../../scripts/model/validate.ts";
import { TODAY, TRI_CITY } from "../helpers/data-dir.ts";

const { model } = loadModel(TRI_CITY, { today: TODAY });
// A second, fictional update so ordering is tested; one dated in the future stays hidden.
model.initiatives.find((i) => i.id === "cantine-pulsar")!.updates = [
  { date: "2026-11-20", text: { en: "Fictional news <b>with</b> & characters" } },
  { date: "2027-01-01", text: { en: "Fictional news from the future" } },
];

type XmlElement = { name?: string; elements?: XmlElement[]; text?: string; attributes?: Record<string, string> };
const child = (e: XmlElement, name: string) => e.elements?.find((c) => c.name === name);
const text = (e: XmlElement | undefined) => e?.elements?.find((c) => c.text !== undefined)?.text;

describe("atomFeed", () => {
  it("parses as Atom in every language, newest first, without future news", () => {
    for (const lang of model.site.languages) {
      const doc = xml2js(atomFeed(model, lang, TODAY)) as XmlElement;
      const feed = child(doc, "feed")!;
      expect(feed.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
      const entries = feed.elements!.filter((e) => e.name === "entry");
      expect(entries.length).toBe(newsItems(model, TODAY).length);
      expect(entries.length).toBeGreaterThanOrEqual(2);
      expect(text(child(entries[0]!, "updated"))).toBe("2026-11-20T00:00:00.000Z");
      expect(JSON.stringify(feed)).not.toContain("future");
      expect(text(child(feed, "id"))).toBe(`https://fictiville.example.org/${lang}/news/`);
    }
  });
  it("escapes contributed text instead of passing markup through", () => {
    const xml = atomFeed(model, "en", TODAY);
    expect(xml).not.toContain("<b>with</b>");
    expect(xml).toContain("Fictional news &lt;b&gt;with&lt;/b&gt; &amp; characters");
  });
});
