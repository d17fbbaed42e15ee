// The data of every YAML file that parsed without a problem, by the hash of its text, kept on disk
// between builds, one file per data folder (in $ANNUAIRE_CACHE_DIR, else .cache/ in the working
// folder, like remote calendars; never in the published output: it holds private fields too).
// Parsing is most of the time of loading; with the cache, a rebuild after a one-file edit parses one
// file. The key is the text itself (hashed) with the parser's version, so a cached value is
// exactly what parsing that text gives.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { deserialize, serialize } from "node:v8";

// Where remote calendars are kept too: $ANNUAIRE_CACHE_DIR, else .cache/ in the working folder.
const dir = () => path.resolve(process.env.ANNUAIRE_CACHE_DIR || ".cache", "parsed-yaml");
// The parser's version and the loader's own code: a change to how files are parsed empties the cache.
const VERSION = createHash("sha1")
  .update((createRequire(import.meta.url)("yaml/package.json") as { version: string }).version)
  .update(readFileSync(path.join(import.meta.dirname, "load.ts")))
  .update(readFileSync(import.meta.filename))
  .digest("hex");
/** Cache files kept (one per data folder): the most recently used. */
const KEEP = 8;

class ParseCache {
  private known = new Map<string, unknown>();
  private used = new Map<string, unknown>();
  /** The data folder whose cache is in memory (one file per data folder). */
  private root: string | undefined;
  private dirty = false;

  private file(): string {
    return path.join(
      dir(),
      `${createHash("sha1")
        .update(this.root ?? "")
        .digest("hex")
        .slice(0, 16)}.v8`,
    );
  }

  key(text: string): string {
    return createHash("sha1").update(text).digest("base64url");
  }

  /** Reads the data folder's cache file, unless it is already in memory; a missing one is an empty cache. */
  open(root: string): void {
    this.used = new Map();
    this.dirty = false;
    if (this.root === root || process.env.ANNUAIRE_NO_PARSE_CACHE) return;
    this.root = root;
    this.known = new Map();
    try {
      const stored = deserialize(readFileSync(this.file())) as { version: string; entries: [string, unknown][] };
      if (stored.version === VERSION) this.known = new Map(stored.entries);
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** A fresh copy of the cached data (callers may change what they get). */
  get(key: string): unknown {
    if (!this.known.has(key)) return undefined;
    const value = this.known.get(key);
    this.used.set(key, value);
    return structuredClone(value);
  }

  set(key: string, value: unknown, text: string): void {
    // Binary scalars come back from the cache as plain Uint8Array, not as Buffer: not cached.
    if (text.includes("!!binary")) return;
    const copy = structuredClone(value);
    this.known.set(key, copy);
    this.used.set(key, copy);
    this.dirty = true;
  }

  /** Keeps the entries of the files just loaded (so the cache never outgrows the data), if any changed. */
  save(): void {
    if (process.env.ANNUAIRE_NO_PARSE_CACHE) return;
    if (!this.dirty && this.used.size === this.known.size) return;
    this.known = this.used;
    try {
      mkdirSync(dir(), { recursive: true });
      const tmp = `${this.file()}.${process.pid}`;
      writeFileSync(tmp, serialize({ version: VERSION, entries: [...this.known] }));
      renameSync(tmp, this.file());
      const files = readdirSync(dir())
        .filter((f) => f.endsWith(".v8"))
        .map((f) => ({ f, at: statSync(path.join(dir(), f)).mtimeMs }))
        .sort((a, b) => b.at - a.at);
      for (const { f } of files.slice(KEEP)) rmSync(path.join(dir(), f), { force: true });
    } catch {
      // A read-only install still works, without the cache.
    }
  }
}

export const parsed = new ParseCache();
