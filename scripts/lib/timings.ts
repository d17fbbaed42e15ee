// Wall and CPU time per phase of a build, for `build --report` and the benchmark.
import { performance } from "node:perf_hooks";

export interface PhaseTime {
  /** Seconds of wall-clock time. */
  wall: number;
  /** Seconds of CPU time of this process (user + system); child processes and workers not included. */
  cpu: number;
}

export class Timings {
  readonly phases: Record<string, PhaseTime> = {};

  async measure<T>(phase: string, work: () => Promise<T> | T): Promise<T> {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    try {
      return await work();
    } finally {
      const used = process.cpuUsage(cpu);
      const previous = this.phases[phase] ?? { wall: 0, cpu: 0 };
      this.phases[phase] = {
        wall: previous.wall + (performance.now() - wall) / 1000,
        cpu: previous.cpu + (used.user + used.system) / 1e6,
      };
    }
  }
}

/** Peak resident memory of this process so far, in MB. */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
