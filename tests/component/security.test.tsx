import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceInfo } from '../../db/contract/methods';
import { createI18n } from '../../renderer/app/i18n/i18n';
import { IdleLock } from '../../renderer/app/workspace/IdleLock';
import { PlaintextExportNotice } from '../../renderer/app/workspace/PlaintextExportNotice';
import { WorkspaceInfoContext } from '../../renderer/app/workspace/workspace-info-context';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const info = (encrypted: boolean): WorkspaceInfo => ({
  file: '/home/analyst/az.clusterdesk',
  schemaVersion: 1,
  encrypted,
  counts: { initiatives: 0, clusters: 0, projects: 0, partners: 0, agreements: 0, sources: 0, indicators: 0, scenarios: 0, briefings: 0 },
});

describe('the idle lock', () => {
  it('asks for the lock after the chosen minutes without activity; any key or pointer starts the wait again', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    render(<IdleLock minutes={2} onIdle={onIdle} />);
    vi.advanceTimersByTime(119_000);
    fireEvent.keyDown(window, { key: 'a' });
    vi.advanceTimersByTime(119_000);
    fireEvent.pointerMove(window);
    vi.advanceTimersByTime(119_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never locks when the idle time is 0', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    render(<IdleLock minutes={0} onIdle={onIdle} />);
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('the plain-text export notice', () => {
  it.each(['en', 'ru'] as const)('in %s: says exports are plain files, for an encrypted workspace only', (locale) => {
    const i18n = createI18n(locale);
    const shown = (encrypted: boolean) =>
      render(
        <I18nextProvider i18n={i18n}>
          <WorkspaceInfoContext.Provider value={info(encrypted)}>
            <PlaintextExportNotice />
          </WorkspaceInfoContext.Provider>
        </I18nextProvider>,
      );
    shown(false);
    expect(screen.queryByRole('note')).toBeNull();
    cleanup();
    shown(true);
    expect(screen.getByRole('note').textContent).toBe(i18n.t('export.plaintext', { ns: 'security' }));
    expect(screen.getByRole('note').textContent).toMatch(locale === 'en' ? /PDFs and spreadsheets are plain files/ : /PDF и таблицы/);
  });
});
