import type { LocalizedName, OrganizationId, OrganizationKind, UnitKind } from "@accord/domain";
import type { KnownOrganization } from "../gazetteer/build-gazetteer.ts";
import { slugKey } from "../text/name-key.ts";

/** How an organization was named at one place in the text. */
export type MentionForm = "name" | "acronym" | "short" | "reference";

/** One place in the text that names an organization. */
export interface OrgMention {
  start: number;
  end: number;
  sentence: number;
  entity: OrgEntity;
  form: MentionForm;
}

/** An organization as one document knows it, before it becomes a domain `Organization`. */
export interface OrgEntity {
  id: OrganizationId;
  name: string;
  kind: OrganizationKind;
  unitKind: UnitKind | null;
  parent: OrgEntity | null;
  country: string | null;
  known: KnownOrganization | null;
  names: LocalizedName[];
  acronyms: Set<string>;
  /** Forms met in this text. */
  surfaces: Set<string>;
  mentions: OrgMention[];
  /** For a name found in Russian text: its stems, to know its short forms. */
  russianKey?: string;
}

/** The organizations of one document, one entity per id. */
export class OrganizationTable {
  readonly entities = new Map<OrganizationId, OrgEntity>();
  readonly mentions: OrgMention[] = [];

  /** The entity for a gazetteer organization, created on first use. */
  known(org: KnownOrganization): OrgEntity {
    const existing = this.entities.get(org.id);
    if (existing) return existing;
    const e = org.entry;
    const entity: OrgEntity = {
      id: org.id,
      name: e.name,
      kind: e.kind,
      unitKind: null,
      parent: null,
      country: e.country,
      known: org,
      names: [...e.zh.map((value) => ({ lang: "zh", value })), ...e.ru.map((value) => ({ lang: "ru", value }))],
      acronyms: new Set(e.acronyms),
      surfaces: new Set(),
      mentions: [],
    };
    this.entities.set(org.id, entity);
    return entity;
  }

  /** The entity for an organization found by the shape of its name. */
  found(input: {
    name: string;
    kind: OrganizationKind;
    country: string | null;
    parent?: OrgEntity | null;
    unitKind?: UnitKind | null;
    /** What the id is made from when the name is inflected ("университета" and "университетом" are one). */
    key?: string;
  }): OrgEntity {
    const parent = input.parent ?? null;
    const slug = slugKey(input.key ?? input.name);
    const id = (parent ? `${parent.id}.${slug}` : `org:${slug}`) as OrganizationId;
    const existing = this.entities.get(id);
    if (existing) return existing;
    const entity: OrgEntity = {
      id,
      name: input.name,
      kind: parent ? "unit" : input.kind,
      unitKind: parent ? (input.unitKind ?? "other") : null,
      parent,
      country: input.country ?? parent?.country ?? null,
      known: null,
      names: [],
      acronyms: new Set(),
      surfaces: new Set(),
      mentions: [],
    };
    this.entities.set(id, entity);
    return entity;
  }

  /** Gives an entity a new canonical name, and the id that follows from it. */
  rename(entity: OrgEntity, name: string) {
    this.entities.delete(entity.id);
    entity.name = name;
    const slug = slugKey(name);
    entity.id = (entity.parent ? `${entity.parent.id}.${slug}` : `org:${slug}`) as OrganizationId;
    const clash = this.entities.get(entity.id);
    if (clash && clash !== entity) {
      this.entities.set(entity.id, entity);
      this.absorb(entity, clash);
      this.entities.set(clash.id, clash);
      return;
    }
    this.entities.set(entity.id, entity);
  }

  /** Makes `from` part of `into`: its mentions and names move over. */
  absorb(from: OrgEntity, into: OrgEntity) {
    for (const s of from.surfaces) into.surfaces.add(s);
    into.surfaces.add(from.name);
    for (const m of from.mentions) {
      m.entity = into;
      into.mentions.push(m);
    }
    from.mentions = [];
    this.entities.delete(from.id);
  }

  /** Makes an organization a unit of `parent`, with the id that follows from it. */
  reparent(entity: OrgEntity, parent: OrgEntity, unitKind: UnitKind) {
    entity.parent = parent;
    entity.kind = "unit";
    entity.unitKind = unitKind;
    this.rename(entity, entity.name);
  }

  /** Records that `text.slice(start, end)` names `entity`. */
  mention(entity: OrgEntity, at: { start: number; end: number; sentence: number }, text: string, form: MentionForm) {
    if (this.covers(at.start, at.end)) return;
    this.bySentence = null;
    const mention: OrgMention = { start: at.start, end: at.end, sentence: at.sentence, entity, form };
    // Kept in order as mentions come (mostly at the end), not re-sorted: a re-sort per mention is quadratic.
    if (this.sorted) this.sorted.splice(insertionPoint(this.sorted, at.start), 0, mention);
    entity.mentions.push(mention);
    this.mentions.push(mention);
    if (form !== "reference") entity.surfaces.add(text.slice(at.start, at.end));
  }

  /** Forgets a mention (a shorter name found inside a longer one). */
  unmention(mention: OrgMention) {
    this.sorted = null;
    this.bySentence = null;
    this.mentions.splice(this.mentions.indexOf(mention), 1);
    mention.entity.mentions.splice(mention.entity.mentions.indexOf(mention), 1);
  }

  /** Whether a stretch of text already names an organization. */
  covers(start: number, end: number): boolean {
    // Mentions never overlap, so in start order their ends are in order too: find the first that ends after `start`.
    this.sorted ??= [...this.mentions].sort((a, b) => a.start - b.start);
    const list = this.sorted;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as OrgMention).end <= start) lo = mid + 1;
      else hi = mid;
    }
    const m = list[lo];
    return m !== undefined && m.start < end;
  }

  private sorted: OrgMention[] | null = null;
  private bySentence: Map<number, OrgMention[]> | null = null;

  /** The mention that starts at or covers an offset, if any. */
  mentionAt(offset: number): OrgMention | undefined {
    this.sorted ??= [...this.mentions].sort((a, b) => a.start - b.start);
    const list = this.sorted;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = list[mid] as OrgMention;
      if (offset < m.start) hi = mid - 1;
      else if (offset >= m.end) lo = mid + 1;
      else return m;
    }
    return undefined;
  }

  /** The mentions in one sentence, in text order. */
  inSentence(sentence: number): readonly OrgMention[] {
    if (!this.bySentence) {
      this.bySentence = new Map();
      for (const m of [...this.mentions].sort((a, b) => a.start - b.start)) {
        const list = this.bySentence.get(m.sentence);
        if (list) list.push(m);
        else this.bySentence.set(m.sentence, [m]);
      }
    }
    return this.bySentence.get(sentence) ?? [];
  }
}

function insertionPoint(sorted: readonly OrgMention[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  if (hi > 0 && (sorted[hi - 1] as OrgMention).start <= start) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as OrgMention).start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The organization a unit belongs to, or the organization itself. */
export function rootOf(entity: OrgEntity): OrgEntity {
  let e = entity;
  const seen = new Set<OrgEntity>();
  while (e.parent && !seen.has(e)) {
    seen.add(e);
    e = e.parent;
  }
  return e;
}
