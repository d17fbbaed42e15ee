// Rebuilding: unchanged booklets are skipped, a changed entry re-renders only the booklets that hold it,
// and an address made private disappears from every output, PDFs included.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { annuaire } from "../helpers/cli.ts";
import { TODAY, TRI_CITY, tempDataDir, tempDir } from "../helpers/data-dir.ts";
import { listFiles, readableText } from "../helpers/files.ts";

const data = tempDataDir(TRI_CITY);
const out = path.join(tempDir(), "site");
afterAll(() => data.cleanup());

let lastStderr = "";
function build(...extra: string[]): { rendered: number; unchanged: number; pdfs: number } {
  const result = annuaire(["build", "--data", data.dir, "--out", out, "--today", TODAY, ...extra]);
  expect(result.status, result.stderr).toBe(0);
  lastStderr = result.stderr;
  const m = /(\d+) PDFs \((\d+) rendered, (\d+) unchanged\)/.exec(result.stdout);
  return m
    ? { pdfs: Number(m[1]), rendered: Number(m[2]), unchanged: Number(m[3]) }
    : { pdfs: 0, rendered: 0, unchanged: 0 };
}

const index = () =>
  JSON.parse(readFileSync(path.join(out, "print/index.json"), "utf8")) as {
    booklets: { path: string; entryIds: string[] }[];
  };
const CANARY = "Rue Canari 99";
const everywhere = (needle: string) =>
  listFiles(out)
    .filter((f) => readableText(f).includes(needle))
    .map((f) => path.relative(out, f));

describe("print: rebuilding", () => {
  it("renders everything the first time, then skips every unchanged booklet", () => {
    const first = build();
    expect(first.rendered).toBe(first.pdfs);
    // The build says which entries stay off paper, and why.
    expect(lastStderr).toContain("Left out of the booklets: ancien-troc-comete (status: closed)");
    expect(lastStderr).toContain("Left out of the booklets: hors-papier-meteore (print: false)");
    expect(lastStderr).toContain("Left out of the booklets: vieux-jardin-saturne (verified more than 18 months ago)");
    const second = build();
    expect(second).toEqual({ pdfs: first.pdfs, rendered: 0, unchanged: first.pdfs });
  });

  it("re-renders only the booklets that contain a changed entry (its address shows in every language)", () => {
    const file = "initiatives/cantine-pulsar.yaml";
    writeFileSync(
      path.join(data.dir, file),
      readFileSync(path.join(data.dir, file), "utf8").replace("Avenue de la Soupe 7", "Avenue de la Soupe 9"),
    );
    const holding = index().booklets.filter((b) => b.entryIds.includes("cantine-pulsar")).length;
    const result = build();
    expect(holding).toBeGreaterThan(5);
    expect(result.rendered).toBe(holding);
    expect(result.unchanged).toBe(result.pdfs - holding);
  });

  it("removes an address from every page, data file, search index and PDF once the group is made private", () => {
    const file = "initiatives/velo-nebuleuse.yaml";
    const original = readFileSync(path.join(data.dir, file), "utf8");
    writeFileSync(
      path.join(data.dir, file),
      original.replace(
        "place: { public: false }",
        // The place's name is searched (its street address is not): the canary reaches the index too.
        `place: { public: true, name: Salle ${CANARY}, address: ${CANARY}, postcode: "9102", lat: 50.0512, lon: 4.1517 }`,
      ),
    );
    build();
    // The canary is really published while public: the check below can fail.
    const published = everywhere(CANARY);
    expect(published.some((f) => f.endsWith(".pdf"))).toBe(true);
    expect(published.some((f) => f.startsWith("data/"))).toBe(true);
    expect(published.some((f) => f.startsWith("pagefind/"))).toBe(true);

    writeFileSync(path.join(data.dir, file), original);
    build("--only", "site");
    expect(everywhere(CANARY)).toEqual([]);
    expect(everywhere("50.0512")).toEqual([]);
    build();
    expect(everywhere(CANARY)).toEqual([]);
    expect(everywhere("4.1517")).toEqual([]);
  });

  it("leaves the last good output untouched when the data is broken", () => {
    const before = listFiles(out).map((f) => [path.relative(out, f), readFileSync(f).length]);
    writeFileSync(path.join(data.dir, "initiatives/broken.yaml"), "name: [unclosed\n");
    const result = annuaire(["build", "--data", data.dir, "--out", out, "--today", TODAY]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("initiatives/broken.yaml:");
    expect(result.stderr).toContain("Build stopped");
    expect(listFiles(out).map((f) => [path.relative(out, f), readFileSync(f).length])).toEqual(before);
    expect(listFiles(path.dirname(out)).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });
});
