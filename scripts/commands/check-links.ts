import path from "node:path";
import { changedLinks } from "../agenda/changed-links.ts";
import { defaultCacheDir } from "../agenda/fetch-cache.ts";
import { BROKEN, checkLinks, formatLinkReport, linksOf } from "../agenda/link-check.ts";
import { modelOrReport } from "../agenda/load-for-command.ts";
import { type CommandSpec, DATA, FORMAT } from "./registry.ts";

/** "24h", "7d", "90m" → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+)\s*([mhd])$/.exec(text.trim());
  if (!m) throw new Error(`a duration is written like 24h, 7d or 90m, not "${text}"`);
  return Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as "m" | "h" | "d"];
}

export const command: CommandSpec = {
  name: "check-links",
  summary: "check every website, social and calendar address; report broken and moved links per entry",
  argument: { syntax: "[folder]", description: "the data folder (same as --data)", isDataFolder: true },
  options: [
    DATA,
    FORMAT(["md", "json", "github"], "report format (github: pull-request annotations)"),
    { flags: "--changed-only", description: "only the links added or changed since --base (for pull requests)" },
    {
      flags: "--base <ref>",
      description: "git ref to compare with for --changed-only (default: origin/$GITHUB_BASE_REF, else origin/main)",
    },
    {
      flags: "--max-age <duration>",
      description: "reuse results younger than this (24h, 7d; 0m = check all)",
      default: "24h",
    },
    { flags: "--timeout <ms>", description: "deadline for one request", default: "10000" },
  ],
  examples: [
    "annuaire check-links",
    "annuaire check-links --format json > links.json",
    "annuaire check-links --changed-only --format github",
  ],
  async run({ options, lang }) {
    let maxAgeMs: number;
    try {
      maxAgeMs = parseDuration(String(options.maxAge));
    } catch (error) {
      process.stderr.write(`annuaire check-links: ${(error as Error).message}\n`);
      return 2;
    }
    const model = modelOrReport(String(options.data), lang);
    if (!model) return 1;
    const base =
      typeof options.base === "string"
        ? options.base
        : process.env.GITHUB_BASE_REF
          ? `origin/${process.env.GITHUB_BASE_REF}`
          : "origin/main";
    const targets = options.changedOnly ? changedLinks(model, base) : linksOf(model);
    const results = await checkLinks(targets, {
      cacheFile: path.join(defaultCacheDir(), "links.json"),
      maxAgeMs,
      timeoutMs: Number(options.timeout) || 10_000,
    });
    const format = options.format as "md" | "json" | "github";
    const shown = path.relative(process.cwd(), model.dataDir) || ".";
    process.stdout.write(
      `${formatLinkReport(targets, results, format, {
        dataDirShown: shown,
        title: options.changedOnly ? `Links added or changed since ${base}` : "Link check",
      })}\n`,
    );
    return [...results.values()].some((r) => BROKEN.has(r.state)) ? 1 : 0;
  },
};
