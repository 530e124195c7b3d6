import { readFile } from "node:fs/promises";
import * as z from "zod";

/** One rendered brief as the manifest records it. */
export const ManifestEntry = z.object({
  file: z.string(),
  kind: z.enum(["pair", "org", "countries"]),
  request: z.record(z.string(), z.unknown()),
  options: z.object({
    format: z.enum(["pdf", "md"]),
    from: z.string().optional(),
    to: z.string().optional(),
    template: z.string().optional(),
  }),
  /** SHA-256 of the brief's inputs: the snapshot content it shows, its options and templates. */
  inputs: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 of the file as written. */
  output: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

/** `<out>/accord-manifest.json`: what `accord build` last wrote, so it can tell what is out of date. */
export const Manifest = z.object({
  format: z.literal("accord-manifest"),
  version: z.literal(1),
  /** The config it was built from, relative to the manifest's folder. */
  config: z.string(),
  briefs: z.array(ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;

/** Reads a manifest; a missing or unreadable one is null, which makes every brief out of date. */
export async function readManifest(path: string): Promise<Manifest | null> {
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null) return null;
  try {
    const parsed = Manifest.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The manifest's file content: stable JSON, briefs in config order, no timestamps (it is meant to be committed). */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
