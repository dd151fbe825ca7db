import { describe, expect, test } from 'vitest';
import { suggestedPath, withExtension } from '../../../renderer/features/export/save-target';

describe('the path the export dialog suggests', () => {
  test('is beside the workspace, with the folder\'s own separator and a name valid everywhere', () => {
    expect(suggestedPath('/home/a/drafts/az.clusterdesk', 'Projects (view)', 'csv')).toBe('/home/a/drafts/Projects (view).csv');
    expect(suggestedPath('C:\\Users\\a\\az.clusterdesk', 'Base: slow/fast', 'xlsx')).toBe('C:\\Users\\a\\Base- slow-fast.xlsx');
    expect(suggestedPath('/w.clusterdesk', '../../etc/passwd', 'csv')).toBe('/etc-passwd.csv');
    expect(suggestedPath('', 'Projects', 'csv')).toBe('');
  });

  test('follows the chosen format: a known extension is swapped, another one kept and the new one added', () => {
    expect(withExtension('/tmp/p.csv', 'xlsx')).toBe('/tmp/p.xlsx');
    expect(withExtension('/tmp/p.XLSX', 'csv')).toBe('/tmp/p.csv');
    expect(withExtension('/tmp/p.txt', 'csv')).toBe('/tmp/p.txt.csv');
    expect(withExtension('  ', 'csv')).toBe('');
  });
});
