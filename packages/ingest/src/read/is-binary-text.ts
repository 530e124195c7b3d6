const SAMPLE_CHARS = 64 * 1024;

/** Whether decoded text is really binary data: NULs, or a large share of control or replacement characters. */
export function isBinaryText(text: string): boolean {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
    if (control || code === 0xfffd || (code >= 0x80 && code < 0xa0)) bad += 1;
  }
  return bad / sample.length > 0.05;
}
