// For pull requests: only the links a change adds or edits. Someone else's dead link must never fail
// a contributor's pull request, so links already present at the merge base are left out.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { parse } from "yaml";
import type { Model } from "../model/model.ts";
import { type LinkTarget, linksOf } from "./link-check.ts";

const git = (cwd: string, args: string[]): string =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });

function urlsIn(text: string): Set<string> {
  try {
    const data = parse(text) as { contact?: { website?: string; social?: string[] }; ical?: string } | null;
    return new Set(
      [data?.contact?.website, ...(data?.contact?.social ?? []), data?.ical].filter((u): u is string => !!u),
    );
  } catch {
    return new Set();
  }
}

/** Links of entries changed since `base` (a git ref) that were not in the same entry at the merge base. */
export function changedLinks(model: Model, base: string): LinkTarget[] {
  const dir = model.dataDir;
  const mergeBase = git(dir, ["merge-base", base, "HEAD"]).trim();
  const prefix = git(dir, ["rev-parse", "--show-prefix"]).trim();
  // Committed and uncommitted changes since the merge base, plus files not yet added.
  const changed = [
    ...git(dir, ["diff", "--name-only", "--relative", mergeBase, "--", "initiatives"]).split("\n"),
    ...git(dir, ["ls-files", "--others", "--exclude-standard", "--", "initiatives"]).split("\n"),
  ].filter((f) => /\.ya?ml$/.test(f));
  const ids = new Set(changed.map((f) => path.basename(f).replace(/\.ya?ml$/, "")));
  const before = new Map<string, Set<string>>();
  for (const file of changed) {
    let text = "";
    try {
      text = git(dir, ["show", `${mergeBase}:${prefix}${file}`]);
    } catch {
      // A new file: every link in it is new.
    }
    before.set(path.basename(file).replace(/\.ya?ml$/, ""), urlsIn(text));
  }
  return linksOf(model, ids).filter((t) => !before.get(t.initiative)?.has(t.url));
}
