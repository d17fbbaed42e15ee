// Progress for long steps: phase names, counts and elapsed time on a terminal; silent in CI and pipes,
// so logs stay clean and tests can read stdout.
import { performance } from "node:perf_hooks";

export interface Progress {
  phase(name: string): void;
  count(done: number, total: number, label?: string): void;
  done(detail?: string): void;
  /** Always printed (to stderr): things the user must know, such as skipped entries. */
  note(text: string): void;
}

export function createProgress(
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): Progress {
  const live = Boolean(stream.isTTY) && !env.CI && !env.ANNUAIRE_QUIET;
  let name = "";
  let started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  return {
    phase(next) {
      name = next;
      started = performance.now();
      if (live) stream.write(`\r\x1b[2K${name}…`);
    },
    count(done, total, label = "") {
      if (live) stream.write(`\r\x1b[2K${name}: ${done}/${total} ${label} (${elapsed()})`);
    },
    done(detail = "") {
      if (live) stream.write(`\r\x1b[2K${name}: done${detail ? `, ${detail}` : ""} (${elapsed()})\n`);
    },
    note(text) {
      if (live) stream.write("\r\x1b[2K");
      stream.write(`${text}\n`);
    },
  };
}
