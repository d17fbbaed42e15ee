// Netlify calls this function for every verified form submission ("submission-created" event). When
// GITHUB_TOKEN and GITHUB_REPOSITORY are set, the submission is converted exactly as
// `annuaire import-submissions` would, checked by the validator, and proposed as one pull request;
// otherwise it does nothing and maintainers import the form export by hand. The sender's contact is
// never written to GitHub: the pull request points to the submission in Netlify instead.
import { existsSync } from "node:fs";
import path from "node:path";
import { GitHub } from "../../scripts/contribute/github.ts";
import { formatReport, importSubmissions } from "../../scripts/contribute/import.ts";
import { META_FIELDS, one, parseNetlifyJson } from "../../scripts/contribute/submission.ts";
import { todayIso } from "../../scripts/model/model.ts";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

export async function handle(
  request: Request,
  env: Record<string, string | undefined> = process.env,
): Promise<Response> {
  const token = env.GITHUB_TOKEN;
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository) return json(200, { skipped: "GITHUB_TOKEN or GITHUB_REPOSITORY is not set" });
  const [submission] = parseNetlifyJson(await request.text());
  if (!submission) return json(400, { error: "no submission" });
  // On Netlify the function runs from the repository root, where included_files puts data/ (netlify.toml).
  const dataDir =
    env.ANNUAIRE_DATA ??
    (existsSync(path.resolve("data", "site.yaml"))
      ? path.resolve("data")
      : path.resolve(import.meta.dirname, "../../data"));
  const github = new GitHub({
    api: env.GITHUB_API_URL ?? "https://api.github.com",
    token,
    repository,
    base: env.GITHUB_BASE_BRANCH ?? "main",
  });
  const folder = path.relative(path.resolve(dataDir, ".."), dataDir) || "data";
  const correctionOf = one(submission, META_FIELDS.correctionOf);
  const current = correctionOf ? await github.file(`${folder}/initiatives/${correctionOf}.yaml`) : undefined;
  const [outcome] = importSubmissions(dataDir, [submission], {
    today: todayIso(),
    dryRun: true,
    existing: (id) => (id === correctionOf ? current?.text : undefined),
  });
  if (!outcome || outcome.kind === "spam" || outcome.kind === "invalid" || outcome.kind === "unchanged")
    return json(200, { skipped: outcome?.kind ?? "nothing", report: formatReport(outcome ? [outcome] : [], "en") });
  const filePath = `${folder}/initiatives/${outcome.id}.yaml`;
  const name = one(submission, "name") || outcome.id;
  const report = formatReport([outcome], "en");
  const url = await github.propose({
    branch: `contribute/${outcome.id}-${submission.id}`.replace(/[^A-Za-z0-9/_-]/g, "-"),
    path: filePath,
    text: outcome.text,
    ...(current ? { sha: current.sha } : {}),
    message: `${correctionOf ? "Correct" : "Add"} ${outcome.id} (web form, submission ${submission.id})`,
    title: `${correctionOf ? "Correction" : "New initiative"}: ${name}`,
    body: [
      `From the contribute form, Netlify submission \`${submission.id}\` (${submission.createdAt}).`,
      correctionOf ? `What is wrong: ${one(submission, META_FIELDS.whatIsWrong) || "—"}` : null,
      one(submission, META_FIELDS.senderContact)
        ? "The sender left a way to reach them: see the submission in Netlify (never copied here)."
        : "The sender left no contact.",
      "",
      "```",
      report,
      "```",
      "",
      "Before merging: check the entry against the charter (content/*/charter.md) and with the initiative if needed.",
    ]
      .filter((l) => l !== null)
      .join("\n"),
  });
  return json(201, { pullRequest: url });
}

export default (request: Request) => handle(request);
