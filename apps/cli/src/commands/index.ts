import type { Command } from "../command.ts";

/** A command as `accord --help` lists it; its module (and what it imports) loads only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

/** Every command, in the order `accord --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "demo",
    summary: "ingest the shipped sample corpus and render one brief of each kind into ./out",
    load: async () => (await import("./demo.ts")).demo,
  },
  {
    name: "ingest",
    summary: "read documents into the knowledge base (text, HTML, PDF, DOCX)",
    load: async () => (await import("./ingest.ts")).ingest,
  },
  {
    name: "extract",
    summary: "print what accord reads from documents, without storing anything",
    load: async () => (await import("./extract.ts")).extract,
  },
  {
    name: "list",
    summary: "list organizations, people, partnerships, events or documents",
    load: async () => (await import("./list.ts")).list,
  },
  {
    name: "show",
    summary: "show an organization: its names, partners and the evidence for each fact",
    load: async () => (await import("./show.ts")).show,
  },
  {
    name: "brief",
    summary: "render a PDF (or Markdown) brief: a pair, an organization, or two countries",
    load: async () => (await import("./brief.ts")).brief,
  },
  {
    name: "build",
    summary: "ingest the sources of accord.config.json and render its briefs, rewriting only what changed",
    load: async () => (await import("./build.ts")).build,
  },
  {
    name: "export",
    summary: "write the knowledge base as a snapshot (JSON)",
    load: async () => (await import("./export.ts")).exportCommand,
  },
  {
    name: "import",
    summary: "load a snapshot into the knowledge base, merging",
    load: async () => (await import("./import.ts")).importCommand,
  },
  {
    name: "schema",
    summary: "print the JSON Schema (draft 2020-12) of a knowledge-base snapshot",
    load: async () => (await import("./schema.ts")).schema,
  },
];
