/**
 * A count as English text prints it: digits in groups of three from 1,000 on (`282,681`), the same on every
 * machine (no locale is read). Anything but a whole number is printed as it is.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const grouped = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ",");
  return n < 0 ? `-${grouped}` : grouped;
}
