import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectedWorkspace } from './fixture';
import { go, useTestApp } from './harness';

const start = useTestApp();

const navLinks = () => within(screen.getByRole('navigation')).getAllByRole('link').map((a) => a.textContent);

describe('language', () => {
  it('starts in English, left to right', async () => {
    await start({ workspace: true });
    await screen.findByRole('grid', { name: 'Clusters' });
    expect(navLinks()).toEqual(['Clusters', 'Projects', 'Partners', 'Agreements', 'Sources', 'Scenarios', 'Briefings', 'Indicators']);
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['en', 'ltr']);
  });

  it('switches the whole window to Arabic, right to left, and remembers the choice in the settings', async () => {
    const app = await start({ workspace: true, fill: async (a) => void (await connectedWorkspace(a)) });
    await screen.findByRole('grid', { name: 'Clusters' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ar' } });

    await waitFor(() => expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']));
    expect(screen.getByRole('navigation', { name: 'الأقسام' })).toBeTruthy();
    expect(navLinks()).toEqual(['التجمعات الصناعية', 'المشاريع', 'الشركاء', 'الاتفاقيات', 'المصادر', 'السيناريوهات', 'الإحاطات', 'المؤشرات']);
    expect(screen.getByRole('combobox', { name: 'اللغة' })).toBeTruthy();
    expect(screen.getByRole('grid', { name: 'التجمعات الصناعية' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('3 تجمعات صناعية');
    const saved = () => JSON.parse(readFileSync(join(app.userDataDir, 'settings.json'), 'utf8')) as { language: string };
    await waitFor(() => expect(saved().language).toBe('ar'));

    fireEvent.change(screen.getByRole('combobox', { name: 'اللغة' }), { target: { value: 'ru' } });
    await waitFor(() => expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ru', 'ltr']));
    expect(navLinks()[0]).toBe('Кластеры');
    expect(screen.getByRole('status').textContent).toBe('3 кластера');
  });

  it("writes numbers and dates by each language's own conventions, whatever the runtime's ICU knows", async () => {
    let ids!: Awaited<ReturnType<typeof connectedWorkspace>>;
    await start({ workspace: true, fill: async (app) => void (ids = await connectedWorkspace(app)) });
    go(`#/clusters/${ids.sumgait.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Sumgait Industrial Park' });
    const jobs = () => screen.getByTestId('field-jobs').textContent;
    const potential = () => screen.getByTestId('field-reductionPotentialMt').textContent;
    const language = () => screen.getByRole('combobox');

    expect([jobs(), potential()]).toEqual([expect.stringContaining('6,100'), expect.stringContaining('2.5 Mt CO2e/yr')]);
    fireEvent.change(language(), { target: { value: 'az' } });
    await waitFor(() => expect(jobs()).toContain('6.100'));
    expect(potential()).toContain('2,5 Mt CO2e/il');
    fireEvent.change(language(), { target: { value: 'ru' } });
    await waitFor(() => expect(jobs()).toContain('6\u00a0100'));
    expect(potential()).toContain('2,5 Мт CO2-экв./год');

    go(`#/agreements/${ids.mou.id}`);
    await screen.findByRole('heading', { level: 1, name: 'MoU on polymers' });
    const signed = () => screen.getByTestId('field-signedOn').textContent;
    expect(signed()).toContain('ноябрь 2024 г.');
    fireEvent.change(language(), { target: { value: 'az' } });
    await waitFor(() => expect(signed()).toContain('noyabr 2024'));
    fireEvent.change(language(), { target: { value: 'ar' } });
    await waitFor(() => expect(signed()).toContain('نوفمبر 2024'));
  });
});
