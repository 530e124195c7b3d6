import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Every test run writes its scratch folders, stores and PDFs under one temporary folder of its own, removed when the
// run ends (kept when ACCORD_KEEP_TEST_TMP is set, to look at what a test left): a run leaves nothing behind, and
// two packages' runs at once never see each other's files. The test workers and the commands they start inherit
// TMPDIR, which os.tmpdir() reads.
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "accord-test-"));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (process.env.ACCORD_KEEP_TEST_TMP) process.stderr.write(`test files kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  };
}
