import { createContext, useContext } from 'react';
import type { BriefingDocument } from '../../db/schema/briefing-document';

export interface BriefingContextValue {
  doc: BriefingDocument;
  rtl: boolean;
  /** The number of a source in the list at the end: sources are numbered in the order the store first met them. */
  sourceNumber(id: number): number | undefined;
}

export const BriefingContext = createContext<BriefingContextValue | null>(null);

export function useBriefing(): BriefingContextValue {
  const value = useContext(BriefingContext);
  if (!value) throw new Error('A briefing part was rendered outside a briefing.');
  return value;
}

export function briefingContext(doc: BriefingDocument): BriefingContextValue {
  const numbers = new Map(doc.sources.map((s, i) => [s.id, i + 1]));
  return { doc, rtl: doc.language === 'ar', sourceNumber: (id) => numbers.get(id) };
}
