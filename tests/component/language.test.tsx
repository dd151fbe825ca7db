import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectedWorkspace } from './fixture';
import { useTestApp } from './harness';

const start = useTestApp();

const navLinks = () => within(screen.getByRole('navigation')).getAllByRole('link').map((a) => a.textContent);

describe('language', () => {
  it('starts in English, left to right', async () => {
    await start({ workspace: true });
    await screen.findByRole('table', { name: 'Clusters' });
    expect(navLinks()).toEqual(['Clusters', 'Projects', 'Partners', 'Agreements', 'Sources', 'Scenarios', 'Briefings']);
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['en', 'ltr']);
  });

  it('switches the whole window to Arabic, right to left, and remembers the choice', async () => {
    await start({ workspace: true, fill: async (app) => void (await connectedWorkspace(app)) });
    await screen.findByRole('table', { name: 'Clusters' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ar' } });

    await waitFor(() => expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']));
    expect(screen.getByRole('navigation', { name: 'الأقسام' })).toBeTruthy();
    expect(navLinks()).toEqual(['التجمعات الصناعية', 'المشاريع', 'الشركاء', 'الاتفاقيات', 'المصادر', 'السيناريوهات', 'الإحاطات']);
    expect(screen.getByRole('combobox', { name: 'اللغة' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'التجمعات الصناعية' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('3 تجمعات صناعية');
    expect(localStorage.getItem('clusterdesk.language')).toBe('ar');

    fireEvent.change(screen.getByRole('combobox', { name: 'اللغة' }), { target: { value: 'ru' } });
    await waitFor(() => expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ru', 'ltr']));
    expect(navLinks()[0]).toBe('Кластеры');
    expect(screen.getByRole('status').textContent).toBe('3 кластера');
  });
});
