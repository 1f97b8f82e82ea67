#!/usr/bin/env node
/** The `unisms` command. */
import { main } from "./main.js";

main(process.argv.slice(2), { io: process, env: process.env, signals: process }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`unisms: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
