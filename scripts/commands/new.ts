import { existsSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { DataFolder } from "../contribute/check.ts";
import { entryFromSubmission, entryYaml, slugify } from "../contribute/convert.ts";
import type { Submission } from "../contribute/submission.ts";
import { message } from "../model/messages.ts";
import { todayIso } from "../model/model.ts";
import { type CommandSpec, DATA, LANG, TODAY } from "./registry.ts";

/** Questions in the order they are asked; each answer is a form field of the contribute form. */
const QUESTIONS = [
  { field: "name", ask: "new-ask-name", required: true },
  { field: "summary", ask: "new-ask-summary", required: true },
  { field: "sectors", ask: "new-ask-sectors", required: true },
  { field: "communes", ask: "new-ask-communes", required: true },
  { field: "place-kind", ask: "new-ask-place", required: false },
  { field: "place.address", ask: "new-ask-address", required: false },
  { field: "contact.website", ask: "new-ask-website", required: false },
  { field: "contact.email", ask: "new-ask-email", required: false },
] as const;

export const command: CommandSpec = {
  name: "new",
  summary: "write a new initiative file from a few answers (or flags), checked, with today's `verified`",
  options: [
    DATA,
    LANG,
    TODAY,
    { flags: "--name <name>", description: "the initiative's name" },
    { flags: "--summary <text>", description: "one or two plain sentences, in the --lang language" },
    { flags: "--sector <ids>", description: "sector id(s), comma-separated" },
    { flags: "--commune <ids>", description: "commune id(s), comma-separated" },
    { flags: "--private", description: "the group meets in private homes: no address is ever written" },
    { flags: "--address <address>", description: "street and number of a public venue" },
    { flags: "--website <url>", description: "website" },
    { flags: "--email <email>", description: "public e-mail" },
  ],
  examples: [
    "annuaire new",
    'annuaire new --name "Repair Café Flagey" --commune ixelles --sector repair --summary "On répare ensemble." --lang fr',
  ],
  async run({ options, lang }) {
    const today = (options.today as string | undefined) ?? todayIso();
    const data = new DataFolder(String(options.data), { today });
    try {
      const fields: Record<string, string> = {
        lang,
        name: String(options.name ?? ""),
        summary: String(options.summary ?? ""),
        sectors: String(options.sector ?? ""),
        communes: String(options.commune ?? ""),
        "place-kind": options.private ? "private" : options.address ? "public" : "",
        "place.address": String(options.address ?? ""),
        "contact.website": String(options.website ?? ""),
        "contact.email": String(options.email ?? ""),
      };
      const missing = QUESTIONS.filter((q) => q.required && !fields[q.field]);
      if (missing.length && !process.stdin.isTTY) {
        process.stderr.write(`${message("new-missing", { flags: missing.map((q) => q.field).join(", ") }, lang)}\n`);
        return 2;
      }
      if (missing.length) {
        const rl = createInterface({ input: process.stdin, output: process.stdout });
        const lists = {
          sectors: data.model.sectors.map((s) => s.id).join(", "),
          communes: data.model.communes.map((c) => c.id).join(", "),
        };
        for (const q of QUESTIONS) {
          if (fields[q.field] || (q.field === "place.address" && fields["place-kind"] !== "public")) continue;
          if (!q.required && missing.length === 0) continue;
          const answer = await rl.question(`${message(q.ask, lists, lang)} `);
          fields[q.field] = answer.trim();
        }
        rl.close();
      }
      const submission: Submission = { id: "new", createdAt: "", fields };
      const { entry } = entryFromSubmission(submission, data.languages, today);
      const id = ((base) => {
        for (let n = 1; ; n++) {
          const id = n === 1 ? base : `${base}-${n}`;
          if (!data.has(id) && !existsSync(path.join(data.dir, "initiatives", `${id}.yaml`))) return id;
        }
      })(slugify(fields.name || "initiative"));
      const text = entryYaml(entry, `Written with \`annuaire new\` on ${today}.`);
      const checked = data.check(id, text);
      for (const f of checked.findings)
        process.stderr.write(`${message(`severity-${f.severity}`, {}, lang)}: ${message(f.code, f.params, lang)}\n`);
      for (const d of checked.duplicates)
        process.stderr.write(
          `${message(d.reason === "name" ? "similar-name" : d.reason === "local-name" ? "similar-local-name" : "possible-duplicate", { what: d.reason, other: `initiatives/${d.other}.yaml`, value: d.otherName }, lang)}\n`,
        );
      if (checked.errors.length) return 1;
      const file = path.join(data.dir, "initiatives", `${id}.yaml`);
      writeFileSync(`${file}.tmp`, text);
      renameSync(`${file}.tmp`, file);
      process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
      return 0;
    } finally {
      data.dispose();
    }
  },
};
