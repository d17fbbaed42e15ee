#!/usr/bin/env node
// The published entry point: registers tsx so the TypeScript sources run as they are, then hands over.
import { register } from "tsx/esm/api";

// `annuaire --help | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
register();
const { main } = await import("../scripts/cli.ts");
process.exitCode = await main(process.argv.slice(2));
