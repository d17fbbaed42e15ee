// Look at pages as a reader would: `npm run screenshot -- SITE_DIR /fr/ /nl/map/ …` writes PNGs to .cache/shots/.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launchBrowser } from "./lib/browser.ts";
import { serveStatic } from "./lib/static-server.ts";

const [root = "_site", ...pages] = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 390);
const out = path.resolve(".cache/shots");
mkdirSync(out, { recursive: true });
const server = await serveStatic(root);
const { browser, close } = await launchBrowser({ javascript: !process.env.NOJS });
try {
  for (const page of pages.length ? pages : ["/fr/"]) {
    const tab = await browser.newPage();
    await tab.setViewport({ width, height: 800, deviceScaleFactor: 1 });
    await tab.goto(`${server.url}${page}`, { waitUntil: "networkidle0" });
    const file = path.join(out, `${page.replace(/[^a-z0-9]+/gi, "_")}${width}.png`);
    await tab.screenshot({ path: file as `${string}.png`, fullPage: true });
    process.stdout.write(`${file}\n`);
    await tab.close();
  }
} finally {
  await close();
  await server.close();
}
