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
    expect(stderr).toContain("unknown command 'frobnicate'");
  });

  it("prints each command's own help with examples, and the version", () => {
    const help = annuaire(["build", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: annuaire build [options] [folder]");
    expect(help.stdout).toContain("--large-print");
    expect(help.stdout).toContain("$ annuaire build ../my-city");
    expect(help.stdout).not.toContain("--port");
    const version = annuaire(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("documents every environment variable it reads in --help", () => {
    const { stdout } = annuaire(["--help"]);
    for (const name of [
      "ANNUAIRE_LANG",
      "ANNUAIRE_QUIET",
      "ANNUAIRE_PRINT_JOBS",
      "ANNUAIRE_BASE_URL",
      "SOURCE_DATE_EPOCH",
    ]) {
      expect(stdout).toContain(name);
    }
  });

  it("refuses unknown options and options of another command with exit code 2", () => {
    expect(annuaire(["validate", "--port", "3"]).status).toBe(2);
    expect(annuaire(["validate", "--no-such-option"]).status).toBe(2);
    expect(annuaire(["build", "--format", "json"]).status).toBe(2);
    expect(annuaire(["validate", "--format", "xml"]).status).toBe(2);
  });

  it("takes a positional folder as the data folder, and refuses one that contradicts --data", () => {
    const data = tempDataDir();
    try {
      data.write("initiatives/bad.yaml", "name: X\n");
      const positional = annuaire(["validate", data.dir, "--today", "2026-11-30"]);
      expect(positional.status).toBe(1);
      expect(positional.stdout).toContain(`${data.dir}/initiatives/bad.yaml`);
      const both = annuaire(["validate", data.dir, "--data", OTHER_CITY]);
      expect(both.status).toBe(2);
      expect(both.stderr).toContain("disagree");
      expect(annuaire(["validate", data.dir, "extra"]).status).toBe(2);
    } finally {
      data.cleanup();
    }
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
