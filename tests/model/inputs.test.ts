// Input rules that keep hostile values out: e-mail addresses cannot smuggle mailto headers, web links
// are http(s) only, dates still to come are flagged (in fr, nl and en).
import { describe, expect, it } from "vitest";
import { message } from "../../scripts/model/messages.ts";
import { Email, HttpUrl, isHttpUrl } from "../../scripts/model/schema.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { tempDataDir } from "../helpers/data-dir.ts";

describe("e-mail rule", () => {
  it.each([
    "a@b.test?bcc=victim@example.org",
    "a@b.test?cc=x@y.org&subject=hi",
    "a@b.test%0Abcc:x@y.org",
    "a@b.test\nbcc: x@y.org",
    "a@b.test&body=x",
    "a+b=c@b.test",
    "a@b.test#x",
    '"><script>@b.test',
    "javascript:alert(1)//@b.test",
    "a@b",
    "a@@b.test",
    "a@-b.test",
    "a b@c.test",
  ])("refuses %j", (value) => {
    expect(Email.safeParse(value).success).toBe(false);
  });
  it.each(["info@example.org", "first.last+tag@mail.example.be", "élise@exemple.be", "a_b-c@sub.domain-x.example"])(
    "accepts %j",
    (value) => {
      expect(Email.safeParse(value).success).toBe(true);
    },
  );
});

describe("web link rule", () => {
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org/x",
    "mailto:a@b.test",
    "//evil.example/x",
    "https://bank.example@evil.example/",
    "https://user:pass@example.org/",
    'https://example.org/"onmouseover="alert(1)',
    "https://example.org/<script>",
    "https://exa mple.org/",
    "http://localhost\u202e/gpj.exe",
  ])("refuses %j", (value) => {
    expect(HttpUrl.safeParse(value).success).toBe(false);
  });
  it.each(["https://example.org/", "http://example.org/path?q=1&x=2#frag", "https://www.example.be/fr/"])(
    "accepts %j",
    (value) => {
      expect(isHttpUrl(value)).toBe(true);
    },
  );
});

describe("dates in the future are warnings, not errors", () => {
  it("warns about verified, charter and news dates after today, in three languages", () => {
    const data = tempDataDir();
    try {
      data.write(
        "initiatives/future.yaml",
        `name: Toekomst (fictief)
summary: { nl: Iets om te testen., en: Something to test. }
sectors: [groen]
communes: [noord]
verified: 2099-01-01
charter: 2027-01-01
updates:
  - { date: 2026-11-29, text: { nl: Gisteren., en: Yesterday. } }
  - { date: 2030-05-01, text: { nl: Later., en: Later. } }
`,
      );
      const result = validateDataDir(data.dir, { today: "2026-11-30" });
      const future = result.findings.filter((f) => f.code === "future-date");
      expect(future.map((f) => `${f.line}:${f.col} ${f.severity} ${f.params.field}`)).toEqual([
        "5:11 warning verified",
        "6:10 warning charter",
        "9:13 warning updates[1].date",
      ]);
      expect(result.model).toBeDefined();
      expect(message("future-date", future[0]!.params, "fr")).toContain("2099-01-01 est dans le futur");
      expect(message("future-date", future[0]!.params, "nl")).toContain("2099-01-01 ligt in de toekomst");
      expect(message("future-date", future[0]!.params, "en")).toContain("2099-01-01 is in the future");
    } finally {
      data.cleanup();
    }
  });
});
