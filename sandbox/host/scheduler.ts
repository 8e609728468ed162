// Scheduled triggers: each module fires at its interval on the host clock (so tests fast-forward).
// No retry on error and one failure never stops the next run, as on Forge.
import type { HostClock } from './host-clock';
import type { Invoker } from './invoker';
import type { ScheduledModule } from './manifest-model';

const INTERVAL_MS: Readonly<Record<string, number>> = {
  fiveMinute: 5 * 60_000,
  hour: 60 * 60_000,
  day: 24 * 60 * 60_000,
  week: 7 * 24 * 60 * 60_000,
};

export class Scheduler {
  readonly errors: Array<{ readonly key: string; readonly error: string }> = [];
  runs = 0;

  constructor(
    private readonly modules: readonly ScheduledModule[],
    private readonly invoker: Invoker,
    private readonly clock: HostClock,
    private readonly cloudId: string,
  ) {}

  start(): void {
    for (const m of this.modules) this.arm(m, this.clock.now());
  }

  /** Runs one scheduled module now (the shell's "run now" button and tests). */
  async fire(key: string): Promise<void> {
    const m = this.modules.find((s) => s.key === key);
    if (!m) throw new Error(`No scheduledTrigger '${key}' in manifest.yml`);
    await this.run(m);
  }

  /** Fires on a fixed grid from the start time, whatever a run takes (runs may overlap, as on Forge). */
  private arm(m: ScheduledModule, from: number): void {
    const every = INTERVAL_MS[m.interval] ?? 3_600_000;
    const at = from + every;
    this.clock.schedule(at, () => {
      this.arm(m, at);
      void this.run(m);
    });
  }

  private async run(m: ScheduledModule): Promise<void> {
    this.runs++;
    try {
      await this.invoker.invoke({
        functionKey: m.function,
        moduleKey: m.key,
        kind: 'scheduled',
        args: [{ context: { cloudId: this.cloudId, moduleKey: m.key } }],
      });
    } catch (error) {
      this.errors.push({ key: m.key, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
