// Atomic and deterministic, shown by killing builds. A build of changed data is killed with SIGKILL at
// three moments (its temporary folder just made, pages being written, search index being built):
// each time the previous output is still there byte for byte, with nothing half-written in it. The
// next build clears what the killed ones left beside it, and gives byte-identical files to the first
// build of the same data (HTML, JSON, CSV, search index, and ICS/Atom feeds when there are any).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { annuaire } from "./helpers/cli.ts";
import { ROOT, TODAY, TRI_CITY, tempDataDir, tempDir } from "./helpers/data-dir.ts";
import { listFiles } from "./helpers/files.ts";

const parent = tempDir("annuaire-atomic-");
const out = path.join(parent, "site");
const changed = tempDataDir(TRI_CITY);
changed.write(
  "initiatives/potager-zephyr.yaml",
  readFileSync(path.join(TRI_CITY, "initiatives/potager-zephyr.yaml"), "utf8").replace(
    "Un potager collectif inventé",
    "Un potager CHANGÉ inventé",
  ),
);
afterAll(() => {
  changed.cleanup();
  rmSync(parent, { recursive: true, force: true });
});

/** Path → sha256 of every file under `root`. */
const snapshot = (root: string) =>
  new Map(
    listFiles(root).map((f) => [path.relative(root, f), createHash("sha256").update(readFileSync(f)).digest("hex")]),
  );

const build = (data: string) => annuaire(["build", "--only", "site", "--data", data, "--out", out, "--today", TODAY]);

/** Starts a build of the changed data and SIGKILLs it (and its children) once `moment(tmp)` is true. */
function killBuildWhen(moment: (tmp: string) => boolean): Promise<{ tmp: string; seen: boolean }> {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "bin/annuaire.js"),
      "build",
      "--only",
      "site",
      "--data",
      changed.dir,
      "--out",
      out,
      "--today",
      TODAY,
    ],
    { cwd: ROOT, detached: true, stdio: "ignore", env: { ...process.env, ANNUAIRE_QUIET: "1" } },
  );
  const tmp = `${out}.tmp-${child.pid}`;
  return new Promise((resolve, reject) => {
    let done = false;
    child.on("exit", () => {
      if (!done) reject(new Error("the build finished before the moment to kill it came"));
    });
    const poll = () => {
      if (done) return;
      let now = false;
      try {
        now = existsSync(tmp) && moment(tmp);
      } catch {}
      if (!now) return void setTimeout(poll, 5);
      done = true;
      process.kill(-child.pid!, "SIGKILL");
      child.on("exit", () => resolve({ tmp, seen: true }));
    };
    poll();
  });
}

const countHtml = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(".html"))
    .length;

describe("a build killed half-way", () => {
  let first: Map<string, string>;

  it("starts from a complete first build", () => {
    const result = build(TRI_CITY);
    expect(result.status, result.stderr).toBe(0);
    first = snapshot(out);
    expect([...first.keys()].filter((f) => f.endsWith(".html")).length).toBeGreaterThan(50);
  });

  it.each([
    ["its temporary folder has just appeared", () => true],
    ["pages are being written", (tmp: string) => countHtml(tmp) >= 10],
    // Open data is written just before the search index, which takes a second or more to build.
    ["the search index is being built", (tmp: string) => existsSync(path.join(tmp, "data", "README.txt"))],
  ])("leaves the previous output intact when killed as %s", async (_moment, moment) => {
    const { tmp } = await killBuildWhen(moment);
    // Nothing of the killed build is in the published folder: same files, same bytes.
    expect(snapshot(out)).toEqual(first);
    expect(readFileSync(path.join(out, "fr/initiatives/potager-zephyr/index.html"), "utf8")).not.toContain("CHANGÉ");
    // What it left is a temporary folder beside the output, which the next build removes.
    expect(existsSync(tmp)).toBe(true);
  });

  it("is cleaned up by the next build, which writes the same bytes as the first build of the same data", () => {
    const leftovers = () => readdirSync(parent).filter((n) => n.startsWith("site.tmp-"));
    expect(leftovers().length).toBeGreaterThan(0);
    const result = build(TRI_CITY);
    expect(result.status, result.stderr).toBe(0);
    expect(leftovers()).toEqual([]);
    const second = snapshot(out);
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([f, hash]) => second.get(f) !== hash).map(([f]) => f);
    expect(differing).toEqual([]);
    const kinds = new Set([...first.keys()].map((f) => path.extname(f)));
    // Pages, open data, and the agenda's iCalendar and Atom feeds: all compared byte for byte above.
    for (const kind of [".html", ".json", ".csv", ".geojson", ".ics", ".xml"]) expect(kinds).toContain(kind);
    expect([...first.keys()]).toContain("fr/feed.xml");
  });
});

describe("an interrupted swap", () => {
  it("puts the previous output back when a build died between its two renames", async () => {
    const { recoverInterrupted } = await import("../scripts/build.ts");
    const before = snapshot(out);
    // What swap() leaves if killed after its first rename: the output moved aside, nothing in its place.
    const { renameSync } = await import("node:fs");
    const dead = 2 ** 22 + 12345; // a pid no process has here
    renameSync(out, `${out}.old-${dead}-${Date.now()}`);
    expect(existsSync(out)).toBe(false);
    recoverInterrupted(out);
    expect(snapshot(out)).toEqual(before);
  });

  it("puts the booklets back when an incremental commit died between moving them out and in", async () => {
    const { recoverInterrupted } = await import("../scripts/build.ts");
    const { mkdirSync, renameSync, writeFileSync } = await import("node:fs");
    const dead = 2 ** 22 + 12346;
    const trash = `${out}.trash-${dead}-${Date.now()}`;
    mkdirSync(path.join(out, "print"), { recursive: true });
    writeFileSync(path.join(out, "print", "index.json"), "{}");
    const before = snapshot(out);
    // What commitIncremental leaves if killed right after its first move.
    mkdirSync(trash);
    renameSync(path.join(out, "print"), path.join(trash, "print"));
    recoverInterrupted(out);
    expect(snapshot(out)).toEqual(before);
    expect(existsSync(trash)).toBe(false);
    // A trash folder is never taken for a previous output.
    mkdirSync(path.join(`${out}.trash-${dead}-1`, "unchanged"), { recursive: true });
    recoverInterrupted(out);
    expect(existsSync(`${out}.trash-${dead}-1`)).toBe(false);
    expect(snapshot(out)).toEqual(before);
  });
});
