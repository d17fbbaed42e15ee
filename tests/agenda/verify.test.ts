import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { setVerified, verifyEntries } from "../../scripts/agenda/verify.ts";
import { annuaire } from "../helpers/cli.ts";
import { TRI_CITY, tempDataDir } from "../helpers/data-dir.ts";

const FILE = `# A fictional entry. This comment must survive.
name: { fr: Groupe fictif, nl: Fictieve groep }   # flow mapping, kept as written
summary:
  fr: "Un résumé, entre guillemets."   # quoted
  nl: Een samenvatting.
sectors: [food]
communes: [nordville]

verified: 2024-01-15   # last phone call
contact:
  email: fictional@example.org
`;

describe("setVerified", () => {
  it("changes only the date's characters: comments, key order, quotes and blank lines stay", () => {
    const { text, before } = setVerified(FILE, "2026-12-01");
    expect(before).toBe("2024-01-15");
    expect(text).toBe(FILE.replace("verified: 2024-01-15", "verified: 2026-12-01"));
  });
  it("keeps quotes around a quoted date and adds the field when it is missing", () => {
    expect(setVerified('name: x\nverified: "2024-01-15"\n', "2026-12-01").text).toBe(
      'name: x\nverified: "2026-12-01"\n',
    );
    expect(setVerified("name: x # no date yet", "2026-12-01").text).toBe(
      "name: x # no date yet\nverified: 2026-12-01\n",
    );
  });
  it("refuses a file that does not parse instead of guessing", () => {
    expect(() => setVerified("name: [unclosed\n", "2026-12-01")).toThrow();
  });
});

describe("annuaire verify", () => {
  it("writes the injected date into each file and the data still validates", () => {
    const data = tempDataDir(TRI_CITY);
    try {
      const file = data.write("initiatives/fictional-round-trip.yaml", FILE.replace("[food]", "[food]"));
      const out = annuaire([
        "verify",
        "fictional-round-trip",
        "potager-zephyr",
        "--data",
        data.dir,
        "--today",
        "2026-12-01",
      ]);
      expect(out.stderr).toBe("");
      expect(out.status).toBe(0);
      expect(out.stdout).toMatch(/fictional-round-trip.yaml: verified 2024-01-15 → 2026-12-01/);
      expect(readFileSync(file, "utf8")).toBe(FILE.replace("2024-01-15", "2026-12-01"));
      expect(readFileSync(`${data.dir}/initiatives/potager-zephyr.yaml`, "utf8")).toContain("verified: 2026-12-01");
      expect(verifyEntries(data.dir, ["potager-zephyr"], "2026-12-01")[0]!.state).toBe("unchanged");
      expect(verifyEntries(data.dir, ["no-such-entry"], "2026-12-01")[0]!.state).toBe("missing");
    } finally {
      data.cleanup();
    }
  }, 60_000);
});
