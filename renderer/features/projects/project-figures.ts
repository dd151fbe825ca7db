import type { TFunction } from 'i18next';
import type { Project } from '../../../db/schema/entities';
import type { Format } from '../../app/i18n/format';

/** "central (range low–high)": a range is shown when the analyst recorded either end of it. */
function withRange(t: TFunction, central: string, low: string | null, high: string | null): string {
  if (low === null && high === null) return central;
  return t('figure.withRange', { value: central, low: low ?? t('figure.unknownEnd'), high: high ?? t('figure.unknownEnd') });
}

export function capexText(p: Project, t: TFunction, format: Format): string | null {
  if (p.capex === null) return null;
  const money = (v: number | null) => (v === null ? null : format.money(v, p.capexCurrency));
  const value = withRange(t, money(p.capex)!, money(p.capexLow), money(p.capexHigh));
  return p.capexPriceYear === null ? value : t('figure.inPricesOf', { value, year: format.year(p.capexPriceYear) });
}

export function abatementText(p: Project, t: TFunction, format: Format): string | null {
  if (p.abatementKt === null) return null;
  const kt = (v: number | null) => (v === null ? null : format.number(v));
  return withRange(t, t('units.ktPerYear', { value: kt(p.abatementKt) }), kt(p.abatementLowKt), kt(p.abatementHighKt));
}

export function localisationTargetText(p: Project, t: TFunction, format: Format): string | null {
  if (p.localisationTargetPct === null) return null;
  const value = format.percent(p.localisationTargetPct);
  return p.localisationTargetYear === null ? value : t('figure.targetBy', { value, year: format.year(p.localisationTargetYear) });
}
