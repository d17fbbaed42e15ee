import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, type TempData, TRI_CITY, tempDataDir, tempDir } from "../helpers/data-dir.ts";
import { startServer, type TestServer } from "../helpers/http-server.ts";

let server: TestServer;
let data: TempData;
const cache = tempDir("annuaire-links-cmd-");

/** The real CLI, asynchronously, so the test server can answer while it runs. */
function run(args: string[]): Promise<{ status: number; stdout: string }> {
  return new Promise((resolve) => {
    let stdout = "";
    const child = spawn(process.execPath, [path.join(ROOT, "bin/annuaire.js"), ...args], {
      cwd: ROOT,
      env: { ...process.env, ANNUAIRE_CACHE_DIR: cache, ANNUAIRE_LANG: "en" },
    });
    child.stdout.on("data", (d) => (stdout += d));
    child.on("close", (code) => resolve({ status: code ?? 1, stdout }));
  });
}

beforeAll(async () => {
  server = await startServer({
    "/ok": (_req, res) => res.end("ok"),
    "/old": (_req, res) => {
      res.writeHead(301, { location: "/ok" });
      res.end();
    },
  });
  data = tempDataDir(TRI_CITY);
  const set = (id: string, from: string, to: string) => {
    const file = path.join(data.dir, "initiatives", `${id}.yaml`);
    data.write(`initiatives/${id}.yaml`, readFileSync(file, "utf8").replace(from, to));
  };
  set("potager-zephyr", "website: https://zephyr.example.org/", `website: ${server.url("/ok")}`);
  set("repair-cafe-quasar", "website: https://quasar.example.org/", `website: ${server.url("/old")}`);
});
afterAll(async () => {
  await server.close();
  data.cleanup();
  rmSync(cache, { recursive: true, force: true });
});

describe("annuaire check-links", { timeout: 60_000 }, () => {
  it("exits 0 when nothing is broken, reporting moved links per entry", async () => {
    const { status, stdout } = await run(["check-links", data.dir, "--timeout", "2000"]);
    expect(status, stdout).toBe(0);
    expect(stdout).toContain("2 links checked: 0 broken, 1 moved, 1 fine.");
    expect(stdout).toMatch(
      /#### repair-cafe-quasar .*\n\n- website http:\/\/127\.0\.0\.1:\d+\/old — moved 200 \(301 → http:\/\/127\.0\.0\.1:\d+\/ok\)/,
    );
  });

  it("exits 1 on a broken link, and writes JSON and GitHub annotations", async () => {
    const file = path.join(data.dir, "initiatives/potager-zephyr.yaml");
    data.write(
      "initiatives/potager-zephyr.yaml",
      readFileSync(file, "utf8").replace(/website: (\S+)\/ok/, "website: $1/gone"),
    );
    const json = await run(["check-links", data.dir, "--format", "json", "--timeout", "2000"]);
    expect(json.status).toBe(1);
    const rows = JSON.parse(json.stdout) as { initiative: string; state: string; status: number }[];
    expect(rows.find((r) => r.initiative === "potager-zephyr")).toMatchObject({ state: "client-error", status: 404 });
    const github = await run(["check-links", data.dir, "--format", "github", "--timeout", "2000"]);
    expect(github.stdout).toMatch(/^::error file=.*initiatives\/potager-zephyr\.yaml,title=Broken link::website/m);
    expect(github.stdout).toMatch(/^::warning file=.*initiatives\/repair-cafe-quasar\.yaml,title=Moved link::/m);
  });
});
