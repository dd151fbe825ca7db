import type { ReactNode } from 'react';
import { recordHref, type RecordSection } from '../../app/routing/routes';

/** A link to a record; dir="auto" keeps a name in another script whole (a leading number stays in front). */
export function RecordLink({ section, id, children }: { section: RecordSection; id: number; children: ReactNode }) {
  return (
    <a href={recordHref(section, id)} dir="auto">
      {children}
    </a>
  );
}
