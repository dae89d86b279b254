import type { AgentRow } from '../types.js';
import { ploverSector } from './cameo-codes.js';

/**
 * Phoenix agent nouns ("HEALTH_MINIST [~GOVHLH]", "SPOKES!PERSON! [~MED]") → [phrase, PLOVER sector].
 * Macros (!PERSON!, !MINIST!) and the trailing MINIST stem are expanded; a plain plural is added.
 */
export function parsePhoenixAgents(text: string): AgentRow[] {
  const macros = new Map<string, string[]>();
  const rows = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*/, '').trim();
    if (!line) continue;
    const macro = /^!(\w+)!\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(macro[1], macro[2].split(',').map((w) => w.trim()).filter(Boolean));
      continue;
    }
    const m = /^([^[{]+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)[^\]]*\]/.exec(line);
    if (!m) continue;
    const code = m[3];
    let sector: string | null = null;
    for (let i = 0; i + 3 <= code.length && !sector; i += 3) sector = ploverSector(code.slice(i, i + 3));
    if (!sector) continue;
    for (const phrase of expand(m[1], macros)) {
      const words = phrase.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
      if (words && !rows.has(words)) rows.set(words, sector);
    }
  }
  for (const [phrase, sector] of [...rows]) {
    if (!phrase.endsWith('s')) {
      const plural = /(y)$/.test(phrase) && !/[aeiou]y$/.test(phrase) ? `${phrase.slice(0, -1)}ies` : `${phrase}s`;
      if (!rows.has(plural)) rows.set(plural, sector);
    }
  }
  return [...rows];
}

function expand(phrase: string, macros: ReadonlyMap<string, string[]>): string[] {
  const m = /!(\w+)!/.exec(phrase);
  if (m) {
    const options = macros.get(m[1]) ?? [];
    return options.flatMap((o) => expand(phrase.replace(m[0], o), macros));
  }
  if (/MINIST_?$/.test(phrase.trim()) || /MINIST_/.test(phrase)) {
    return ['MINISTER', 'MINISTERS', 'MINISTRY', 'MINISTRIES'].flatMap((o) => expand(phrase.replace(/MINIST(?=_|$|\s)/, o), macros));
  }
  return [phrase];
}
