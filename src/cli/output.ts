/**
 * What the CLI prints. For people: short lines, money formatted, colour only on a terminal, a spinner
 * while waiting. For scripts (`--json`): exactly one JSON document on stdout, and an error as one JSON
 * document on stderr. Nothing printed ever carries the API key (errors are shown through their own
 * secret-free `toJSON`).
 */
import type { Writable } from "node:stream";
import pc from "picocolors";
import yoctoSpinner from "yocto-spinner";
import { isSmsError } from "../core/errors.js";
import { EXIT_CODES, EXIT_INTERNAL, EXIT_USAGE } from "./exit-codes.js";

export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface Output {
  readonly json: boolean;
  /** The command's result: a JSON document with `--json`, else the human lines. */
  result(value: unknown, human: () => string[]): void;
  /** A line for people only (progress, hints); silent with `--json`. */
  note(line: string): void;
  /** Shows a spinner with the elapsed time while `work` runs (on a terminal, without `--json`). */
  waiting<T>(text: string, work: () => Promise<T>): Promise<T>;
  /** Prints the error; returns the exit status. */
  failure(error: unknown): number;
}

export function createOutput(io: Io, json: boolean): Output {
  const colour = pc.createColors(Boolean(io.stdout.isTTY) && !process.env.NO_COLOR);
  const errColour = pc.createColors(Boolean(io.stderr.isTTY) && !process.env.NO_COLOR);
  return {
    json,
    result(value, human) {
      if (json) io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      else for (const line of human()) io.stdout.write(`${line}\n`);
    },
    note(line) {
      if (!json) io.stderr.write(`${colour.dim(line)}\n`);
    },
    async waiting(text, work) {
      if (json || !io.stderr.isTTY) return work();
      const started = Date.now();
      // The CLI handles Ctrl-C itself (it cancels the order): the spinner must not exit the process.
      const spinner = yoctoSpinner({ text, stream: io.stderr, handleSignals: false }).start();
      const tick = setInterval(() => {
        spinner.text = `${text} ${Math.round((Date.now() - started) / 1000)} s`;
      }, 1_000);
      try {
        return await work();
      } finally {
        clearInterval(tick);
        spinner.stop();
      }
    },
    failure(error) {
      const status = exitStatus(error);
      if (json) {
        const body = isSmsError(error)
          ? error.toJSON()
          : {
              name: "Error",
              code: error instanceof UsageError ? "usage" : "internal",
              message: messageOf(error),
            };
        io.stderr.write(`${JSON.stringify({ error: body })}\n`);
      } else {
        const code = isSmsError(error) ? ` (${error.code})` : "";
        io.stderr.write(`${errColour.red("error")}${code}: ${messageOf(error)}\n`);
      }
      return status;
    },
  };
}

export function exitStatus(error: unknown): number {
  if (isSmsError(error)) return EXIT_CODES[error.code] ?? EXIT_INTERNAL;
  if (error instanceof UsageError) return EXIT_USAGE;
  return EXIT_INTERNAL;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
