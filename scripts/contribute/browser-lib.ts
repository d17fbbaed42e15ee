// The browser's copy of the contribute logic is this very code, bundled: the same conversion to YAML
// (for "the file your submission will become") and the same duplicate index as the validator.

export { DuplicateIndex } from "../model/duplicates.ts";
export { entryFromSubmission, entryYaml, slugify } from "./convert.ts";
