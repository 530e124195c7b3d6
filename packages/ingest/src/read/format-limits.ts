/** A size for people: `512 bytes`, `12 KB`, `3.5 MB`, `210 MB` (binary units). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}

/** A duration for people: `20 s`, `1.5 s`, `50 ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return `${Math.round(ms / 100) / 10} s`;
}
