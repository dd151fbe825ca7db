import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../db/contract/result';
import { ltr } from '../../app/i18n/isolate';
import { ErrorNotice } from '../shared/ErrorNotice';

const MB = 1024 * 1024;

interface Refusal {
  reason: string;
  file: string;
  size?: number;
  limit?: number;
  errors?: number;
}

const refusalOf = (details: unknown): Refusal | null => {
  if (details === null || typeof details !== 'object') return null;
  const d = details as Record<string, unknown>;
  return typeof d.reason === 'string' && typeof d.file === 'string' ? (d as unknown as Refusal) : null;
};

/**
 * A file refused as a whole (empty, binary, too large, a zip bomb...), said in the analyst's
 * language from the reason the library gives. English keeps the library's own sentence, which
 * names the detail (which format, which sheet) that the catalogue's sentence leaves out.
 */
export function RefusalNotice({ error }: { error: AppErrorShape }) {
  const { t, i18n } = useTranslation('import');
  const refusal = refusalOf(error.details);
  const key = refusal && `refusals.${refusal.reason}`;
  if (!refusal || !key || i18n.language === 'en' || !i18n.exists(key, { ns: 'import', count: refusal.errors ?? 0 })) return <ErrorNotice error={error} />;
  const message = String(
    t(key as 'refusals.empty', {
      file: ltr(refusal.file),
      size: Math.round(((refusal.size ?? 0) / MB) * 10) / 10,
      limit: Math.round((refusal.limit ?? 0) / MB),
      count: refusal.errors ?? 0,
    }),
  );
  return <ErrorNotice error={{ ...error, message }} />;
}
