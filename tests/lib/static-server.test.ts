// The dev/test server never serves a file from outside its folder, however the path is spelled.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, resolveRequest, serveStatic } from "../../scripts/lib/static-server.ts";

// parent/site is served; parent/site-secret and parent/outside sit beside it. "site-secret" starts with
// "site", the case a string-prefix containment test lets through.
let parent: string;
let site: string;
let server: RunningServer;
const SECRET = "SECRET-OUTSIDE-THE-SITE";

beforeAll(async () => {
  parent = mkdtempSync(path.join(tmpdir(), "annuaire-serve-"));
  site = path.join(parent, "site");
  mkdirSync(path.join(site, "fr", "page"), { recursive: true });
  mkdirSync(path.join(parent, "site-secret"));
  mkdirSync(path.join(parent, "outside"));
  writeFileSync(path.join(site, "index.html"), "<html><body>home</body></html>");
  writeFileSync(path.join(site, "404.html"), "<html><body>not found page</body></html>");
  writeFileSync(path.join(site, "fr", "page", "index.html"), "<html><body>page fr</body></html>");
  writeFileSync(path.join(site, "style.css"), "body{}");
  writeFileSync(path.join(site, ".env"), SECRET);
  writeFileSync(path.join(parent, "site-secret", "file.txt"), SECRET);
  writeFileSync(path.join(parent, "outside", "file.txt"), SECRET);
  writeFileSync(path.join(parent, "secret.txt"), SECRET);
  symlinkSync(path.join(parent, "outside"), path.join(site, "link-dir"));
  symlinkSync(path.join(parent, "secret.txt"), path.join(site, "link-file.txt"));
  symlinkSync(path.join(site, "style.css"), path.join(site, "inner-link.css"));
  server = await serveStatic(site, 0, () => ({ "x-test": "yes" }));
});
afterAll(async () => {
  await server?.close();
  rmSync(parent, { recursive: true, force: true });
});

/** A raw request: the path is sent exactly as written (fetch would normalise it first). */
function get(rawPath: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path: rawPath, method: "GET" }, (response) => {
      let body = "";
      response.on("data", (c) => (body += c));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("static server: serving", () => {
  it("serves files, folders as index.html, redirects a folder without its slash, and 404.html otherwise", async () => {
    expect((await get("/")).body).toContain("home");
    const page = await get("/fr/page/");
    expect(page.status).toBe(200);
    expect(page.body).toContain("page fr");
    expect(page.headers["x-test"]).toBe("yes");
    expect(page.headers["content-type"]).toContain("text/html");
    const redirect = await get("/fr/page");
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe("/fr/page/");
    const missing = await get("/nope/");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("not found page");
    expect(missing.headers["x-test"]).toBe("yes");
    expect((await get("/style.css")).headers["content-type"]).toContain("text/css");
  });

  it("follows a symbolic link that stays inside the folder", async () => {
    expect(await get("/inner-link.css")).toMatchObject({ status: 200, body: "body{}" });
  });
});

describe("static server: no path out of the folder", () => {
  const attempts = [
    "/../secret.txt",
    "/..%2Fsecret.txt",
    "/..%2fsite-secret/file.txt",
    "/..%2Fsite-secret%2Ffile.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/fr/%2e%2e/%2e%2e/secret.txt",
    "/..%5Csecret.txt",
    "/..%5csite-secret%5cfile.txt",
    "/%5C..%5Csecret.txt",
    "/..\\secret.txt",
    "/%2F..%2Fsecret.txt",
    "//etc/passwd",
    "/%2Fetc%2Fpasswd",
    `/${encodeURIComponent(path.join(tmpdir()))}/secret.txt`,
    "/link-dir/file.txt",
    "/link-file.txt",
    "/.env",
    "/secret.txt%00.html",
    "/%252e%252e/secret.txt",
  ];
  it.each(attempts)("%s gets no file from outside", async (attempt) => {
    const response = await get(attempt);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toMatch(/root:x:0:0/);
    expect(response.status).not.toBe(200);
  });

  it("resolves the sibling-folder trick to a refusal, not to the sibling's file", () => {
    expect(resolveRequest(site, "/..%2Fsite-secret/file.txt")).toEqual({ kind: "refused", status: 403 });
    expect(resolveRequest(site, "/link-dir/file.txt")).toEqual({ kind: "refused", status: 403 });
    expect(resolveRequest(site, "/fr/page/")).toMatchObject({ kind: "file", url: "/fr/page/index.html" });
  });
});
