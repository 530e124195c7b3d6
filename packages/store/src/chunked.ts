/** Splits rows into chunks small enough for one statement's bound parameters on every backend. */
export function chunked<T>(rows: readonly T[], size = 100): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
