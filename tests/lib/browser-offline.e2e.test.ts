// The print browser loads nothing from the network: a booklet whose HTML points at a server on
// 127.0.0.1 (image, stylesheet, font, script, iframe, fetch, beacon) is printed through the real
// print path, and the server records no hit. A page served by that same server does reach it, so
// the counter is shown to work.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlToPdf } from "../../print/render.ts";
import { type LaunchedBrowser, launchBrowser } from "../../scripts/lib/browser.ts";

let server: Server;
let base: string;
const hits: string[] = [];
let chromium: LaunchedBrowser;

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? "");
    if (request.url?.endsWith(".png")) response.writeHead(200, { "content-type": "image/png" }).end(PNG);
    else if (request.url === "/page.html")
      response.writeHead(200, { "content-type": "text/html" }).end(`<img src="/x.png"><p>served</p>`);
    else response.writeHead(200, { "content-type": "text/plain" }).end("");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  chromium = await launchBrowser();
});
afterAll(async () => {
  await chromium?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("the print browser", () => {
  it("prints a booklet that references a local server without a single request reaching it", async () => {
    const booklet = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${base}/style.css">
<style>@font-face { font-family: X; src: url(${base}/font.woff2); } body { font-family: X; background: url(${base}/bg.png); }</style>
<script src="${base}/script.js"></script>
<script>fetch("${base}/fetch").catch(() => {}); navigator.sendBeacon?.("${base}/beacon"); new Image().src = "${base}/js.png";</script>
</head><body>
<h1>Booklet</h1><img src="${base}/x.png" alt="x"><iframe src="${base}/frame.html"></iframe>
<img src="https://example.org/remote.png" alt="remote">
<img src="data:image/png;base64,${PNG.toString("base64")}" alt="inline data is fine">
</body></html>`;
    const tab = await chromium.browser.newPage();
    const pdf = await htmlToPdf(tab, booklet).finally(() => tab.close());
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
    await new Promise((r) => setTimeout(r, 300));
    expect(hits).toEqual([]);
  });

  it("does reach the server from a page that the server itself serves (the counter counts)", async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${base}/page.html`, { waitUntil: "networkidle0" });
    await page.close();
    expect(hits).toEqual(expect.arrayContaining(["/page.html", "/x.png"]));
  });
});
