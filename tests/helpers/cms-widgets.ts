// The widget types the CMS may use for each kind of contract field: what the generated config.yml
// (tests/contribute/contract-coverage.test.ts) and Sveltia's rendered form (admin.e2e.test.ts) must show.
export const EXPECTED_WIDGET: Record<string, string[]> = {
  localized: ["object"],
  name: ["string"],
  text: ["string", "text"],
  boolean: ["boolean"],
  number: ["number"],
  date: ["datetime"],
  datetime: ["datetime"],
  enum: ["select"],
  "enum-list": ["select"],
  "id-list": ["select", "relation"],
  id: ["relation", "select", "string"],
  "text-list": ["list"],
  object: ["object"],
  "object-list": ["list"],
};
