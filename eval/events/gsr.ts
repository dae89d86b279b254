import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One record of the PLOVER gold-standard file (CAMEO manual sentences coded in PLOVER). */
export interface GsrRecord {
  id: string;
  text: string;
  event: string;
  source: { actorText: string; code: string; sector?: string }[];
  target: { actorText: string; code: string; sector?: string }[];
}

/** The gold file uses the older 18-type names; the current 16 types merged or renamed these. */
const OLD_TO_NEW: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

export function currentPloverName(event: string): string {
  return OLD_TO_NEW[event] ?? event;
}

function actors(v: unknown): GsrRecord['source'] {
  return Array.isArray(v) ? (v as GsrRecord['source']).filter((a) => a && typeof a.code === 'string') : [];
}

/** Reads PLOVER_GSR_CAMEO.jsonl from a folder (or the file itself). */
export function readGsr(path: string): GsrRecord[] {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'PLOVER_GSR_CAMEO.jsonl') : path;
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const r = JSON.parse(line) as Record<string, unknown>;
    return {
      id: String(r.id),
      text: String(r.text),
      event: currentPloverName(String(r.event)),
      source: actors(r.source),
      target: actors(r.target),
    };
  });
}
