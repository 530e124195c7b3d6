import type { Io } from "../src/io.ts";

/** An Io that keeps what a command prints, for tests. */
export function memoryIo(cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => new Uint8Array(),
    cwd,
    env,
    isTTY: false,
    now: () => 0,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}
