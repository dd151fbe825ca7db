import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/app/ErrorBoundary';
import { createI18n } from '../../renderer/app/i18n/i18n';
import { I18nextProvider } from 'react-i18next';
import { connectedWorkspace } from './fixture';
import { go, useTestApp } from './harness';

const start = useTestApp();

describe('errors', () => {
  it("shows the store's message and a next step for a record that does not exist", async () => {
    const app = await start({ workspace: true, fill: async (a) => void (await connectedWorkspace(a)) });
    go('#/clusters/999');
    const alert = await screen.findByRole('alert');
    const failed = await app.client.call('clusters.get', { id: 999 });
    expect(failed.ok).toBe(false);
    expect(alert.textContent).toContain(failed.ok ? '' : failed.error.message);
    expect(alert.textContent).toContain('Record not found');
    expect(alert.textContent).toContain('Go back to the list');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows a page-not-found message with a way back for an unknown address', async () => {
    await start({ workspace: true });
    go('#/nowhere');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(screen.getByRole('link', { name: 'Go to the clusters' }).getAttribute('href')).toBe('#/clusters');
  });

  it('replaces a view that fails to draw with a message and a next step, never a stack trace', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('secret internals at line 42');
    }
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This view could not be shown');
    expect(alert.textContent).toContain('Try again, or choose another section');
    expect(alert.textContent).not.toContain('secret internals');
    quiet.mockRestore();
  });
});
