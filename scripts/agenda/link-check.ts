// Is every address in the directory still alive? Each website, social and calendar URL is requested
// (GET, redirects followed by hand so each hop is reported), with a deadline, one retry for network
// errors and 5xx, at most two requests at a time per host, and a results cache so a re-run does not
// hammer anyone. The report is per entry, so the "veille" group knows whom to call.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Model } from "../model/model.ts";
import { describeError, USER_AGENT } from "./fetch-cache.ts";

export type LinkField = "website" | "social" | "ical";
export interface LinkTarget {
  initiative: string;
  /** The entry's file, relative to the data folder ("initiatives/x.yaml"). */
  file: string;
  field: LinkField;
  url: string;
}

export type LinkState =
  | "ok"
  | "redirect"
  | "client-error"
  | "server-error"
  | "timeout"
  | "tls"
  | "dns"
  | "refused"
  | "error";
export const BROKEN: ReadonlySet<LinkState> = new Set([
  "client-error",
  "server-error",
  "timeout",
  "tls",
  "dns",
  "refused",
  "error",
]);

export interface LinkResult {
  url: string;
  state: LinkState;
  /** HTTP status of the last answer. */
  status?: number;
  /** Each redirect: the address and the status that sent us on. */
  chain: { url: string; status: number }[];
  /** Where the redirects end. */
  final?: string;
  error?: string;
  /** When it was checked (ISO); older than this run if it came from the cache. */
  checkedAt: string;
  fromCache?: boolean;
}

export interface CheckOptions {
  timeoutMs?: number;
  maxRedirects?: number;
  /** Extra attempts after a network error, a timeout or a 5xx (default 1). */
  retries?: number;
  retryDelayMs?: number;
}

/** Every URL of the model's entries (closed ones too: their site may say why they closed). */
export function linksOf(model: Model, ids?: ReadonlySet<string>): LinkTarget[] {
  const out: LinkTarget[] = [];
  for (const i of model.initiatives) {
    if (ids && !ids.has(i.id)) continue;
    const add = (field: LinkField, url: string | undefined) => {
      if (url) out.push({ initiative: i.id, file: i.source, field, url });
    };
    add("website", i.contact?.website);
    for (const s of i.contact?.social ?? []) add("social", s);
    add("ical", i.ical);
  }
  return out;
}

function classify(error: string): LinkState {
  if (error === "timed out") return "timeout";
  if (/^(ENOTFOUND|EAI_AGAIN)$/.test(error)) return "dns";
  if (error === "ECONNREFUSED") return "refused";
  if (/CERT|SSL|TLS|EPROTO|self.signed/i.test(error)) return "tls";
  return "error";
}

/** One URL, redirects followed and reported, one retry for what may be passing trouble. */
export async function checkUrl(url: string, options: CheckOptions = {}): Promise<Omit<LinkResult, "checkedAt">> {
  const attempts = 1 + (options.retries ?? 1);
  let last: Omit<LinkResult, "checkedAt"> | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt) await new Promise((r) => setTimeout(r, options.retryDelayMs ?? 300));
    last = await checkOnce(url, options);
    if (!["server-error", "timeout", "error", "refused", "dns"].includes(last.state)) break;
  }
  return last!;
}

async function checkOnce(url: string, options: CheckOptions): Promise<Omit<LinkResult, "checkedAt">> {
  const chain: { url: string; status: number }[] = [];
  let current = url;
  for (let hop = 0; hop <= (options.maxRedirects ?? 10); hop++) {
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        headers: { "user-agent": USER_AGENT, accept: "text/html,*/*;q=0.8" },
      });
    } catch (error) {
      const reason = describeError(error);
      return { url, state: classify(reason), chain, error: reason, ...(chain.length ? { final: current } : {}) };
    }
    await response.body?.cancel().catch(() => {});
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      chain.push({ url: current, status: response.status });
      current = new URL(location, current).toString();
      continue;
    }
    const status = response.status;
    const state: LinkState =
      status >= 500 ? "server-error" : status >= 400 ? "client-error" : chain.length ? "redirect" : "ok";
    return { url, state, status, chain, ...(chain.length ? { final: current } : {}) };
  }
  return { url, state: "error", chain, final: current, error: "too many redirects" };
}

/** A gate letting at most `n` tasks run at once. */
function gate(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

export interface RunOptions extends CheckOptions {
  /** Results file (JSON); a result younger than maxAgeMs is reused. */
  cacheFile?: string;
  maxAgeMs?: number;
  perHost?: number;
  concurrency?: number;
  now?: () => number;
}

export const OFFLINE_NOTE =
  "Every address failed to resolve (DNS): this machine looks offline, so nothing can be concluded about these links. Run the check again where the internet is reachable.";

/** Every fresh result failed at DNS: the checking machine, not the links, is the problem. */
export function looksOffline(results: ReadonlyMap<string, LinkResult>): boolean {
  const fresh = [...results.values()].filter((r) => !r.fromCache);
  return fresh.length >= 3 && fresh.every((r) => r.state === "dns");
}

/** Checks each distinct URL once; returns a result per URL. */
export async function checkLinks(
  targets: readonly LinkTarget[],
  options: RunOptions = {},
): Promise<Map<string, LinkResult>> {
  const now = options.now ?? Date.now;
  const cache: Record<string, LinkResult> =
    options.cacheFile && existsSync(options.cacheFile)
      ? (JSON.parse(readFileSync(options.cacheFile, "utf8")) as Record<string, LinkResult>)
      : {};
  const maxAge = options.maxAgeMs ?? 0;
  const results = new Map<string, LinkResult>();
  const global = gate(options.concurrency ?? 8);
  const hosts = new Map<string, ReturnType<typeof gate>>();
  const urls = [...new Set(targets.map((t) => t.url))].sort();
  await Promise.all(
    urls.map(async (url) => {
      const old = cache[url];
      if (old && now() - Date.parse(old.checkedAt) < maxAge) {
        results.set(url, { ...old, fromCache: true });
        return;
      }
      const host = new URL(url).host;
      let hostGate = hosts.get(host);
      if (!hostGate) hosts.set(host, (hostGate = gate(options.perHost ?? 2)));
      const result = await hostGate(() => global(() => checkUrl(url, options)));
      results.set(url, { ...result, checkedAt: new Date(now()).toISOString() });
    }),
  );
  // Results of a machine that is offline say nothing about the links: do not keep them.
  if (options.cacheFile && !looksOffline(results)) {
    const merged = { ...cache };
    for (const [url, r] of results) {
      const { fromCache: _, ...stored } = r;
      merged[url] = stored;
    }
    mkdirSync(path.dirname(options.cacheFile), { recursive: true });
    const tmp = `${options.cacheFile}.tmp-${process.pid}`;
    writeFileSync(tmp, `${JSON.stringify(merged, null, 1)}\n`);
    renameSync(tmp, options.cacheFile);
  }
  return results;
}

const STATE_WORDS: Record<LinkState, string> = {
  ok: "works",
  redirect: "moved",
  "client-error": "not found or refused",
  "server-error": "server error",
  timeout: "no answer in time",
  tls: "secure-connection (TLS) error",
  dns: "the address does not exist (DNS)",
  refused: "connection refused",
  error: "failed",
};

function ageText(checkedAt: string, now: number): string {
  const hours = Math.max(0, Math.round((now - Date.parse(checkedAt)) / 3_600_000));
  return hours < 1 ? "just now" : hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}

function line(t: LinkTarget, r: LinkResult, now: number): string {
  const status = r.status ? ` ${r.status}` : "";
  const hops = r.chain.length ? ` (${r.chain.map((h) => `${h.status} → `).join("")}${r.final})` : "";
  const error = r.error ? ` — ${r.error}` : "";
  return `${t.field} ${t.url} — ${STATE_WORDS[r.state]}${status}${hops}${error}; checked ${ageText(r.checkedAt, now)}`;
}

/** The report, per entry: broken first, then moved; in Markdown, JSON or GitHub annotations. */
export function formatLinkReport(
  targets: readonly LinkTarget[],
  results: ReadonlyMap<string, LinkResult>,
  format: "md" | "json" | "github",
  options: { dataDirShown?: string; now?: number; title?: string } = {},
): string {
  const now = options.now ?? Date.now();
  const rows = targets.map((t) => ({ target: t, result: results.get(t.url)! })).filter((r) => r.result);
  if (format === "json")
    return JSON.stringify(
      rows.map((r) => ({ ...r.target, ...r.result })),
      null,
      2,
    );
  const broken = rows.filter((r) => BROKEN.has(r.result.state));
  const moved = rows.filter((r) => r.result.state === "redirect");
  const dir = options.dataDirShown ?? "data";
  if (format === "github") {
    return [
      ...broken.map(
        (r) =>
          `::error file=${dir}/${r.target.file},title=Broken link::${line(r.target, r.result, now).replace(/\n/g, " ")}`,
      ),
      ...moved.map(
        (r) =>
          `::warning file=${dir}/${r.target.file},title=Moved link::${line(r.target, r.result, now).replace(/\n/g, " ")}`,
      ),
      `${rows.length} links checked: ${broken.length} broken, ${moved.length} moved.`,
    ].join("\n");
  }
  const byEntry = (list: typeof rows) => {
    const groups = new Map<string, typeof rows>();
    for (const r of list) groups.set(r.target.initiative, [...(groups.get(r.target.initiative) ?? []), r]);
    return [...groups].map(
      ([id, items]) =>
        `#### ${id} (\`${dir}/${items[0]!.target.file}\`)\n\n${items.map((r) => `- ${line(r.target, r.result, now)}`).join("\n")}\n`,
    );
  };
  return [
    `## ${options.title ?? "Link check"}`,
    "",
    `${rows.length} links checked: ${broken.length} broken, ${moved.length} moved, ${rows.length - broken.length - moved.length} fine.`,
    ...(looksOffline(results) ? ["", `**${OFFLINE_NOTE}**`] : []),
    ...(broken.length ? ["", "### Broken: ask the group or remove the link", "", ...byEntry(broken)] : []),
    ...(moved.length ? ["", "### Moved: write the new address in the file", "", ...byEntry(moved)] : []),
  ].join("\n");
}
