import type { Facet, FacetColumns, OrganizationFacet, OrganizationId, PersonFacet } from "@accord/domain";
import { SEPARATOR } from "./entity-heads.ts";

/**
 * The facets of every organization, person, partnership and event in one value, for a scan that a row per entity makes slow in a large
 * store: the organizations' and people's facets, the distinct kinds, dates and lists (of parties, fields or people) once each, the ids joined, and five
 * 32-bit numbers a facet that point into them. A pack is a copy of the heads' columns, never the only place of a
 * fact: it holds the store's generation it was made at, and a reader that finds another uses the heads.
 *
 * Layout: a header of six unsigned 32-bit numbers (`LAYOUT`, the byte lengths of the tables and of the ids, the
 * counts of partnerships and of events, 0), the tables as UTF-8 JSON, the ids as UTF-8 joined by U+001F, each part
 * padded with spaces to a multiple of 4 bytes, then the facets' numbers: kind, start + 1, end + 1 (0: none), the
 * organizations' list and the fields' (partnership) or people's (event) list. Numbers are in the machine's byte
 * order; on a machine of the other order the header's first number is not `LAYOUT`, and the pack is not read.
 */
export const LAYOUT = 0x33464341; // "ACF3" as little-endian bytes

const HEADER = 6;
/** How many bytes the header of a pack takes. */
export const PACK_HEADER_BYTES = 4 * HEADER;
const COLUMNS = 5;

/** One head's facet columns as `scanFacets` selects them: id, label, date_start, date_end, members, fields or people. */
export type FacetRow = readonly unknown[];

interface Tables {
  organizations: [id: string, name: string, parentId: string | null, country: string | null][];
  people: [id: string, name: string, sentences: number][];
  kinds: string[];
  dates: string[];
  /** The ids lists name that are not an organization's or a person's. */
  names: string[];
  /** Lists of ids, each id as its place among the organizations', then the people's, then `names`. */
  lists: number[][];
}

/**
 * Builds a pack from the heads' facet columns: every partnership's row, then every event's, each in id order.
 */
export class FacetPacker {
  readonly #tables: Tables = { organizations: [], people: [], kinds: [], dates: [], names: [], lists: [] };
  // Every id a list may name, by its place (see Tables.lists).
  readonly #names = new Map<string, number>();
  readonly #places = {
    kinds: new Map<string, number>(),
    dates: new Map<string, number>(),
    lists: new Map<string, number>(),
  };
  readonly #ids: string[] = [];
  readonly #numbers: number[] = [];
  readonly #counts = { partnership: 0, event: 0 };

  /** Adds every organization's facet, and every person's, each list sorted by id. */
  addOthers(organizations: readonly OrganizationFacet[], people: readonly PersonFacet[]): void {
    if (this.#ids.length > 0) throw new Error("the organizations and people came after the lists");
    for (const o of organizations) {
      this.#names.set(o.id, this.#names.size);
      this.#tables.organizations.push([o.id, o.name, o.parentId, o.country]);
    }
    for (const p of people) {
      this.#names.set(p.id, this.#names.size);
      this.#tables.people.push([p.id, p.name, p.sentences]);
    }
  }

  /** Adds one head's facet columns (events after every partnership). */
  add(kind: "partnership" | "event", row: FacetRow): void {
    if (kind === "partnership" && this.#counts.event > 0)
      throw new Error("a partnership's facet came after an event's");
    this.#counts[kind]++;
    this.#ids.push(row[0] as string);
    this.#numbers.push(
      this.#place("kinds", row[1] as string),
      row[2] === null ? 0 : this.#place("dates", row[2] as string) + 1,
      row[3] === null ? 0 : this.#place("dates", row[3] as string) + 1,
      this.#list(row[4] as string),
      this.#list(row[5] as string),
    );
  }

  get partnerships(): number {
    return this.#counts.partnership;
  }

  get events(): number {
    return this.#counts.event;
  }

  /** The pack of every row added. */
  bytes(): Uint8Array {
    const encoder = new TextEncoder();
    const tables = padded(encoder.encode(JSON.stringify(this.#tables)));
    const ids = padded(encoder.encode(this.#ids.join(SEPARATOR)));
    const numbers = this.#numbers;
    const out = new Uint8Array(4 * HEADER + tables.length + ids.length + 4 * numbers.length);
    const header = [LAYOUT, tables.length, ids.length, this.#counts.partnership, this.#counts.event, 0];
    new Uint32Array(out.buffer, 0, HEADER).set(header);
    out.set(tables, 4 * HEADER);
    out.set(ids, 4 * HEADER + tables.length);
    new Uint32Array(out.buffer, 4 * HEADER + tables.length + ids.length, numbers.length).set(numbers);
    return out;
  }

  #place(table: "kinds" | "dates", value: string): number {
    let at = this.#places[table].get(value);
    if (at === undefined) {
      at = this.#tables[table].push(value) - 1;
      this.#places[table].set(value, at);
    }
    return at;
  }

  #nameOf(id: string): number {
    let at = this.#names.get(id);
    if (at === undefined) {
      at = this.#names.size;
      this.#names.set(id, at);
      this.#tables.names.push(id);
    }
    return at;
  }

  #list(joined: string): number {
    let at = this.#places.lists.get(joined);
    if (at === undefined) {
      const ids = joined === "" ? [] : joined.split(SEPARATOR);
      at = this.#tables.lists.push(ids.map((id) => this.#nameOf(id))) - 1;
      this.#places.lists.set(joined, at);
    }
    return at;
  }
}

/** What a pack holds, ready to be visited. */
export interface UnpackedFacets {
  organizations: OrganizationFacet[];
  people: PersonFacet[];
  partnerships: number;
  events: number;
  /** Calls `visit` with each facet, the partnerships first; facets with the same list share one array. */
  each(visit: (facet: Facet, kind: "partnership" | "event") => void): void;
  /** The same facets as columns, without a facet object for each. */
  columns(): FacetColumns;
}

/** The counts a pack's header (its first PACK_HEADER_BYTES) gives; undefined when it is not of this layout. */
export function packHeader(bytes: Uint8Array): { partnerships: number; events: number } | undefined {
  if (bytes.length < 4 * HEADER) return undefined;
  // A copy: a driver's Buffer may be a view into a larger one, at any offset.
  const [layout, , , partnerships, events] = new Uint32Array(new Uint8Array(bytes.subarray(0, 4 * HEADER)).buffer);
  return layout === LAYOUT ? { partnerships: partnerships ?? 0, events: events ?? 0 } : undefined;
}

/** Reads a pack; undefined when it is not one of this layout (another version, or the other byte order). */
export function unpackFacets(bytes: Uint8Array): UnpackedFacets | undefined {
  // Typed arrays need the numbers at an offset a multiple of 4: a buffer from a driver may start anywhere.
  // (A Buffer's `slice` is a view, so the copy is made as a Uint8Array.)
  const data = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  if (data.length < 4 * HEADER) return undefined;
  const [layout, tableLength, idLength, partnerships, events] = new Uint32Array(data.buffer, data.byteOffset, HEADER);
  if (layout !== LAYOUT || tableLength === undefined || idLength === undefined) return undefined;
  const total = (partnerships ?? 0) + (events ?? 0);
  const base = data.byteOffset + 4 * HEADER;
  if (data.length !== 4 * HEADER + tableLength + idLength + 4 * COLUMNS * total) return undefined;
  const decoder = new TextDecoder();
  const tables = JSON.parse(decoder.decode(data.subarray(4 * HEADER, 4 * HEADER + tableLength))) as Tables;
  const idBytes = data.subarray(4 * HEADER + tableLength, 4 * HEADER + tableLength + idLength);
  // Where each id starts in its bytes (and one past the end of the last, as if a separator followed it): ids are
  // made into strings when asked for, as a count of the columns needs few of them.
  const starts = new Uint32Array(total + 1);
  let end = idBytes.length;
  while (end > 0 && idBytes[end - 1] === 0x20) end--;
  let found = 1;
  for (
    let b = total > 0 ? idBytes.indexOf(SEPARATOR_BYTE) : -1;
    b >= 0 && b < end;
    b = idBytes.indexOf(SEPARATOR_BYTE, b + 1)
  ) {
    if (found >= total) return undefined;
    starts[found++] = b + 1;
  }
  if (total > 0 && found !== total) return undefined;
  starts[total] = end + 1;
  const idOf = (i: number): string => decoder.decode(idBytes.subarray(starts[i], (starts[i + 1] as number) - 1));
  let split: string[] | undefined;
  const allIds = () => (split ??= total === 0 ? [] : decoder.decode(idBytes.subarray(0, end)).split(SEPARATOR));
  const numbers = new Uint32Array(data.buffer, base + tableLength + idLength, COLUMNS * total);
  const { kinds, dates } = tables;
  const organizations = tables.organizations.map(([id, name, parentId, country]) => ({
    id: id as OrganizationId,
    name,
    parentId: parentId as OrganizationId | null,
    country,
  }));
  const people = tables.people.map(([id, name, sentences]) => ({ id, name, sentences }));
  // Lists name the very strings the organizations and people hold.
  const names: string[] = [...organizations.map((o) => o.id), ...people.map((p) => p.id), ...tables.names];
  const lists = tables.lists.map((list) => list.map((at) => names[at] as string));
  return {
    organizations,
    people,
    partnerships: partnerships ?? 0,
    events: events ?? 0,
    columns: () => ({ partnerships: partnerships ?? 0, events: events ?? 0, id: idOf, kinds, dates, lists, numbers }),
    each(visit) {
      const ids = allIds();
      for (let i = 0, at = 0; i < total; i++, at += COLUMNS) {
        const partnership = i < (partnerships ?? 0);
        const start = numbers[at + 1] as number;
        const end = numbers[at + 2] as number;
        const other = lists[numbers[at + 4] as number] as string[];
        const facet: Facet = {
          id: ids[i] as string,
          kind: kinds[numbers[at] as number] as string,
          start: start === 0 ? null : (dates[start - 1] as string),
          end: end === 0 ? null : (dates[end - 1] as string),
          organizations: lists[numbers[at + 3] as number] as OrganizationId[],
          fields: partnership ? other : NONE,
          people: partnership ? NONE : other,
        };
        visit(facet, partnership ? "partnership" : "event");
      }
    },
  };
}

const NONE: string[] = [];
const SEPARATOR_BYTE = SEPARATOR.charCodeAt(0);

// Spaces up to a multiple of 4 bytes: JSON ignores them after its value, and ids are trimmed of them.
function padded(bytes: Uint8Array): Uint8Array {
  const rest = (4 - (bytes.length % 4)) % 4;
  if (rest === 0) return bytes;
  const out = new Uint8Array(bytes.length + rest);
  out.set(bytes);
  out.fill(0x20, bytes.length);
  return out;
}
