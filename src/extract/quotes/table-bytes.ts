/*
 * What the attribution tagger's binary word tables (word-classes.ts, word-senses.ts) share: a four-letter
 * magic that names the layout, then little-endian numbers.
 */

/** A DataView over a table's bytes once its magic is the expected one; `what` names the table in the error. */
export function tableView(bytes: Uint8Array, magic: string, what: string): DataView {
  const found = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (found !== magic) throw new Error(`not a ${what} file (magic ${JSON.stringify(found)})`);
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** `count` little-endian u32 numbers from byte `at`. */
export function readUint32s(view: DataView, at: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getUint32(at + 4 * i, true);
  return out;
}

/** Writes the magic into a table's first four bytes. */
export function writeMagic(bytes: Uint8Array, magic: string): void {
  for (let i = 0; i < 4; i++) bytes[i] = magic.charCodeAt(i);
}
