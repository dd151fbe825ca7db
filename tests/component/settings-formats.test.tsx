import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../db/schema/enums';
import { createFormat } from '../../renderer/app/i18n/format';
import { applyFormatOptions, type FormatOptions } from '../../renderer/app/i18n/format-options';
import { createI18n } from '../../renderer/app/i18n/i18n';
import { connectedWorkspace } from './fixture';
import { go, useTestApp } from './harness';

const start = useTestApp();
const NBSP = '\u00a0';

const formatIn = (locale: Locale, options: FormatOptions) => createFormat(locale, createI18n(locale).getFixedT(locale), options);

describe('number and date formats', () => {
  it.each([
    ['en', '1,234.5', '1,234.5', `1${NBSP}234,5`],
    ['az', '1.234,5', '1,234.5', `1${NBSP}234,5`],
    ['ru', `1${NBSP}234,5`, '1,234.5', `1${NBSP}234,5`],
    ['ar', '1,234.5', '1,234.5', `1${NBSP}234,5`],
  ] as const)('%s: the language writes 1234.5 as %s; a decimal point gives %s, a decimal comma %s', (locale, own, dot, comma) => {
    const number = (numberFormat: FormatOptions['numberFormat']) => formatIn(locale, { numberFormat, dateFormat: 'locale' }).number(1234.5);
    expect([number('locale'), number('dot-decimal'), number('comma-decimal')]).toEqual([own, dot, comma]);
  });

  it('writes dates as ISO 8601 in every language, keeping only the precision the source gave', () => {
    for (const locale of ['en', 'az', 'ru', 'ar'] as const) {
      const format = formatIn(locale, { numberFormat: 'locale', dateFormat: 'iso' });
      expect([format.partialDate('2024-11-02'), format.partialDate('2024-11'), format.partialDate('2024')]).toEqual(['2024-11-02', '2024-11', '2024']);
      expect(format.timestamp(new Date(2025, 0, 31, 9, 5).toISOString())).toBe('2025-01-31 09:05');
    }
    expect(formatIn('ru', { numberFormat: 'locale', dateFormat: 'locale' }).partialDate('2024-11-02')).toBe('2 ноября 2024 г.');
  });

  it('applies the chosen separators to counts inside translated sentences too', () => {
    const i18n = createI18n('en');
    expect(i18n.t('count.clusters', { count: 1234 })).toBe('1,234 clusters');
    applyFormatOptions(i18n, { numberFormat: 'comma-decimal', dateFormat: 'locale' });
    expect(i18n.t('count.clusters', { count: 1234 })).toBe(`1${NBSP}234 clusters`);
  });

  it('shows an example of each choice in the language chosen in the form', async () => {
    await start({ workspace: true });
    go('#/settings');
    const number = await screen.findByRole('group', { name: 'Numbers' });
    expect(number.textContent).toContain('As the language writes them1,234.5');
    fireEvent.change(screen.getAllByRole('combobox', { name: 'Language' })[1], { target: { value: 'az' } });
    expect(number.textContent).toContain('As the language writes them1.234,5');
    expect(screen.getByRole('group', { name: 'Dates' }).textContent).toContain('12 noyabr 2024');
    expect(screen.getByRole('group', { name: 'Dates' }).textContent).toContain('2024-11-12');
  });

  it('changes what records show once saved: separators, and ISO dates', async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    await start({ workspace: true, fill: async (app) => void (ids = await connectedWorkspace(app)) });
    go(`#/clusters/${ids.sumgait.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Sumgait Industrial Park' });
    expect(screen.getByTestId('field-jobs').textContent).toContain('6,100');

    go('#/settings');
    fireEvent.click(await screen.findByRole('radio', { name: /Decimal comma/ }));
    fireEvent.click(screen.getByRole('radio', { name: /ISO 8601/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');

    go(`#/clusters/${ids.sumgait.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Sumgait Industrial Park' });
    expect(screen.getByTestId('field-jobs').textContent).toContain(`6${NBSP}100`);
    expect(screen.getByTestId('field-reductionPotentialMt').textContent).toContain('2,5 Mt CO2e/yr');
    go(`#/agreements/${ids.mou.id}`);
    await screen.findByRole('heading', { level: 1, name: 'MoU on polymers' });
    await waitFor(() => expect(screen.getByTestId('field-signedOn').textContent).toContain('2024-11'));
    expect(screen.getByTestId('field-signedOn').textContent).not.toContain('November');
  });
});
