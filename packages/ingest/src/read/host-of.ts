/** The host of an http(s) url without `www.`, such as `news.hit.edu.cn`; null for anything else. */
export function hostOf(url: string | null | undefined): string | null {
  const parsed = parseHttpUrl(url);
  return parsed ? parsed.hostname.replace(/^www\./, "") : null;
}

/** An absolute http(s) url, resolved against `base` when relative; null when it is not one. */
export function absoluteHttpUrl(value: string | null | undefined, base?: string | null): string | null {
  const trimmed = value?.trim() ?? "";
  if (trimmed === "") return null;
  const parsed =
    parseHttpUrl(trimmed) ?? (parseHttpUrl(base) ? parseHttpUrl(new URL(trimmed, base ?? undefined).href) : null);
  return parsed ? parsed.href : null;
}

function parseHttpUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
