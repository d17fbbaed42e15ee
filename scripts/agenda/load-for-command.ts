// The model for an upkeep command, or the data's errors printed the way `validate` prints them (the
// commands never show a stack trace for bad data).
import type { Lang } from "../lib/lang.ts";
import { formatFindings } from "../model/findings.ts";
import type { Model } from "../model/model.ts";
import { InvalidDataError, loadModel } from "../model/validate.ts";

export function modelOrReport(dataDir: string, lang: Lang): Model | undefined {
  try {
    return loadModel(dataDir).model;
  } catch (error) {
    if (!(error instanceof InvalidDataError)) throw error;
    process.stderr.write(`${formatFindings(error.result.findings, "text", lang, { files: error.result.files })}\n`);
    return undefined;
  }
}
