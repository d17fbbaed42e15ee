// Finding and starting a real Chromium for printing (and for the tests). Order: PUPPETEER_EXECUTABLE_PATH,
// a system Chrome/Chromium, a browser fetched with @puppeteer/browsers into the cache, else a clear error.
// Every page it opens is fenced off the network (see `fence`): a booklet printed from a file:// page
// loads only file:// and data: URLs, so nothing in the data can make the printer call out.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type HTTPRequest, type Page } from "puppeteer-core";

const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

export class NoBrowserError extends Error {
  constructor() {
    super(
      [
        "No Chromium or Chrome browser was found, and the PDF booklets need one.",
        "Install one, then build again:",
        "  Debian/Ubuntu:  sudo apt-get install chromium",
        "  anywhere with internet:  npx @puppeteer/browsers install chrome-headless-shell@stable",
        "or point to a browser you have:  PUPPETEER_EXECUTABLE_PATH=/path/to/chrome npm run build",
        "(To build only the website meanwhile: annuaire build --only site.)",
      ].join("\n"),
    );
  }
}

/** Browsers installed by `npx @puppeteer/browsers install chrome-headless-shell@stable` (newest first). */
function fetchedBrowsers(): string[] {
  const roots = [
    path.join(process.cwd(), "chrome-headless-shell"),
    path.join(homedir(), ".cache/puppeteer/chrome-headless-shell"),
  ];
  const found: string[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const version of readdirSync(root).sort().reverse()) {
      const dir = path.join(root, version);
      for (const sub of existsSync(dir) ? readdirSync(dir) : []) {
        const exe = path.join(dir, sub, "chrome-headless-shell");
        if (existsSync(exe)) found.push(exe);
      }
    }
  }
  return found;
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PUPPETEER_EXECUTABLE_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = [...SYSTEM_PATHS, ...fetchedBrowsers()].find((p) => existsSync(p));
  if (!found) throw new NoBrowserError();
  return found;
}

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** One headless browser with a fresh profile and no background network traffic. */
export async function launchBrowser(options: { javascript?: boolean } = {}): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), "annuaire-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    userDataDir: profile,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
      "--font-render-hinting=none",
      ...(options.javascript === false ? ["--blink-settings=scriptEnabled=false"] : []),
    ],
  });
  // Fence every page before the caller can navigate it (print/render.ts calls browser.newPage()).
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args: Parameters<Browser["newPage"]>) => {
    const page = await newPage(...args);
    await fence(page);
    return page;
  };
  return {
    browser,
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
const isLoopbackHttp = (url: URL) =>
  (url.protocol === "http:" || url.protocol === "https:") && LOOPBACK.has(url.hostname);
const ALWAYS = new Set(["data:", "blob:", "about:"]);

/**
 * Request interception for one page: until it is sent to a page on 127.0.0.1, it loads only file:,
 * data:, blob: and about: URLs — a booklet (a file:// page) cannot reach any server, not even a local
 * one. Pages that `goto` an http://127.0.0.1 address (the tests, the screenshots) are let through
 * without interception: Chromium does not route a dedicated worker's requests (Pagefind's) through
 * page-level interception, so they would hang.
 */
export async function fence(page: Page): Promise<void> {
  let intercepting = true;
  // A caller that intercepts requests itself (a test answering for a remote service) keeps interception on.
  let callerIntercepts = false;
  const setInterception = page.setRequestInterception.bind(page);
  page.setRequestInterception = async (value: boolean) => {
    callerIntercepts = value;
    if (value || !intercepting) await setInterception(value);
  };
  await setInterception(true);
  page.on("request", (request: HTTPRequest) => {
    if (!intercepting || request.isInterceptResolutionHandled()) return;
    let protocol = "";
    try {
      protocol = new URL(request.url()).protocol;
    } catch {}
    if (protocol === "file:" || ALWAYS.has(protocol)) void request.continue();
    else void request.abort("blockedbyclient");
  });
  const goto = page.goto.bind(page);
  page.goto = async (url: string, options?: Parameters<Page["goto"]>[1]) => {
    if (intercepting && isLoopbackHttp(new URL(url))) {
      intercepting = false;
      if (!callerIntercepts) await setInterception(false);
    }
    return goto(url, options);
  };
}
