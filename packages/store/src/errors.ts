/** A store that cannot be opened, migrated or read: a bad location, an unreachable server, a newer schema. */
export class StoreError extends Error {
  override name = "StoreError";
}

/** A location as it may be printed: a URL's password is hidden. */
export function describeLocation(location: string): string {
  try {
    const url = new URL(location);
    if (url.password) url.password = "***";
    return url.protocol.startsWith("postgres") ? url.toString() : location;
  } catch {
    return location;
  }
}

/** The message of anything thrown, on one line. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim();
}
