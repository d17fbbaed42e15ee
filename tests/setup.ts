// Runs in every test file: temporary folders made through tests/helpers/data-dir.ts are removed when
// the file's tests end, whether they passed or not.
import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers/data-dir.ts";

afterAll(removeTempDirs);
