import { describe, expect, it } from "vitest";
import { annuaire } from "./helpers/cli.ts";
import { OTHER_CITY, tempDataDir } from "./helpers/data-dir.ts";

describe("annuaire (command line)", () => {
  it("prints help with every command", () => {
    const { status, stdout } = annuaire(["--help"]);
    expect(status).toBe(0);
    for (const command of ["validate", "build", "dev", "schema"]) expect(stdout).toContain(`  ${command} `);
  });

  it("refuses an unknown command with exit code 2", () => {
    const { status, stderr } = annuaire(["frobnicate"]);
    expect(status).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });

  it("validates the embedded Brussels data with exit code 0", () => {
    const { status, stdout } = annuaire(["validate", "--today", "2026-11-30"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/files checked: 0 error\(s\)/);
  });

  it("validates another city's folder", () => {
    const { status, stdout } = annuaire(["validate", "--data", OTHER_CITY, "--today", "2026-11-30"]);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe("7 files checked: 0 error(s), 0 warning(s).");
  });

  it("exits 1 and prints file:line:col and a plain message for bad data, in the language asked", () => {
    const data = tempDataDir();
    try {
      data.write(
        "initiatives/bad.yaml",
        "name: X\nsummary: { nl: Y }\nsectors: [groen]\ncommunes: [noordd]\nverified: 2026-10-01\n",
      );
      const { status, stdout } = annuaire(["validate", "--data", data.dir, "--lang", "fr", "--today", "2026-11-30"]);
      expect(status).toBe(1);
      expect(stdout).toContain(
        `${data.dir}/initiatives/bad.yaml:4:12  erreur: \`communes[0]\` : commune inconnue \`noordd\`. Vouliez-vous dire \`noord\` ?`,
      );
      const github = annuaire(["validate", "--data", data.dir, "--format", "github", "--today", "2026-11-30"]);
      expect(github.stdout).toContain(`::error file=${data.dir}/initiatives/bad.yaml,line=4,col=12::`);
      const json = JSON.parse(
        annuaire(["validate", "--data", data.dir, "--format", "json", "--today", "2026-11-30"]).stdout,
      );
      expect(json.errors).toBe(1);
      expect(json.findings.find((f: { code: string }) => f.code === "unknown-commune")).toMatchObject({
        line: 4,
        col: 12,
        params: { suggestion: "noord" },
      });
    } finally {
      data.cleanup();
    }
  });

  it("says clearly when the data folder does not exist", () => {
    const { status, stdout } = annuaire(["validate", "--data", "no/such/folder"]);
    expect(status).toBe(1);
    expect(stdout).toContain("The data folder `no/such/folder` does not exist. Point to the right folder with --data.");
  });
});
