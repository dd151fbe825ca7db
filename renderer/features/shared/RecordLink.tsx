import type { ReactNode } from 'react';
import { recordHref, type RecordSection } from '../../app/routing/routes';

export function RecordLink({ section, id, children }: { section: RecordSection; id: number; children: ReactNode }) {
  return <a href={recordHref(section, id)}>{children}</a>;
}
