/**
 * Runs one terraform command as the leader of its own process group, so that
 * stopping it (timeout, supersession) also stops the provider plugins it
 * spawned: the whole group gets SIGTERM, then SIGKILL after a grace period,
 * and a final SIGKILL once the command is over so that no orphan outlives it.
 */
import { execa } from "execa";
import { CappedBuffer, TailBuffer } from "./output-buffer.js";

export interface CommandOptions {
  binary: string;
  args: readonly string[];
  cwd: string;
  /** The complete environment; nothing is inherited from this process. */
  env: Readonly<Record<string, string>>;
  /** Aborting stops the whole process group. */
  signal: AbortSignal;
  killGraceMs: number;
  /** How much of the end of stdout and stderr to keep for logs. */
  logLimitBytes: number;
  /** Capture stdout whole (for `show -json`), failing past this many bytes. */
  captureStdoutLimitBytes?: number;
}

export type CommandResult =
  | {
      kind: "exited";
      /** Undefined when a signal from elsewhere ended the process. */
      exitCode: number | undefined;
      /** The whole stdout when `captureStdoutLimitBytes` was set, else empty. */
      stdout: Uint8Array;
      stdoutTail: string;
      stderrTail: string;
    }
  | { kind: "aborted" }
  | { kind: "stdout-too-large"; limitBytes: number }
  | { kind: "spawn-failed"; code: string; message: string };

export async function runCommand(options: CommandOptions): Promise<CommandResult> {
  if (options.signal.aborted) return { kind: "aborted" };
  const subprocess = execa(options.binary, [...options.args], {
    cwd: options.cwd,
    env: options.env,
    extendEnv: false,
    detached: true,
    stdin: "ignore",
    buffer: false,
    reject: false,
  });
  const pid = subprocess.pid;
  const stdoutTail = new TailBuffer(options.logLimitBytes);
  const stderrTail = new TailBuffer(options.logLimitBytes);
  const captureLimit = options.captureStdoutLimitBytes;
  const captured = captureLimit === undefined ? undefined : new CappedBuffer(captureLimit);

  let graceTimer: NodeJS.Timeout | undefined;
  const terminateGroup = (): void => {
    if (pid === undefined || graceTimer) return;
    signalGroup(pid, "SIGTERM");
    graceTimer = setTimeout(() => signalGroup(pid, "SIGKILL"), options.killGraceMs);
  };
  options.signal.addEventListener("abort", terminateGroup, { once: true });
  subprocess.stdout?.on("data", (chunk: Buffer) => {
    if (captured) {
      if (!captured.push(chunk)) terminateGroup();
    } else {
      stdoutTail.push(chunk);
    }
  });
  subprocess.stderr?.on("data", (chunk: Buffer) => stderrTail.push(chunk));

  try {
    const result = await subprocess;
    if (options.signal.aborted) return { kind: "aborted" };
    if (captured?.overflowed) return { kind: "stdout-too-large", limitBytes: captureLimit ?? 0 };
    if (pid === undefined || (result.exitCode === undefined && result.signal === undefined)) {
      const code = "code" in result && typeof result.code === "string" ? result.code : "UNKNOWN";
      return { kind: "spawn-failed", code, message: result.shortMessage ?? result.message ?? code };
    }
    return {
      kind: "exited",
      exitCode: result.exitCode,
      stdout: captured?.bytes() ?? new Uint8Array(),
      stdoutTail: stdoutTail.text(),
      stderrTail: stderrTail.text(),
    };
  } finally {
    options.signal.removeEventListener("abort", terminateGroup);
    clearTimeout(graceTimer);
    if (pid !== undefined) signalGroup(pid, "SIGKILL");
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    // ESRCH: the group is already gone, which is the goal. EPERM: the id now belongs to someone else's group.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ESRCH" && code !== "EPERM") throw error;
  }
}
