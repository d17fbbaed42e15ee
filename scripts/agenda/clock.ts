// "Today" for upkeep commands (stale, verify, edition freeze): --today, else SOURCE_DATE_EPOCH, else the
// clock. Unlike a build, these speak for the day they are run, not for the data's last commit.
import { todayIso } from "../model/model.ts";

export function upkeepToday(given: unknown, env: NodeJS.ProcessEnv = process.env): string {
  if (typeof given === "string") return given;
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return todayIso();
}
