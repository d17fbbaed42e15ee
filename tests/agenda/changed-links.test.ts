import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changedLinks } from "../../scripts/agenda/changed-links.ts";
import { loadModel } from "../../scripts/model/validate.ts";
import { TRI_CITY, tempDataDir } from "../helpers/data-dir.ts";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.org", ...args], {
    cwd,
    encoding: "utf8",
  });

describe("changedLinks", () => {
  it("keeps only links a change adds or edits, never the ones already there", () => {
    const data = tempDataDir(TRI_CITY);
    try {
      git(data.dir, "init", "-q", "-b", "main");
      git(data.dir, "add", ".");
      git(data.dir, "commit", "-q", "-m", "base");
      git(data.dir, "checkout", "-q", "-b", "contribution");
      // Edit an entry: its existing website stays, a social link is added.
      const quasar = path.join(data.dir, "initiatives/repair-cafe-quasar.yaml");
      writeFileSync(
        quasar,
        readFileSync(quasar, "utf8").replace(
          "contact: { website: https://quasar.example.org/ }",
          "contact: { website: https://quasar.example.org/, social: [https://social.example.org/quasar] }",
        ),
      );
      git(data.dir, "commit", "-q", "-am", "add a social link");
      // A new entry, not yet committed: all its links are new.
      data.write(
        "initiatives/fictional-new.yaml",
        "name: Fictional new group\nsummary: { fr: Un groupe inventé., nl: Een verzonnen groep., en: A made-up group. }\nsectors: [food]\ncommunes: [nordville]\ncontact: { website: https://new.example.org/ }\nverified: 2026-11-01\n",
      );
      const { model } = loadModel(data.dir, { today: "2026-11-30" });
      expect(changedLinks(model, "main").map((t) => [t.initiative, t.url])).toEqual([
        ["fictional-new", "https://new.example.org/"],
        ["repair-cafe-quasar", "https://social.example.org/quasar"],
      ]);
    } finally {
      data.cleanup();
    }
  });
});
