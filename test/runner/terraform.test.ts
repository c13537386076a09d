import { rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runCommand, type CommandOptions } from "../../src/runner/terraform.js";
import { makeTempDir } from "./helpers/fake-terraform.js";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("command");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function options(overrides: Partial<CommandOptions>): CommandOptions {
  return {
    binary: "/bin/sh",
    args: ["-c", "true"],
    cwd: dir,
    env: { PATH: "/usr/bin:/bin" },
    signal: new AbortController().signal,
    killGraceMs: 1000,
    logLimitBytes: 1024,
    ...overrides,
  };
}

describe("runCommand", () => {
  it("captures stdout whole when asked, and the tails otherwise", async () => {
    const script = "printf 'out'; printf 'err' >&2; exit 4";
    const captured = await runCommand(options({ args: ["-c", script], captureStdoutLimitBytes: 100 }));
    expect(captured).toMatchObject({ kind: "exited", exitCode: 4, stdoutTail: "", stderrTail: "err" });
    if (captured.kind === "exited") expect(Buffer.from(captured.stdout).toString()).toBe("out");
    expect(await runCommand(options({ args: ["-c", script] }))).toMatchObject({ kind: "exited", stdoutTail: "out" });
  });

  it("does not start when already aborted", async () => {
    const controller = new AbortController();
    controller.abort("superseded");
    const marker = join(dir, "started");
    expect(await runCommand(options({ args: ["-c", `touch ${marker}`], signal: controller.signal }))).toEqual({ kind: "aborted" });
    await expect(stat(marker)).rejects.toThrow();
  });

  it("reports a file that cannot be executed", async () => {
    const notExecutable = join(dir, "terraform");
    await writeFile(notExecutable, "#!/bin/sh\n");
    expect(await runCommand(options({ binary: notExecutable }))).toMatchObject({ kind: "spawn-failed", code: "EACCES" });
  });

  it("passes only the given environment", async () => {
    const result = await runCommand(options({ args: ["-c", 'printf "%s|%s" "$ONLY" "$HOME"'], env: { ONLY: "this" } }));
    expect(result).toMatchObject({ kind: "exited", exitCode: 0, stdoutTail: "this|" });
  });
});
