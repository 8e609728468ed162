// Week ids, minute quantization and nearest-rank quantiles over sparse histograms.
import { addHistogram, histogramQuantile, quantizeMinutes } from '../../../src/domain/model/lines/measures';
import { isWeekId, weekId, weeksEnding } from '../../../src/domain/model/lines/week';

describe('weeks', () => {
  it('names a week by its Monday (UTC) and lists weeks ending with one', () => {
    expect(weekId(Date.UTC(2026, 0, 4, 23, 59))).toBe('2025-12-29');
    expect(weekId(Date.UTC(2026, 0, 5))).toBe('2026-01-05');
    expect(weeksEnding('2026-01-05', 3)).toEqual(['2025-12-22', '2025-12-29', '2026-01-05']);
    expect(isWeekId('2026-01-05')).toBe(true);
    expect(isWeekId('2026-01-06')).toBe(false);
    expect(isWeekId('2026-13-01')).toBe(false);
  });
});

describe('durations', () => {
  it('keeps minutes below 1 h, then 5 min, 30 min and 4 h steps', () => {
    expect([59, 61, 479, 481, 4319, 4321].map((m) => quantizeMinutes(m * 60_000))).toEqual([59, 60, 475, 480, 4290, 4320]);
    expect(quantizeMinutes(-5)).toBe(0);
  });

  it('finds nearest-rank median and p90, and removes emptied values', () => {
    const h = addHistogram({}, { '1': 1, '2': 1, '3': 1, '10': 1 });
    expect(histogramQuantile(h, 0.5)).toBe(2);
    expect(histogramQuantile(h, 0.9)).toBe(10);
    expect(histogramQuantile(addHistogram(h, { '1': 1, '2': 1, '3': 1, '10': 1 }, -1), 0.5)).toBeNull();
  });
});
