import { memoize, normalizeKey } from './normalize';

/** Codes whose English label is not just the code with spaces: acronyms and hyphenated words. */
const LABELS: Record<string, string> = {
  mou: 'MoU',
  moi: 'MoI',
  fid: 'FID',
  ccus: 'CCUS',
  jv_charter: 'JV charter',
  state_owned: 'State-owned',
  off_taker: 'Off-taker',
  co_investor: 'Co-investor',
  special_economic_zone: 'Special economic zone',
  circularity_waste: 'Circularity and waste',
  transport_electrification: 'Electrification of transport',
};

/** Other ways analysts write a value, from the domain's own words. */
const ALIASES: Record<string, readonly string[]> = {
  mou: ['MoU signed', 'Memorandum of understanding'],
  moi: ['Memorandum of intent'],
  fid: ['Final investment decision'],
  operational: ['Operating', 'In operation'],
  ccus: ['Carbon capture, utilisation and storage', 'Carbon capture'],
  renewable_power: ['Renewables'],
  energy_storage: ['Storage', 'Batteries'],
  efficiency: ['Energy efficiency'],
  port: ['Port-anchored'],
  jv_charter: ['Joint-venture charter', 'Joint venture charter'],
  international: ['International organisation'],
};

export const enumLabel = (code: string) => LABELS[code] ?? code.charAt(0).toUpperCase() + code.slice(1).replace(/_/g, ' ');

/** A lookup from every accepted spelling (code, label, alias) to the code. */
export function enumReader(codes: readonly string[]): (text: string) => string | null {
  const map = new Map<string, string>();
  for (const code of codes) {
    for (const spelling of [code, enumLabel(code), ...(ALIASES[code] ?? [])]) map.set(normalizeKey(spelling), code);
  }
  return memoize((text) => map.get(normalizeKey(text)) ?? null);
}

