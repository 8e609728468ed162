// CSAT between the lines: line 1 rates line 2's handling of one resolution cycle, 1–5 with an optional
// comment. One rating per cycle, editable by its rater for 7 days. Plain data and validation only.

export const CSAT_EDIT_WINDOW_MS = 7 * 24 * 3_600_000;
export const CSAT_COMMENT_MAX = 1000;
export const CSAT_SCORES = [1, 2, 3, 4, 5] as const;
export type CsatScore = (typeof CSAT_SCORES)[number];

export type CsatRating = {
  readonly issueId: string;
  readonly cycle: number;
  readonly score: CsatScore;
  /** Shown to leads and admins (and the rater) only. */
  readonly comment: string;
  readonly rater: string;
  /** Hides the rater from the engineer (leads and admins still see who rated). */
  readonly anonymous: boolean;
  readonly ratedAt: number;
  readonly updatedAt: number;
};

export function isCsatScore(value: unknown): value is CsatScore {
  return typeof value === 'number' && (CSAT_SCORES as readonly number[]).includes(value);
}

/** Trims, drops control characters (keeps line breaks) and refuses over-long text. */
export function cleanCsatComment(raw: unknown): string | null {
  if (raw === undefined || raw === null) return '';
  if (typeof raw !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
  return text.length > CSAT_COMMENT_MAX ? null : text;
}

export function editableUntil(rating: Pick<CsatRating, 'ratedAt'>): number {
  return rating.ratedAt + CSAT_EDIT_WINDOW_MS;
}
