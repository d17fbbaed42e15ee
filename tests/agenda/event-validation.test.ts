import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { TRI_CITY, tempDataDir } from "../helpers/data-dir.ts";

describe("event files", () => {
  it("refuse an address or coordinates when the place is private", () => {
    const data = tempDataDir(TRI_CITY);
    try {
      data.write(
        "events/fictional-home.yaml",
        "title: { fr: Soirée fictive, nl: Fictieve avond, en: Fictional evening }\ninitiative: velo-nebuleuse\nstart: 2027-01-12T19:00\ncommune: sudville\nplace: { public: false, address: 1 Fictional Street, lat: 50.1, lon: 4.1 }\n",
      );
      const { findings, model } = validateDataDir(data.dir, { today: "2026-11-30" });
      expect(model).toBeUndefined();
      const mine = findings.filter((f) => f.file.endsWith("fictional-home.yaml"));
      expect(mine.map((f) => [f.code, f.line])).toEqual([
        ["private-with-address", 5],
        ["private-with-address", 5],
        ["private-with-address", 5],
      ]);
    } finally {
      data.cleanup();
    }
  });

  it("accept cancelled dates, and refuse a date that does not exist", () => {
    const data = tempDataDir(TRI_CITY);
    try {
      const event = (cancelled: string) =>
        `title: { fr: Soirée fictive, nl: Fictieve avond, en: Fictional evening }\ninitiative: potager-zephyr\nstart: 2027-01-12T19:00\nrepeat: FREQ=WEEKLY;BYDAY=TU\ncancelled: [${cancelled}]\ncommune: nordville\n`;
      data.write("events/fictional-weekly.yaml", event("2027-01-19"));
      expect(
        validateDataDir(data.dir, { today: "2026-11-30" }).model?.events.find((e) => e.id === "fictional-weekly"),
      ).toMatchObject({
        cancelled: ["2027-01-19"],
      });
      data.write("events/fictional-weekly.yaml", event("2027-02-30"));
      expect(validateDataDir(data.dir, { today: "2026-11-30" }).findings.map((f) => f.code)).toContain("bad-date");
    } finally {
      data.cleanup();
    }
  });

  it("warn about old checks with site.yaml's staleWarningMonths", () => {
    const data = tempDataDir(TRI_CITY);
    try {
      const stale = () =>
        validateDataDir(data.dir, { today: "2026-11-30" })
          .findings.filter((f) => f.code === "stale")
          .map((f) => f.file.replace(/.*\//, ""));
      expect(stale()).toEqual(["vieux-jardin-saturne.yaml"]);
      data.write("site.yaml", `${readFileSync(`${data.dir}/site.yaml`, "utf8")}\nstaleWarningMonths: 2\n`);
      expect(stale()).toEqual(
        expect.arrayContaining(["vieux-jardin-saturne.yaml", "cantine-pulsar.yaml", "entraide-orion.yaml"]),
      );
    } finally {
      data.cleanup();
    }
  });
});
