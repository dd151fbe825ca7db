import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/app/i18n/i18n';
import { Progress } from '../../renderer/app/progress/Progress';

afterEach(cleanup);

describe('the shared progress indicator', () => {
  it('names the operation, and counts the steps in the formats of the language', () => {
    const i18n = createI18n('ru');
    render(
      <I18nextProvider i18n={i18n}>
        <Progress label="Импорт проектов…" done={1200} total={5000} />
      </I18nextProvider>,
    );
    const bar = screen.getByRole('progressbar', { name: 'Импорт проектов…' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([1200, 5000]);
    expect(screen.getByRole('status').textContent).toBe('Импорт проектов…1\u00a0200 из 5\u00a0000');
  });

  it('shows work going on when the steps are not known', () => {
    const i18n = createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <Progress label="Creating the workspace…" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('progressbar', { name: 'Creating the workspace…' }).hasAttribute('value')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Creating the workspace…');
  });
});
