import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../../renderer/grid/model/number-text';
import { parsePartialDateText } from '../../../renderer/grid/model/partial-date-text';

const en = { decimal: '.', group: ',' };
const ru = { decimal: ',', group: '\u00a0' };
const az = { decimal: ',', group: '.' };

describe('numbers as analysts type and paste them', () => {
  it('reads the conventions of each language', () => {
    expect(parseNumberText('1,234.5', en)).toBe(1234.5);
    expect(parseNumberText('1\u00a0234,5', ru)).toBe(1234.5);
    expect(parseNumberText('1 234,5', ru)).toBe(1234.5);
    expect(parseNumberText('1.234,5', az)).toBe(1234.5);
  });

  it('reads a spreadsheet number with a decimal point in a language with a decimal comma', () => {
    expect(parseNumberText('1234.5', ru)).toBe(1234.5);
    expect(parseNumberText('0.75', az)).toBe(0.75);
  });

  it('takes one group sign followed by three digits as grouping only where the language groups so', () => {
    expect(parseNumberText('1,234', en)).toBe(1234);
    expect(parseNumberText('1.234', az)).toBe(1234);
    expect(parseNumberText('1.234', en)).toBe(1.234);
    expect(parseNumberText('1,5', en)).toBe(1.5);
    expect(parseNumberText('1,234,567', en)).toBe(1234567);
  });

  it('reads Arabic-Indic digits, the Arabic decimal sign and a minus sign', () => {
    expect(parseNumberText('١٢٣٫٥', en)).toBe(123.5);
    expect(parseNumberText('۴۰', en)).toBe(40);
    expect(parseNumberText('\u22125', en)).toBe(-5);
    expect(parseNumberText('-5', en)).toBe(-5);
  });

  it('refuses text that is not a number', () => {
    for (const text of ['abc', '12abc', '1,23,4', '1.2.3,4,5', '--1', '', '   ', 'Infinity', 'NaN']) expect(parseNumberText(text, en), text).toBeNull();
  });
});

describe('dates as precise as the source', () => {
  it('keeps ISO partial dates and reads the day-month-year form of Azerbaijani and Russian sheets', () => {
    expect(parsePartialDateText('2024')).toBe('2024');
    expect(parsePartialDateText('2024-11')).toBe('2024-11');
    expect(parsePartialDateText(' 2024-11-12 ')).toBe('2024-11-12');
    expect(parsePartialDateText('12.11.2024')).toBe('2024-11-12');
    expect(parsePartialDateText('1.3.2025')).toBe('2025-03-01');
    expect(parsePartialDateText('11.2024')).toBe('2024-11');
    expect(parsePartialDateText('2024/3/9')).toBe('2024-03-09');
  });

  it('refuses what is no date form', () => {
    for (const text of ['November 2024', '24-11-12', '2024-1', 'soon', '11/12/2024']) expect(parsePartialDateText(text), text).toBeNull();
  });
});
