// The SLA clock's throughput: full recomputations (every metric, every cycle) of demo-shaped histories
// per second on one core, for a 24/7 calendar and for office hours in a DST zone with holidays.
import { performance } from 'node:perf_hooks';
import { computeSla } from '../src/domain/rules/sla/compute-sla';
import { toLiveState } from '../src/domain/rules/sla/live-state';
import { CALENDAR_24_7, type SlaCalendar } from '../src/domain/model/sla/calendar';
import { DEFAULT_SLA_DEFINITIONS } from '../src/domain/model/sla/defaults';
import type { IssueHistory } from '../src/domain/model/sla/history';
import { BENCH_ANCHOR, demoHistories } from './sla-histories';

const office = [{ from: '09:00', to: '18:00' }];
const BERLIN: SlaCalendar = {
  id: 'berlin', name: 'Berlin office', timeZone: 'Europe/Berlin',
  week: { mon: office, tue: office, wed: office, thu: office, fri: office },
  holidays: [{ date: '2025-12-24', from: '12:00' }, { date: '2025-12-25' }, { date: '2025-12-26' }, { date: '2026-01-01' }],
};

function run(name: string, histories: readonly IssueHistory[], calendar: SlaCalendar, withState: boolean, minMs = 3000) {
  const now = BENCH_ANCHOR + 3 * 3_600_000;
  for (let i = 0; i < 3; i++) for (const h of histories) computeSla(h, DEFAULT_SLA_DEFINITIONS, calendar, now); // warm-up
  let count = 0;
  let cycles = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const h of histories) {
      const report = computeSla(h, DEFAULT_SLA_DEFINITIONS, calendar, now);
      if (withState) toLiveState(report, 'sla:1/general:1');
      cycles += report.metrics.reduce((n, m) => n + m.cycles.length, 0);
      count++;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return { name, histories: count, historiesPerSec: Math.round(count / seconds), cyclesPerHistory: Math.round((cycles / count) * 100) / 100 };
}

async function main(): Promise<void> {
  const histories = await demoHistories();
  const events = histories.reduce((n, h) => n + h.events.length, 0);
  const figures = [
    run('24/7 calendar', histories, CALENDAR_24_7, false),
    run('office hours, Europe/Berlin, holidays', histories, BERLIN, false),
    run('office hours + live state (property)', histories, BERLIN, true),
  ];
  console.log(JSON.stringify({
    bench: 'sla-clock', node: process.version, demoIssues: histories.length, eventsPerHistory: Math.round((events / histories.length) * 10) / 10,
    targetPerSec: 50_000, figures,
  }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
