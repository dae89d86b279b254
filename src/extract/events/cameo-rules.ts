import type { Modality } from '../../model/layers.js';

/*
 * CAMEO codes what an actor says it will do as an intention (03 "express intent to cooperate", 13 "threaten")
 * and a refused cooperation as a rejection (12), not as the action itself: "Abbas will meet Putin" is 036,
 * "Israel will impose a blockade" 1381, "Abbas cancelled the trip" 125. Keys are CAMEO code prefixes, the most
 * specific first; the values are CAMEO 1.1 codes (the CAMEO→PLOVER map sends them to AGREE, THREATEN, REJECT,
 * as ploverCategory() does for the PLOVER side).
 */
const INTENT: Readonly<Record<string, string>> = {
  '04': '036', '05': '032', '06': '031',
  '07': '033', '071': '0331', '072': '0332', '073': '0333', '074': '0334',
  '08': '035', '081': '0351', '082': '0352', '083': '034', '0831': '0341', '0832': '0342', '0833': '0343', '0834': '0344',
  '084': '0353', '085': '0354', '086': '0355', '087': '0356',
  '14': '133', '15': '138',
  '16': '131', '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '136',
  '17': '137', '172': '132',
  '18': '1383', '19': '138', '190': '1384', '191': '1381', '192': '1382', '195': '1384', '20': '1385',
};

const REFUSAL: Readonly<Record<string, string>> = { '04': '125', '05': '120', '06': '121', '07': '122', '08': '124' };

function lookup(table: Readonly<Record<string, string>>, code: string): string | null {
  for (let n = code.length; n >= 2; n--) {
    const hit = table[code.slice(0, n)];
    if (hit) return hit;
  }
  return null;
}

/**
 * The code a CAMEO coder records for an action with this modality: an intent code for an announced action
 * (future), a rejection for a negated cooperative one; otherwise the action's own code. An expectation by
 * others ("Iran is expected to attack") is no statement of intent and keeps the action's code.
 */
export function coderCameo(code: string, modality: Modality): string {
  if (modality === 'future') return lookup(INTENT, code) ?? code;
  if (modality === 'negated') return lookup(REFUSAL, code) ?? code;
  return code;
}
