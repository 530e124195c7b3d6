/** Everything a command may touch outside itself: streams, working folder, environment. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input. */
  readStdin: () => Promise<Uint8Array>;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (progress bars and colour only then). */
  isTTY: boolean;
  /** Milliseconds since an arbitrary start, for rates and ETAs. */
  now: () => number;
}
