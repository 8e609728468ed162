// CSV export: RFC 4180 quoting and formula-injection safety for text cells; numbers stay numbers.
import { csvCell, csvLine } from '../../../src/shared/lines-csv';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Smith, Anna')).toBe('"Smith, Anna"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvLine(['a', 1, null, 0.125])).toBe('a,1,,0.125');
  });

  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises a formula: %j', (text) => {
    const cell = csvCell(text);
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('writes numbers as numbers, rounded to 4 decimals, and nothing for NaN', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(1 / 3)).toBe('0.3333');
    expect(csvCell(Number.NaN)).toBe('');
  });
});
