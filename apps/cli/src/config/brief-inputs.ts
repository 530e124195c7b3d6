import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { KnowledgeBase } from "@accord/domain";
import { type BriefRequest, briefData, DEFAULT_TEMPLATE_DIR, ReportError } from "@accord/reports";

/** A brief as a build renders it: the request, the options, and where it goes. */
export interface PlannedBrief {
  /** The file name inside the `out` folder, with forward slashes: the brief's key in the manifest. */
  file: string;
  request: BriefRequest;
  format: "pdf" | "md";
  from?: string;
  to?: string;
  /** The template folder as the config names it (relative to the config). */
  template?: string;
  /** The template folder as an absolute path. */
  templateDir?: string;
}

/** A template file that shapes a brief, by name, with the SHA-256 of the file used. */
export interface TemplateDigest {
  file: string;
  sha256: string;
}

/** What besides the snapshot a brief's bytes depend on. */
export interface InputContext {
  /** The accord version: another renderer may typeset the same data differently. */
  version: string;
  /** SOURCE_DATE_EPOCH, written into PDFs. */
  sourceDateEpoch: number | undefined;
  templates: readonly TemplateDigest[];
}

/** The SHA-256 of everything a brief is made from, or why it cannot be made. */
export type InputsResult = { ok: true; sha256: string } | { ok: false; reason: string };

/** Hex SHA-256 of bytes or text. */
export function sha256(content: Uint8Array | string): string {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Hashes a brief's inputs: the part of the snapshot it shows (the data its template sees, so a
 * document about other organizations leaves it alone), its request and options, the accord
 * version and its template files. Equal hashes mean byte-identical output.
 */
export function briefInputsHash(kb: KnowledgeBase, brief: PlannedBrief, context: InputContext): InputsResult {
  let data: ReturnType<typeof briefData>;
  try {
    data = briefData(kb, brief.request, {
      ...(brief.from ? { from: brief.from } : {}),
      ...(brief.to ? { to: brief.to } : {}),
    });
  } catch (error) {
    if (error instanceof ReportError) return { ok: false, reason: error.message };
    throw error;
  }
  if (!data.ok) return { ok: false, reason: data.reason };
  const inputs = {
    version: context.version,
    request: brief.request,
    options: {
      format: brief.format,
      from: brief.from ?? null,
      to: brief.to ?? null,
      // The timestamp only reaches PDFs.
      sourceDateEpoch: brief.format === "pdf" ? (context.sourceDateEpoch ?? 0) : null,
    },
    templates: context.templates,
    data: data.data,
  };
  return { ok: true, sha256: sha256(JSON.stringify(inputs)) };
}

const PARTIAL = /^_[a-z0-9-]+\.md\.hbs$/;

/**
 * The template files a brief of this kind is rendered with, each from `templateDir` when it has
 * one of that name and from the shipped templates otherwise (as the renderer picks them).
 */
export function templateDigests(
  kind: BriefRequest["kind"],
  templateDir?: string,
): TemplateDigest[] | { reason: string } {
  if (templateDir !== undefined && !existsSync(templateDir))
    return { reason: `the template directory '${templateDir}' does not exist` };
  const dirs = templateDir === undefined ? [DEFAULT_TEMPLATE_DIR] : [templateDir, DEFAULT_TEMPLATE_DIR];
  const names = new Set([`${kind}.md.hbs`, ...dirs.flatMap((dir) => readdirSync(dir).filter((f) => PARTIAL.test(f)))]);
  const digests: TemplateDigest[] = [];
  for (const file of [...names].sort()) {
    const dir = dirs.find((d) => existsSync(join(d, file)));
    if (dir === undefined) return { reason: `no template '${file}' in ${dirs.join(" or ")}` };
    digests.push({ file, sha256: sha256(readFileSync(join(dir, file))) });
  }
  return digests;
}
