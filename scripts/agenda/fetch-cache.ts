// Reading a remote text at build time without ever stalling or failing the build: one deadline for the
// whole request (headers and body), a size limit, and a copy on disk under .cache/ that is used when
// the remote is down, slow, or when the build runs offline. Node's own fetch (undici inside).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface FetchCacheOptions {
  /** Folder for the copies (default: $ANNUAIRE_CACHE_DIR, else .cache/ in the working folder). */
  cacheDir?: string;
  /** Deadline for the whole request, in milliseconds (default 8000; $ANNUAIRE_FETCH_TIMEOUT_MS). */
  timeoutMs?: number;
  /** A copy younger than this is used without asking the remote (default one hour; $ANNUAIRE_FETCH_MAX_AGE_S). */
  maxAgeMs?: number;
  /** Do not touch the network; use the copy (default: $ANNUAIRE_OFFLINE=1). */
  offline?: boolean;
  /** Largest body accepted, in bytes (default 2 MB). */
  maxBytes?: number;
  now?: () => number;
}

export interface FetchCacheResult {
  text?: string;
  /** fresh: just read; cached: a young copy; stale: the remote failed, an older copy is used; offline: copy used without trying; failed: nothing. */
  state: "fresh" | "cached" | "stale" | "offline" | "failed";
  /** When the text was read from the remote (ISO), for "as of" notes. */
  fetchedAt?: string;
  error?: string;
}

export const defaultCacheDir = (env: NodeJS.ProcessEnv = process.env): string =>
  path.resolve(env.ANNUAIRE_CACHE_DIR || ".cache");

interface Meta {
  url: string;
  fetchedAt: string;
}

export async function fetchWithCache(url: string, options: FetchCacheOptions = {}): Promise<FetchCacheResult> {
  const env = process.env;
  const dir = path.join(options.cacheDir ?? defaultCacheDir(), "remote");
  const key = createHash("sha256").update(url).digest("hex").slice(0, 24);
  const bodyFile = path.join(dir, `${key}.txt`);
  const metaFile = path.join(dir, `${key}.json`);
  const now = options.now ?? Date.now;
  const copy = (): { text: string; meta: Meta } | undefined => {
    if (!existsSync(bodyFile) || !existsSync(metaFile)) return undefined;
    try {
      return { text: readFileSync(bodyFile, "utf8"), meta: JSON.parse(readFileSync(metaFile, "utf8")) as Meta };
    } catch {
      return undefined;
    }
  };
  const offline = options.offline ?? env.ANNUAIRE_OFFLINE === "1";
  const cached = copy();
  if (offline) {
    return cached
      ? { text: cached.text, state: "offline", fetchedAt: cached.meta.fetchedAt }
      : { state: "failed", error: "offline and no saved copy" };
  }
  const envAge = env.ANNUAIRE_FETCH_MAX_AGE_S;
  const maxAge = options.maxAgeMs ?? (envAge && /^\d+$/.test(envAge) ? Number(envAge) * 1000 : 3_600_000);
  if (cached && now() - Date.parse(cached.meta.fetchedAt) < maxAge)
    return { text: cached.text, state: "cached", fetchedAt: cached.meta.fetchedAt };
  const timeoutMs = options.timeoutMs ?? (Number(env.ANNUAIRE_FETCH_TIMEOUT_MS) || 8000);
  try {
    const text = await readText(url, timeoutMs, options.maxBytes ?? 2 * 1024 * 1024);
    const fetchedAt = new Date(now()).toISOString();
    mkdirSync(dir, { recursive: true });
    atomicWrite(bodyFile, text);
    atomicWrite(metaFile, JSON.stringify({ url, fetchedAt } satisfies Meta));
    return { text, state: "fresh", fetchedAt };
  } catch (error) {
    const reason = describeError(error);
    return cached
      ? { text: cached.text, state: "stale", fetchedAt: cached.meta.fetchedAt, error: reason }
      : { state: "failed", error: reason };
  }
}

/** GET with one deadline for headers and body; refuses non-2xx and bodies over the limit. */
async function readText(url: string, timeoutMs: number, maxBytes: number): Promise<string> {
  const signal = AbortSignal.timeout(timeoutMs);
  const response = await fetch(url, { signal, redirect: "follow", headers: { "user-agent": USER_AGENT } });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status}`);
  }
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`larger than ${Math.round(maxBytes / 1024)} KB`);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

export const USER_AGENT = "annuaire (citizen-initiative directory; +https://github.com/annuaire/annuaire)";

/** A short reason in plain words for a failed request. */
export function describeError(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return "timed out";
  const code = e?.cause?.code;
  if (code) return code;
  return e?.cause?.message ?? e?.message ?? String(error);
}

function atomicWrite(file: string, content: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
