import { describe, expect, it } from 'vitest';

import { csvCell, toCsv } from '@/lib/export/csv';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const dangerous of ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvCell(dangerous);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=1')).toBe("'=1");
    // Numbers stay numbers, negative ones included.
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('safe text')).toBe('safe text');
  });

  it('quotes commas, quotes, line breaks and edge spaces, and leaves empties empty', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(null)).toBe('');
    expect(
      toCsv([
        ['Key', 'Title'],
        ['T-1', '=cmd'],
      ]),
    ).toBe("Key,Title\r\nT-1,'=cmd\r\n");
  });
});
