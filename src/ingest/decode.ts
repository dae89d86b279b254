import { gunzipSync } from 'node:zlib';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Turns the raw bytes of an input into text, or says why it cannot: gzip is unpacked (by magic number, not
 * name), the size limit applies to the unpacked bytes too, binary data and invalid UTF-8 are refused rather
 * than stored as mojibake.
 */
export function decodeInput(bytes: Buffer, maxBytes = DEFAULT_MAX_BYTES): { text: string } | { error: string } {
  if (bytes.length > maxBytes) return { error: `the file is ${formatSize(bytes.length)}, over the limit of ${formatSize(maxBytes)} (--max-size)` };
  let data = bytes;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      data = gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
    } catch (e) {
      const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|Cannot create a Buffer larger/.test(String(e));
      return { error: tooBig ? `unpacked, the file is over the limit of ${formatSize(maxBytes)} (--max-size)` : `not a valid gzip file (${(e as Error).message})` };
    }
    if (data.length > maxBytes) return { error: `unpacked, the file is over the limit of ${formatSize(maxBytes)} (--max-size)` };
  }
  if (data.length === 0) return { error: 'the file is empty' };
  // A NUL byte never occurs in UTF-8 text; it is the surest sign of a binary file.
  if (data.subarray(0, 8192).includes(0)) return { error: 'the file is binary, not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return { error: `the file is not valid UTF-8 text (first bad byte near offset ${firstInvalidUtf8(data)})` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte-order mark
  if (!text.trim()) return { error: 'the file holds only white space' };
  return { text };
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function firstInvalidUtf8(data: Buffer): number {
  // Binary search for the longest prefix that decodes (streaming, so a cut multi-byte sequence is not an error).
  let lo = 0;
  let hi = data.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
