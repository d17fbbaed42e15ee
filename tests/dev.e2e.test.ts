// `annuaire dev`: serves the site on 127.0.0.1, rebuilds when data changes and tells open pages to reload.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OTHER_CITY, ROOT, TODAY, tempDataDir, tempDir } from "./helpers/data-dir.ts";

const waitFor = (check: () => boolean, ms: number, what: () => string) =>
  new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const tick = () =>
      check()
        ? resolve()
        : Date.now() - started > ms
          ? reject(new Error(`timed out: ${what()}`))
          : setTimeout(tick, 100);
    tick();
  });

describe("annuaire dev", () => {
  it("serves the site, rebuilds on a data change and pushes a reload", async () => {
    const data = tempDataDir(OTHER_CITY);
    const port = 18000 + Math.floor(Math.random() * 2000);
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, "bin/annuaire.js"),
        "dev",
        "--data",
        data.dir,
        "--out",
        path.join(tempDir(), "site"),
        "--port",
        String(port),
        "--today",
        TODAY,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    try {
      await waitFor(
        () => output.includes("Serving"),
        60_000,
        () => output,
      );
      const page = await (await fetch(`http://127.0.0.1:${port}/en/initiatives/moestuin-noord/`)).text();
      expect(page).toContain('<script src="/__annuaire/reload.js"></script></body>');
      expect(page).toContain("A made-up vegetable garden for testing.");

      let events = "";
      const request = http.get(`http://127.0.0.1:${port}/__annuaire/events`, (response) =>
        response.on("data", (chunk) => (events += chunk)),
      );
      await waitFor(
        () => events.includes("connected"),
        5_000,
        () => `events: ${events}`,
      );
      const file = path.join(data.dir, "initiatives/moestuin-noord.yaml");
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace("A made-up vegetable garden for testing.", "A made-up garden edited live."),
      );
      await waitFor(
        () => events.includes("event: reload"),
        60_000,
        () => `events: ${events}; output: ${output}`,
      );
      request.destroy();
      expect(await (await fetch(`http://127.0.0.1:${port}/en/initiatives/moestuin-noord/`)).text()).toContain(
        "A made-up garden edited live.",
      );
    } finally {
      child.kill("SIGINT");
      data.cleanup();
    }
  });
});
