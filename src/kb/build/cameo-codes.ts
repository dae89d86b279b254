/**
 * CAMEO actor codes (Phoenix dictionaries) → the PLOVER country and sector the contract asks for.
 * A CAMEO code is a run of 3-letter parts: a country or a non-state type first, then sectors
 * ("PSEREBHMS" = Palestine, rebels, Hamas). PLOVER renamed a few sectors (CAMEO MED = media → JRN,
 * HLH = health → MED, INS/SEP → REB); see the PLOVER manual's actor section.
 */

export const PLOVER_SECTORS = new Set([
  'COP', 'GOV', 'JUD', 'LEG', 'MIL', 'PRM', 'PTY', 'REB', 'SPY', 'UAF', 'UNK', 'AGR', 'BUS', 'CRM', 'CVL',
  'EDU', 'ELI', 'JRN', 'LAB', 'MED', 'REF', 'OPP', 'PRE', 'REL', 'SOC',
]);

const CAMEO_TO_PLOVER_SECTOR: Record<string, string> = { MED: 'JRN', HLH: 'MED', INS: 'REB', SEP: 'REB', RAD: 'OPP', HRI: 'SOC', ENV: 'SOC', DEV: 'GOV' };

const NON_STATE = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'ISM']);

/** CAMEO country codes of current states that are not their ISO 3166 alpha-3 code (older CAMEO's Angola). */
const CAMEO_COUNTRY_TO_ISO: Record<string, string> = { ANG: 'AGO' };

/** Maps one CAMEO sector part to PLOVER, or null when PLOVER has no such sector. */
export function ploverSector(part: string): string | null {
  const mapped = CAMEO_TO_PLOVER_SECTOR[part] ?? part;
  return PLOVER_SECTORS.has(mapped) ? mapped : null;
}

/**
 * Splits a CAMEO code into a PLOVER country and sector. `countries` is the set of ISO alpha-3 codes.
 * IGO codes naming the UN or the EU become PLOVER's UNO and EUR.
 */
export function splitCameoCode(code: string, countries: ReadonlySet<string>): { country: string | null; sector: string | null } {
  const parts: string[] = [];
  for (let i = 0; i + 3 <= code.length; i += 3) parts.push(code.slice(i, i + 3));
  if (parts.length && CAMEO_COUNTRY_TO_ISO[parts[0]] && countries.has(CAMEO_COUNTRY_TO_ISO[parts[0]])) parts[0] = CAMEO_COUNTRY_TO_ISO[parts[0]];
  let country: string | null = null;
  let rest = parts;
  if (parts.length && (countries.has(parts[0]) || NON_STATE.has(parts[0]))) {
    country = parts[0];
    rest = parts.slice(1);
    if (country === 'IGO' && (rest[0] === 'UNO' || rest[0] === 'EUR')) {
      country = rest[0];
      rest = rest.slice(1);
    }
  }
  let sector: string | null = null;
  for (const part of rest) {
    sector = ploverSector(part);
    if (sector) break;
  }
  return { country, sector };
}
