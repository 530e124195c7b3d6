// Byte-level mutations applied on top of any generated input.

/** `bytes` with a few random mutations: bit flips, byte overwrites, cuts, insertions and duplicated slices. */
export function mutateBytes(random, bytes) {
  let out = Uint8Array.from(bytes);
  const steps = random.int(1, 6);
  for (let s = 0; s < steps && out.length > 0; s++) {
    const at = random.int(0, out.length - 1);
    const op = random.pick(["flip", "flip", "byte", "cut", "insert", "duplicate", "truncate"]);
    if (op === "flip") out[at] ^= 1 << random.int(0, 7);
    else if (op === "byte") out[at] = random.pick([0, 0xff, 0x7f, 0x80, 0x3c, 0x3e, 0x26, 0x22, random.int(0, 255)]);
    else if (op === "truncate") out = out.slice(0, at);
    else if (op === "cut")
      out = concat(out.subarray(0, at), out.subarray(Math.min(out.length, at + random.int(1, 512))));
    else if (op === "insert") out = concat(out.subarray(0, at), random.bytes(random.int(1, 64)), out.subarray(at));
    else {
      const slice = out.subarray(at, Math.min(out.length, at + random.int(1, 4096)));
      out = concat(out.subarray(0, at), slice, slice, out.subarray(at));
    }
  }
  return out;
}

/** Several byte arrays as one. */
export function concat(...parts) {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
