// The date a build speaks for ("upcoming" events, editions, staleness). It comes from the data, not
// the clock, so the same data gives the same bytes: --today, else SOURCE_DATE_EPOCH, else the date of
// the last git commit that touched the data folder, else today.
import { execFileSync } from "node:child_process";
import { todayIso } from "../model/model.ts";

export function resolveBuildDate(dataDir: string, today?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (today) return today;
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH))
    return new Date(Number(env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10);
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%cs", "--", "."], {
      cwd: dataDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(out)) return out;
  } catch {
    // Not a git checkout: fall through.
  }
  return todayIso();
}
