import { describe, expect, it } from 'vitest';
import { ClusterFields } from '../../../db/schema/entities';
import { sectors } from '../../../db/schema/enums';
import { countryKind } from '../../../renderer/grid/columns/country-kind';
import { partialDateKind } from '../../../renderer/grid/columns/date-kind';
import { enumKind, multiEnumKind } from '../../../renderer/grid/columns/enum-kind';
import { numberKind } from '../../../renderer/grid/columns/number-kind';
import { checkValue } from '../../../renderer/grid/model/cell-check';
import { kindContext } from './kind-context';

const parse = async (kind: ReturnType<typeof numberKind>, text: string) => kind.parse(text, undefined);

describe('cell kinds read what they write, in every language', () => {
  it('copies a choice by its translated label and reads it back, or the English label, or the code', async () => {
    for (const locale of ['en', 'az', 'ru', 'ar'] as const) {
      const kind = enumKind(kindContext(locale), 'enum.projectStage', ['idea', 'fid']);
      expect(await parse(kind, kind.toText('fid', undefined))).toEqual({ ok: true, value: 'fid' });
      expect(await parse(kind, 'Final investment decision')).toEqual({ ok: true, value: 'fid' });
      expect(await parse(kind, 'FID')).toEqual({ ok: true, value: 'fid' });
      expect((await parse(kind, 'later')).ok).toBe(false);
    }
  });

  it('reads numbers in the language of the window and writes them back so', async () => {
    const ru = numberKind(kindContext('ru'));
    expect(ru.toText(1234.5, undefined)).toBe('1234,5');
    expect(await parse(ru, '1 234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(await parse(ru, 'много')).toEqual({ ok: false, error: { code: 'notANumber' } });
    const whole = numberKind(kindContext('en'), { integer: true });
    expect(await parse(whole, '2.5')).toEqual({ ok: false, error: { code: 'wholeNumber' } });
  });

  it('shows a country by name and code, copies its code, and reads a code or a name in that language or English', async () => {
    const az = countryKind(kindContext('az'));
    expect(az.display('NL', undefined)).toMatch(/\(NL\)$/);
    expect(az.toText('NL', undefined)).toBe('NL');
    expect(await parse(az, 'nl')).toEqual({ ok: true, value: 'NL' });
    expect(await parse(az, 'Netherlands')).toEqual({ ok: true, value: 'NL' });
    const ar = countryKind(kindContext('ar'));
    expect(await parse(ar, ar.display('AZ', undefined).replace(/ \(AZ\)$/, ''))).toEqual({ ok: true, value: 'AZ' });
    expect((await parse(az, 'Atlantis')).ok).toBe(false);
  });

  it('writes several sectors as a list separated by semicolons and reads the list back', async () => {
    const kind = multiEnumKind(kindContext('ru'), 'enum.sector', sectors);
    const text = kind.toText(['chemicals', 'polymers'], undefined);
    expect(await parse(kind, text)).toEqual({ ok: true, value: ['chemicals', 'polymers'] });
    expect(await parse(kind, 'Chemicals; steel')).toEqual({ ok: true, value: ['chemicals', 'steel'] });
    expect(await parse(kind, 'Chemicals; gold')).toEqual({ ok: false, error: { code: 'notAChoiceNamed', params: { text: 'gold' } } });
  });

  it('reads partial dates and leaves the calendar check to the field schema', async () => {
    const kind = partialDateKind(kindContext('en'));
    expect(await parse(kind, '12.11.2024')).toEqual({ ok: true, value: '2024-11-12' });
    expect(checkValue(ClusterFields.shape.joinedOn, '2024-02-30')).toEqual({ code: 'format' });
    expect(checkValue(ClusterFields.shape.joinedOn, '2024-02')).toBeNull();
    expect(checkValue(ClusterFields.shape.name, null)).toEqual({ code: 'required' });
    expect(checkValue(ClusterFields.shape.jobs, 2.5)).toEqual({ code: 'wholeNumber' });
  });
});
