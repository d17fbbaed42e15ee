import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findBrowser, NoBrowserError } from "../../scripts/lib/browser.ts";
import { annuaire } from "../helpers/cli.ts";
import { OTHER_CITY, TODAY, tempDir } from "../helpers/data-dir.ts";

describe("finding a browser for the PDFs", () => {
  it("uses PUPPETEER_EXECUTABLE_PATH first", () => {
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: process.execPath })).toBe(process.execPath);
  });

  it("says clearly when PUPPETEER_EXECUTABLE_PATH points nowhere, and the build stops without output", () => {
    const out = `${tempDir()}/site`;
    const result = annuaire(["build", "--data", OTHER_CITY, "--out", out, "--today", TODAY], {
      env: { PUPPETEER_EXECUTABLE_PATH: "/no/such/chrome" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("PUPPETEER_EXECUTABLE_PATH points to /no/such/chrome, which does not exist.");
    expect(existsSync(out)).toBe(false);
  });

  it("tells how to install a browser when there is none", () => {
    const message = new NoBrowserError().message;
    expect(message).toContain("sudo apt-get install chromium");
    expect(message).toContain("npx @puppeteer/browsers install chrome-headless-shell@stable");
    expect(message).toContain("annuaire build --only site");
  });
});
