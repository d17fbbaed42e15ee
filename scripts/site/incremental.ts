// The incremental site rebuild. A build leaves a small state file in the output: a fingerprint of
// everything every page depends on (code, site settings, communes, sectors, the agenda, which entry is
// in which list, …), and for each page whose inputs are known — an initiative's pages, its short link
// and calendar, the list, embed and agenda-filter pages — a fingerprint of the entries it shows. The
// next build compares: when the shared fingerprint is the same, only the pages whose own fingerprint
// changed are rendered (straight from their templates), plus the few pages that read the whole
// directory (home, map, news, feeds, sitemap…), and only files whose bytes differ are written into
// the live output. The search index is written again only when a search document changed.
//
// Correctness first: tests/site/incremental.e2e.test.ts compares the output of an incremental rebuild
// with a full build of the same data, byte for byte, for edits of every kind.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { AssetManifest } from "../../templates/lib/context.ts";
import type { PageEntry, PageTypeName } from "../plan/index.ts";
import type { PageJob } from "./page-templates.ts";
import { installLanguages } from "./search-index.ts";
import type { SiteData } from "./site-data.ts";

/** Where the state lives in the output. It holds hashes of public data only. */
export const STATE_FILE = ".annuaire-site.json";
const STATE_VERSION = 1;
const ROOT = path.resolve(import.meta.dirname, "../..");

export interface SiteState {
  version: number;
  /** What every page depends on. */
  shared: string;
  /** Initiative page URL → fingerprint of its search document. */
  search: Record<string, string>;
  /** Output path → fingerprint of what that page shows, for pages whose inputs are known. */
  pages: Record<string, string>;
}

/** The code that renders the site: any change to it means a full build. Read from the folders. */
function siteCode(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(ts|js|css|svg|md|json)$/.test(name)) hash.update(name).update(readFileSync(file));
    }
  };
  for (const dir of ["scripts", "templates", "content"]) walk(path.join(ROOT, dir));
  hash.update(readFileSync(path.join(ROOT, "package-lock.json")));
  return hash.digest("hex");
}
let code: string | undefined;

const digest = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 22);

type Deps = (data: SiteData, p: PageEntry) => string[] | undefined;
const members = (data: SiteData, p: PageEntry) => {
  const { kind, id } = p as PageEntry<{ kind?: "communes" | "regions" | "sectors"; id?: string }>;
  return kind && id ? data.initiativesOf(kind, id).map((i) => i.id) : undefined;
};

/**
 * The entries each page type shows, besides what every page shares. A page type missing here is
 * rendered on every rebuild (then written only if its bytes changed): home, map, agenda, news, feeds…
 */
const DEPS: Partial<Record<PageTypeName, Deps>> = {
  initiatives: (data, p) => {
    const { initiative: i } = p as PageEntry<{ initiative: import("../model/model.ts").Initiative }>;
    return [i.id, ...(i.related ?? []), ...data.nearby(i).map((x) => x.id)];
  },
  short: (_data, p) => [(p as PageEntry<{ id: string }>).id],
  lists: members,
  embeds: members,
  agendaLists: members,
  calendars: (data, p) => {
    const { kind, id } = p as PageEntry<{ kind?: string; id?: string }>;
    return kind === "initiatives" && id ? [id] : members(data, p);
  },
};
/** Page types that also show the booklets' pages and sizes. */
const SHOWS_BOOKLETS = new Set<PageTypeName>(["lists"]);

export function siteState(data: SiteData, jobs: readonly PageJob[], assets: AssetManifest): SiteState {
  code ??= siteCode();
  const m = data.model;
  const withEvents = new Set(m.events.map((e) => e.initiative));
  const { bookletIndex, ...options } = data.options;
  const shared = digest(
    JSON.stringify([
      STATE_VERSION,
      code,
      // Dates, numbers, sorting and time zones come from Node's ICU and tz data.
      [process.versions.node, process.versions.icu, process.versions.tz],
      m.site,
      m.regions,
      m.communes,
      // Icons by content, not by where the data folder is.
      m.sectors.map((s) => ({ ...s, iconPath: digest(readFileSync(s.iconPath, "utf8")) })),
      m.events,
      // Which entry is in which list, and whether it counts: a change here changes counts everywhere.
      m.initiatives.map((i) => [i.id, i.communes, i.regions, i.sectors, i.status]),
      // The agenda names the initiative of each meeting on many pages (components/agenda.ts, the feeds).
      m.initiatives.filter((i) => withEvents.has(i.id)).map((i) => [i.id, i.name]),
      options,
      assets,
      jobs.map((j) => j.output),
    ]),
  );
  const records = new Map(m.initiatives.map((i) => [i.id, digest(JSON.stringify(i))]));
  const booklets = digest(JSON.stringify(bookletIndex ?? null));
  const pages: Record<string, string> = {};
  for (const job of jobs) {
    const deps = job.p && DEPS[job.p.type as PageTypeName]?.(data, job.p);
    if (!deps) continue;
    const shows = deps.map((id) => `${id}:${records.get(id) ?? "-"}`).join(",");
    pages[job.output] = digest(
      `${job.output}\0${shows}\0${SHOWS_BOOKLETS.has(job.p!.type as PageTypeName) ? booklets : ""}`,
    );
  }
  return { version: STATE_VERSION, shared, search: {}, pages };
}

/**
 * Fills `state.search` and returns the languages whose index must be written again (all of them after
 * a full build). A search document depends on its entry and on what every page shares, so only the
 * initiative pages rendered again can have a new one: the others keep the previous fingerprint, and
 * documents are made only for pages rendered again.
 */
export function searchChanges(
  previous: SiteState | undefined,
  state: SiteState,
  pages: readonly { url: string; lang: string }[],
  rendered: ReadonlySet<string> | undefined,
  document: (url: string) => string,
): Set<string> {
  const langs = new Set<string>();
  for (const { url, lang } of pages) {
    const before = previous?.search[url];
    if (rendered && !rendered.has(url) && before !== undefined) {
      state.search[url] = before;
      continue;
    }
    state.search[url] = digest(document(url));
    if (!previous || !rendered || state.search[url] !== before) langs.add(lang);
  }
  return langs;
}

export function readState(out: string): SiteState | undefined {
  try {
    const state = JSON.parse(readFileSync(path.join(out, STATE_FILE), "utf8")) as SiteState;
    return state.version === STATE_VERSION ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The jobs to render again, or undefined when the previous output cannot be updated in place (no
 * state, other code or settings, a different set of pages): then the build is a full one.
 */
export function jobsToRender(
  previous: SiteState | undefined,
  state: SiteState,
  jobs: readonly PageJob[],
  exists: (output: string) => boolean = () => true,
): PageJob[] | undefined {
  if (!previous || previous.shared !== state.shared) return undefined;
  return jobs.filter((job) => {
    const now = state.pages[job.output];
    return now === undefined || previous.pages[job.output] !== now || !exists(job.output);
  });
}

/**
 * Moves an incremental build from its temporary folder into the live output: files whose bytes
 * changed, the search index and the booklets when they were written again, the state last. The state
 * is removed first, so a build killed half-way leaves no state and the next build is a full one.
 * What it replaces goes to `<out>.trash-<pid>-<time>`, beside the output: if the build dies between
 * moving the old booklets out and the new ones in, `recoverInterrupted` (scripts/build.ts) puts the
 * old ones back.
 */
export function commitIncremental(tmp: string, out: string, searchLanguages: readonly string[]): { written: number } {
  rmSync(path.join(out, STATE_FILE), { force: true });
  const trash = `${out}.trash-${process.pid}-${Date.now()}`;
  mkdirSync(trash, { recursive: true });
  // The booklets are swapped whole, as a full build leaves them (absent if this build has none).
  const print = path.join(tmp, "print");
  if (existsSync(path.join(out, "print"))) renameSync(path.join(out, "print"), path.join(trash, "print"));
  if (existsSync(print)) renameSync(print, path.join(out, "print"));
  // The search index: the languages indexed again replace theirs; the others stay as they were.
  const search = path.join(tmp, "pagefind");
  if (existsSync(search)) {
    installLanguages(search, path.join(out, "pagefind"), searchLanguages, path.join(trash, "pagefind"));
    rmSync(search, { recursive: true, force: true });
  }
  let written = 0;
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(tmp, rel), { withFileTypes: true })) {
      const name = path.join(rel, entry.name);
      if (name === STATE_FILE) continue;
      if (entry.isDirectory()) {
        walk(name);
        continue;
      }
      const live = path.join(out, name);
      const fresh = path.join(tmp, name);
      if (existsSync(live) && readFileSync(live).equals(readFileSync(fresh))) continue;
      mkdirSync(path.dirname(live), { recursive: true });
      renameSync(fresh, live);
      written++;
    }
  };
  walk("");
  renameSync(path.join(tmp, STATE_FILE), path.join(out, STATE_FILE));
  // What is left (unchanged files, the replaced index and booklets) goes in the background.
  renameSync(tmp, path.join(trash, "unchanged"));
  if (process.platform === "win32") rmSync(trash, { recursive: true, force: true });
  else spawn("rm", ["-rf", trash], { detached: true, stdio: "ignore" }).unref();
  return { written };
}
