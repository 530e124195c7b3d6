/**
 * Reads the Unicode code points a TrueType/OpenType font maps to glyphs, from its `cmap`
 * table (subtables of format 4 and 12, the ones Unicode fonts carry).
 */
export function readCmap(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(view, "cmap");
  if (cmap === undefined) throw new Error("the font has no cmap table");
  const covered = new Set<number>();
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const sub = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(sub);
    if (format === 4) readFormat4(view, sub, covered);
    else if (format === 12) readFormat12(view, sub, covered);
  }
  return covered;
}

/**
 * Whether a TrueType/OpenType font maps one code point to a glyph, looked up in its `cmap`
 * subtables (formats 4 and 12) when asked: the same answer as `readCmap(font).has(cp)` without
 * listing every code point of a large font first.
 */
export function cmapLookup(font: Uint8Array): (codePoint: number) => boolean {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(view, "cmap");
  if (cmap === undefined) throw new Error("the font has no cmap table");
  const lookups: ((c: number) => boolean)[] = [];
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const sub = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(sub);
    if (format === 4) lookups.push((c) => hasFormat4(view, sub, c));
    else if (format === 12) lookups.push((c) => hasFormat12(view, sub, c));
  }
  return (c) => lookups.some((has) => has(c));
}

function hasFormat4(view: DataView, sub: number, c: number): boolean {
  if (c >= 0xffff) return false;
  const segments = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  // The first segment whose end is at or after c (segments are sorted by their end).
  let lo = 0;
  let hi = segments - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.getUint16(ends + mid * 2) < c) lo = mid + 1;
    else hi = mid;
  }
  const s = lo;
  const start = view.getUint16(starts + s * 2);
  if (c < start || c > view.getUint16(ends + s * 2)) return false;
  const delta = view.getInt16(deltas + s * 2);
  const rangeOffset = view.getUint16(rangeOffsets + s * 2);
  if (rangeOffset === 0) return ((c + delta) & 0xffff) !== 0;
  const raw = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
  return raw !== 0 && ((raw + delta) & 0xffff) !== 0;
}

function hasFormat12(view: DataView, sub: number, c: number): boolean {
  let lo = 0;
  let hi = view.getUint32(sub + 12) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = sub + 16 + mid * 12;
    if (c < view.getUint32(at)) hi = mid - 1;
    else if (c > view.getUint32(at + 4)) lo = mid + 1;
    else return view.getUint32(at + 8) + (c - view.getUint32(at)) !== 0;
  }
  return false;
}

function tableOffset(view: DataView, tag: string): number | undefined {
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    if (name === tag) return view.getUint32(record + 8);
  }
  return undefined;
}

function readFormat4(view: DataView, sub: number, covered: Set<number>): void {
  const segments = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        const raw = view.getUint16(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(c);
    }
  }
}

function readFormat12(view: DataView, sub: number, covered: Set<number>): void {
  const groups = view.getUint32(sub + 12);
  for (let g = 0; g < groups; g++) {
    const at = sub + 16 + g * 12;
    const start = view.getUint32(at);
    const end = view.getUint32(at + 4);
    const firstGlyph = view.getUint32(at + 8);
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) covered.add(c);
  }
}
