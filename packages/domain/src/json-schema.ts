import * as z from "zod";
import { KnowledgeBase } from "./knowledge-base.ts";

/** The JSON Schema (draft 2020-12) of a knowledge-base snapshot, for editors and other languages. */
export function knowledgeBaseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(KnowledgeBase, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  return {
    ...schema,
    $id: "urn:accord:knowledge-base:v1",
    title: "accord knowledge-base snapshot",
  };
}
