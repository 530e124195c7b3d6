import { resolve } from "node:path";
import type { BriefRequest } from "@accord/reports";
import type { PlannedBrief } from "./brief-inputs.ts";
import type { BriefSpec, BuildConfig } from "./build-config.ts";

/** The briefs a config declares, with their requests and resolved options, in config order. */
export function planBriefs(config: BuildConfig, configDir: string): PlannedBrief[] {
  return config.briefs.map((spec) => ({
    file: spec.out.replace(/\\/g, "/").replace(/^\.\//, ""),
    request: requestOf(spec),
    format: spec.format ?? (/\.md$/i.test(spec.out) ? "md" : "pdf"),
    ...(spec.from ? { from: spec.from } : {}),
    ...(spec.to ? { to: spec.to } : {}),
    ...(spec.template ? { template: spec.template, templateDir: resolve(configDir, spec.template) } : {}),
  }));
}

function requestOf(spec: BriefSpec): BriefRequest {
  if (spec.kind === "pair") return { kind: "pair", organizations: spec.organizations };
  if (spec.kind === "org") return { kind: "org", organization: spec.organization };
  return { kind: "countries", countries: spec.countries };
}
