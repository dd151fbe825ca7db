import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';

const start = useTestApp();

/** Opens the Clusters table's export dialog, as the analyst does. */
async function openExportDialog() {
  await screen.findByRole('grid', { name: 'Clusters' });
  fireEvent.click(screen.getAllByRole('button', { name: 'Export…' })[0]);
  return screen.findByTestId('export-dialog');
}

describe('the export dialog', () => {
  it('of a plain workspace shows no plain-text warning', async () => {
    await start({ workspace: true });
    const dialog = await openExportDialog();
    expect(within(dialog).queryByRole('note')).toBeNull();
    expect(dialog.textContent).not.toMatch(/not encrypted|plain files/);
  });

  it('of an encrypted workspace says, once, that exports are plain files', async () => {
    await start({
      workspace: true,
      fill: async (app) => void (await app.client.api('workspace.encrypt', { passphrase: 'correct horse battery staple', keepPlainCopy: false })),
    });
    const dialog = await openExportDialog();
    expect(within(dialog).getAllByRole('note').map((n) => n.textContent)).toEqual([
      'This workspace is encrypted, but exported PDFs and spreadsheets are plain files, and so are CSV files and JSON archives: anyone who has one can read it. Save them only where that is acceptable.',
    ]);
  });
});
