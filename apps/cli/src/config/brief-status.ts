import type { ManifestEntry } from "./manifest.ts";

/** Whether a brief on disk is what its inputs make, and if not, why. */
export type BriefStatus = { current: true } | { current: false; reason: string };

/**
 * Compares a brief with the manifest: current when the manifest records these inputs and the file
 * on disk is the one it wrote. `fileSha256` is null when the file is missing.
 */
export function briefStatus(prior: ManifestEntry | undefined, inputs: string, fileSha256: string | null): BriefStatus {
  if (prior === undefined)
    return { current: false, reason: fileSha256 === null ? "not built yet" : "not in the manifest" };
  if (prior.inputs !== inputs) return { current: false, reason: "inputs changed" };
  if (fileSha256 === null) return { current: false, reason: "file missing" };
  if (fileSha256 !== prior.output) return { current: false, reason: "file edited since it was built" };
  return { current: true };
}
