import { build } from "../build.ts";
import type { CommonOptions } from "../cli.ts";
import { createProgress } from "../lib/progress.ts";
import { formatFindings } from "../model/findings.ts";
import { message } from "../model/messages.ts";
import { InvalidDataError } from "../model/validate.ts";

export async function buildCommand(options: CommonOptions): Promise<number> {
  const progress = createProgress();
  try {
    const printRunner = (await import("../../print/run.ts")).runPrint;
    const report = await build(
      {
        data: options.data,
        out: options.out,
        progress,
        largePrint: options.largePrint,
        ...(options.only ? { only: options.only } : {}),
        ...(options.today ? { today: options.today } : {}),
        ...(options.imposition ? { imposition: options.imposition } : {}),
      },
      printRunner,
    );
    const warnings = report.findings.filter((f) => f.severity === "warning").length;
    const parts = [`Built ${report.out} for ${report.buildDate}`];
    if (report.site)
      parts.push(
        `${report.site.pages} pages in ${report.site.seconds.toFixed(1)} s (${report.site.searchable} searchable)`,
      );
    if (report.print) {
      const r = report.print.report as { pdfs: number; rendered: number; skipped: number };
      parts.push(
        `${r.pdfs} PDFs (${r.rendered} rendered, ${r.skipped} unchanged) in ${report.print.seconds.toFixed(1)} s`,
      );
    }
    if (warnings) parts.push(`${warnings} data warning(s): run \`annuaire validate\` to see them`);
    process.stdout.write(`${parts.join("; ")}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof InvalidDataError) {
      process.stdout.write(
        `${formatFindings(error.result.findings, "text", options.lang, { files: error.result.files })}\n`,
      );
      process.stderr.write(`${message("build-stopped", {}, options.lang)}\n`);
      return 1;
    }
    process.stderr.write(`annuaire build: ${(error as Error).message}\n`);
    return 1;
  }
}
