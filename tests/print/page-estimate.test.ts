// The page count guessed from a booklet's text, used to size page-reference slots before layout so a
// long booklet is not laid out twice (print/booklet-html.ts).
import { describe, expect, it } from "vitest";
import { pagesFromText } from "../../print/booklet-html.ts";

const booklet = (chars: number) =>
  `<html><head><style>${"x".repeat(5000)}</style></head><body><p>${"a ".repeat(chars / 2)}</p></body></html>`;

describe("pagesFromText", () => {
  it("counts the body's text only, at about 1,200 characters an A5 page after 4 fixed pages", () => {
    expect(pagesFromText(booklet(12_000), "A5")).toBeCloseTo(14, 0);
    expect(pagesFromText(booklet(12_000), "A4")).toBeCloseTo(9, 0);
    expect(pagesFromText(booklet(12_000), "A5", true)).toBeGreaterThan(35);
  });

  it("tells a 1,000-page booklet from a 400-page one (the entry-count guess cannot)", () => {
    expect(pagesFromText(booklet(1_430_000), "A5")).toBeGreaterThan(1100);
    expect(pagesFromText(booklet(480_000), "A5")).toBeLessThan(1000);
  });
});
