import { useTranslation } from 'react-i18next';
import type { Notice } from './grid-ui';
import { useMessageText } from './MessageText';

/**
 * What the last action did or why nothing was saved. Errors are alerts; other news is announced
 * politely. The region is always there, so screen readers hear each new notice.
 */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss(): void }) {
  const { t } = useTranslation('grid');
  const say = useMessageText();
  return (
    <div aria-live="polite" className="grid-notice-region">
      {notice && (
        <div role={notice.tone === 'error' ? 'alert' : undefined} className={`grid-notice grid-notice-${notice.tone}`}>
          <p className="grid-notice-text">{say(notice.message)}</p>
          {notice.lines && notice.lines.length > 0 && (
            <ul>
              {notice.lines.slice(0, 20).map((line, i) => (
                <li key={i}>{say(line)}</li>
              ))}
            </ul>
          )}
          <button type="button" className="link-button" onClick={onDismiss}>
            {t('actions.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
