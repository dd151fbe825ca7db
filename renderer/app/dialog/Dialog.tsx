import { useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import './dialog.css';
import { useModalFocus } from './use-modal-focus';

/**
 * A modal dialog: labelled by its title, focus kept inside while open and given back on close,
 * Escape or the close button to leave. It is drawn in <body>, under <html dir>, so in Arabic it
 * mirrors like the rest of the window.
 */
export function Dialog({ title, onClose, children, testId }: { title: string; onClose: () => void; children: ReactNode; testId?: string }) {
  const { t } = useTranslation('app');
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = useModalFocus(ref, onClose);
  return createPortal(
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} className="dialog" onKeyDown={onKeyDown} data-testid={testId}>
        <div className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="dialog-close" onClick={onClose}>
            {t('dialog.close')}
          </button>
        </div>
        <div className="dialog-body">{children}</div>
      </div>
    </div>,
    document.body,
  );
}
