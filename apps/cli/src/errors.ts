/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A failure the user can fix (a missing file, an unknown organization): one line, exit code 1. */
export class UserError extends Error {
  override name = "UserError";
}
