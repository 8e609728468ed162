// The CSAT comments section of the panel's CSV: one row per comment, the anonymous flag spelled out for the
// lead reading it, and hostile comments quoted and defused like every other cell.
import type { CsatCommentDto } from '../../../src/shared/contract-lines';
import { commentLines } from '../../../src/shared/lines-csv';

const aComment = (overrides: Partial<CsatCommentDto> = {}): CsatCommentDto => ({
  issueKey: 'SUP-7', cycle: 1, score: 2, comment: 'Slow pickup', anonymous: false, rater: { accountId: 'a', name: 'Anna Petrova' },
  engineer: { accountId: 'c', name: 'Chen Wei' }, ratedAt: '2026-11-02T09:30:00.000Z', ...overrides,
});

describe('CSAT comments in the CSV', () => {
  it('writes a heading and a row per comment', () => {
    expect(commentLines({ heading: ['Issue', 'Cycle', 'Score', 'Comment', 'Rated by', 'Engineer', 'Rated at'], anonymousLabel: 'anonymous', rows: [aComment()] })).toEqual([
      'Issue,Cycle,Score,Comment,Rated by,Engineer,Rated at',
      'SUP-7,1,2,Slow pickup,Anna Petrova,Chen Wei,2026-11-02T09:30:00.000Z',
    ]);
  });

  it('marks anonymous raters and leaves an unknown engineer empty', () => {
    const [, row] = commentLines({ heading: [], anonymousLabel: 'anonymous to the engineer', rows: [aComment({ anonymous: true, engineer: null })] });
    expect(row).toBe('SUP-7,1,2,Slow pickup,Anna Petrova (anonymous to the engineer),,2026-11-02T09:30:00.000Z');
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    const [, row] = commentLines({ heading: [], anonymousLabel: '', rows: [aComment({ comment: '=HYPERLINK("x"),\nbad' })] });
    expect(row).toContain('"\'=HYPERLINK(""x""),\nbad"');
  });
});
