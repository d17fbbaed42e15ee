import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLinks, checkUrl, formatLinkReport, type LinkTarget } from "../../scripts/agenda/link-check.ts";
import { tempDir } from "../helpers/data-dir.ts";
import { deadPort, notTlsServer, startServer, type TestServer } from "../helpers/http-server.ts";

let server: TestServer;
let notTls: Awaited<ReturnType<typeof notTlsServer>>;
let flakyCalls = 0;
let active = 0;
let maxActive = 0;
const dir = tempDir("annuaire-links-");

beforeAll(async () => {
  const redirect =
    (to: string, status = 301) =>
    (_req: unknown, res: import("node:http").ServerResponse) => {
      res.writeHead(status, { location: to });
      res.end();
    };
  server = await startServer({
    "/ok": (_req, res) => res.end("fine"),
    "/a": redirect("/b"),
    "/b": redirect("/c", 302),
    "/c": (_req, res) => res.end("moved here"),
    "/to-404": redirect("/gone"),
    "/error": (_req, res) => {
      res.writeHead(500);
      res.end();
    },
    "/flaky": (_req, res) => {
      flakyCalls++;
      res.writeHead(flakyCalls === 1 ? 503 : 200);
      res.end();
    },
    "/slow": (_req, res) => {
      setTimeout(() => res.end("late"), 3000);
    },
    "/calendar.ics": (_req, res) => {
      res.writeHead(200, { "content-type": "text/calendar" });
      res.end("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    },
    "/busy": (_req, res) => {
      active++;
      maxActive = Math.max(maxActive, active);
      setTimeout(() => {
        active--;
        res.end("ok");
      }, 100);
    },
  });
  notTls = await notTlsServer();
});
afterAll(async () => {
  await server.close();
  await notTls.close();
  rmSync(dir, { recursive: true, force: true });
});

const fast = { timeoutMs: 500, retryDelayMs: 10 };

describe("checkUrl", () => {
  it("says a working page works, and a calendar endpoint too", async () => {
    expect(await checkUrl(server.url("/ok"), fast)).toMatchObject({ state: "ok", status: 200, chain: [] });
    expect(await checkUrl(server.url("/calendar.ics"), fast)).toMatchObject({ state: "ok", status: 200 });
  });
  it("follows a chain of 301 and 302 and reports every hop and where it ends", async () => {
    expect(await checkUrl(server.url("/a"), fast)).toEqual({
      url: server.url("/a"),
      state: "redirect",
      status: 200,
      chain: [
        { url: server.url("/a"), status: 301 },
        { url: server.url("/b"), status: 302 },
      ],
      final: server.url("/c"),
    });
  });
  it("reports 404 (also at the end of a redirect) and 500", async () => {
    expect(await checkUrl(server.url("/nothing-here"), fast)).toMatchObject({ state: "client-error", status: 404 });
    expect(await checkUrl(server.url("/to-404"), fast)).toMatchObject({
      state: "client-error",
      status: 404,
      final: server.url("/gone"),
    });
    expect(await checkUrl(server.url("/error"), fast)).toMatchObject({ state: "server-error", status: 500 });
  });
  it("retries once, so a passing 503 is not reported", async () => {
    expect(await checkUrl(server.url("/flaky"), fast)).toMatchObject({ state: "ok" });
    expect(flakyCalls).toBe(2);
  });
  it("reports a slow server as a timeout, a dead port as refused, and a TLS failure", async () => {
    const started = Date.now();
    expect(await checkUrl(server.url("/slow"), { ...fast, retries: 0 })).toMatchObject({ state: "timeout" });
    expect(Date.now() - started).toBeLessThan(2000);
    const port = await deadPort();
    expect(await checkUrl(`http://127.0.0.1:${port}/`, fast)).toMatchObject({ state: "refused" });
    expect(await checkUrl(`https://127.0.0.1:${notTls.port}/`, fast)).toMatchObject({ state: "tls" });
  });
});

describe("checkLinks", () => {
  const targets = (paths: string[]): LinkTarget[] =>
    paths.map((p, n) => ({
      initiative: `entry-${n}`,
      file: `initiatives/entry-${n}.yaml`,
      field: "website",
      url: server.url(p),
    }));

  it("keeps at most two requests at a time on one host", async () => {
    maxActive = 0;
    const list = targets(["/busy?1", "/busy?2", "/busy?3", "/busy?4", "/busy?5", "/busy?6"]);
    const results = await checkLinks(list, fast);
    expect(results.size).toBe(6);
    expect(maxActive).toBe(2);
  });

  it("reuses results younger than the maximum age and says how old they are", async () => {
    const cacheFile = path.join(dir, "links.json");
    const list = targets(["/ok", "/error"]);
    let clock = Date.parse("2026-11-30T10:00:00Z");
    await checkLinks(list, { ...fast, cacheFile, now: () => clock });
    const okHits = server.hits.get("/ok");
    clock += 5 * 3_600_000;
    const again = await checkLinks(list, { ...fast, cacheFile, maxAgeMs: 24 * 3_600_000, now: () => clock });
    expect(server.hits.get("/ok")).toBe(okHits);
    expect(again.get(server.url("/ok"))).toMatchObject({ fromCache: true, checkedAt: "2026-11-30T10:00:00.000Z" });
    const report = formatLinkReport(list, again, "md", { now: clock });
    expect(report).toContain("2 links checked: 1 broken, 0 moved, 1 fine.");
    expect(report).toMatch(
      /#### entry-1 \(`data\/initiatives\/entry-1.yaml`\)\n\n- website .*\/error — server error 500; checked 5 h ago/,
    );
    const github = formatLinkReport(list, again, "github", { now: clock });
    expect(github).toMatch(/^::error file=data\/initiatives\/entry-1.yaml,title=Broken link::website/m);
  });
});

describe("an offline checking machine", () => {
  it("is told apart from broken links in the report", async () => {
    const { looksOffline, OFFLINE_NOTE } = await import("../../scripts/agenda/link-check.ts");
    const list: LinkTarget[] = ["a", "b", "c"].map((x) => ({
      initiative: `entry-${x}`,
      file: `initiatives/entry-${x}.yaml`,
      field: "website",
      url: `http://${x}.fictional.invalid/`,
    }));
    // What every address looks like from a machine without DNS (no lookup is made here).
    const results = new Map(
      list.map((t) => [
        t.url,
        { url: t.url, state: "dns" as const, chain: [], error: "ENOTFOUND", checkedAt: "2026-11-30T00:00:00.000Z" },
      ]),
    );
    expect(looksOffline(results)).toBe(true);
    expect(formatLinkReport(list, results, "md")).toContain(OFFLINE_NOTE);
    results.set(list[0]!.url, { ...results.get(list[0]!.url)!, state: "client-error" as never });
    expect(looksOffline(results)).toBe(false);
  });
});
