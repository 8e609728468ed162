// The support-lines job's pacing: at most PAGES_PER_MINUTE heavy pages in any rolling 60 s, not only per
// calendar window — the case a loaded machine hit (a slow window, then a fast one, doubled the writes).
import { afterPage, pace, PAGES_PER_MINUTE } from '../../../src/domain/use-cases/lines/run-job';

type Window = Parameters<typeof pace>[0];

/** Drives pages whose durations are given; returns the start times of the heavy pages. */
function run(durationsMs: readonly number[]): number[] {
  let window: Window = { startedAt: 0, pages: 0 };
  let t = 0;
  const starts: number[] = [];
  for (const duration of durationsMs) {
    const step = pace(window, t, true);
    if (step.until > t) t = step.until;
    window = pace(step.window, t, true).window;
    starts.push(t);
    window = afterPage(window, t, true);
    t += duration;
  }
  return starts;
}

const maxInRollingMinute = (starts: readonly number[]): number =>
  Math.max(...starts.map((s) => starts.filter((x) => x >= s && x < s + 60_000).length));

describe('support-lines job pacing', () => {
  it('lets a fast job run a whole window of pages at once, then waits for the window', () => {
    const starts = run(Array.from({ length: 30 }, () => 100));
    expect(starts.slice(0, PAGES_PER_MINUTE).every((s) => s < 2_000)).toBe(true);
    expect(starts[PAGES_PER_MINUTE]).toBeGreaterThanOrEqual(60_000);
    expect(maxInRollingMinute(starts)).toBeLessThanOrEqual(PAGES_PER_MINUTE);
  });

  it('never holds more than the limit in a rolling minute when a slow window is followed by a fast one', () => {
    // 11 pages of 5 s (the window's end comes late), then pages of 50 ms.
    const starts = run([...Array.from({ length: 11 }, () => 5_000), ...Array.from({ length: 40 }, () => 50)]);
    expect(maxInRollingMinute(starts)).toBeLessThanOrEqual(PAGES_PER_MINUTE);
  });

  it('does not hold back light pages', () => {
    const full: Window = { startedAt: 0, pages: PAGES_PER_MINUTE, recent: Array.from({ length: PAGES_PER_MINUTE }, (_, i) => i * 10) };
    expect(pace(full, 1_000, false).until).toBe(60_000); // the calendar window still applies
    expect(pace({ ...full, pages: 0 }, 1_000, false).until).toBe(0);
    expect(pace({ ...full, pages: 0 }, 1_000, true).until).toBe(60_000);
  });
});
