import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShellStore } from '../shell/shell-store';
import type { DialogStore } from './dialog-store';
import './help.css';

/**
 * The header's Help button: a disclosure with the shortcut sheet, the About box and "Show
 * workspace in folder" (the same as the Electron Help menu). Escape or leaving it closes it.
 */
export function HelpMenu({ dialogs, shell }: { dialogs: DialogStore; shell: ShellStore }) {
  const { t } = useTranslation('app');
  const { t: tBase } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const [problem, setProblem] = useState('');
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);

  const collapse = (refocus: boolean) => {
    setExpanded(false);
    if (refocus) button.current?.focus();
  };
  const open = (dialog: 'shortcuts' | 'about') => {
    collapse(true);
    dialogs.getState().show(dialog);
  };
  const reveal = async () => {
    collapse(true);
    const result = await shell.getState().showWorkspaceInFolder();
    if ('error' in result) setProblem(`${result.error.message} ${tBase(`errors.nextStep.${result.error.code}`)}`);
    else setProblem(result.shown ? '' : t('help.noWorkspaceToShow'));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && expanded) {
      e.stopPropagation();
      collapse(true);
    }
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget)) setExpanded(false);
  };

  return (
    <div className="help-menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => {
          setProblem('');
          setExpanded(!expanded);
        }}
      >
        {t('help.button')}
      </button>
      <ul id={listId} className="help-menu-items" hidden={!expanded}>
        <li>
          <button type="button" onClick={() => open('shortcuts')}>
            {t('help.shortcuts')} <kbd dir="ltr">F1</kbd>
          </button>
        </li>
        <li>
          <button type="button" onClick={() => open('about')}>
            {t('help.about')}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => void reveal()}>
            {t('help.showInFolder')}
          </button>
        </li>
      </ul>
      {problem && (
        <p role="alert" className="help-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
