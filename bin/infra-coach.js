#!/usr/bin/env node
import { main } from "../dist/cli.js";

// `infra-coach explain plan.json | head`: a closed pipe ends the output, not with a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
