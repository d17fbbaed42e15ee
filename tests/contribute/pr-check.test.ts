import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { duplicatesComment } from "../../scripts/contribute/pr-duplicates.ts";
import { ROOT } from "../helpers/data-dir.ts";

const workflow = parse(readFileSync(path.join(ROOT, ".github/workflows/validate.yml"), "utf8")) as {
  on: { pull_request: unknown };
  jobs: { validate: { steps: { run?: string }[] } };
};

describe("the pull-request check", () => {
  it("is a workflow that runs on pull requests and runs the validator with GitHub annotations", () => {
    expect(workflow.on.pull_request).toBeDefined();
    const runs = workflow.jobs.validate.steps.map((s) => s.run ?? "").join("\n");
    expect(runs).toContain("annuaire.js validate --format github");
    expect(runs).toContain("scripts/contribute/pr-duplicates.ts");
  });

  it("names duplicates of changed entries, even when reported on the older file", () => {
    const findings = [
      {
        file: "data/initiatives/b.yaml",
        line: 3,
        code: "similar-name",
        params: { other: "initiatives/a.yaml" },
        message: "close to a",
      },
      {
        file: "data/initiatives/z.yaml",
        line: 1,
        code: "similar-name",
        params: { other: "initiatives/y.yaml" },
        message: "unrelated",
      },
      { file: "data/initiatives/a.yaml", line: 2, code: "stale", params: {}, message: "old" },
    ];
    const comment = duplicatesComment(findings, ["data/initiatives/a.yaml"], "en");
    expect(comment).toContain("`data/initiatives/b.yaml:3` close to a");
    expect(comment).not.toContain("unrelated");
    expect(comment).not.toContain("old");
    expect(duplicatesComment(findings, ["data/initiatives/q.yaml"], "en")).toBe("");
  });
});
