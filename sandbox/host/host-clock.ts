// The host's clock: real time plus an offset that tests and the shell can fast-forward. While the
// offset is non-zero, the process-wide `Date` follows it, so the shipped handlers, the SDKs and the
// stand-ins all see the same "now" (as on Forge, where every party shares one wall clock).
const RealDate = Date;
let offsetMs = 0;
let installed = false;

function installDate(): void {
  if (installed) return;
  installed = true;
  class HostDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offsetMs);
      else super(...(args as [number]));
    }
    static override now(): number {
      return RealDate.now() + offsetMs;
    }
  }
  globalThis.Date = HostDate as DateConstructor;
}

export type Timer = { readonly at: number; readonly run: () => void };

export class HostClock {
  private timers: Array<Timer & { id: number }> = [];
  private nextId = 1;
  private realTimer: NodeJS.Timeout | undefined;

  now(): number {
    return RealDate.now() + offsetMs;
  }

  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  async advance(ms: number): Promise<void> {
    if (ms < 0) throw new Error('time only moves forward');
    installDate();
    const target = this.now() + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      offsetMs += Math.max(0, due.at - this.now());
      this.timers = this.timers.filter((t) => t.id !== due.id);
      due.run();
      await new Promise((resolve) => setImmediate(resolve));
    }
    offsetMs += Math.max(0, target - this.now());
    this.arm();
  }

  /** Runs `run` at host time `at` (also in real time when nobody fast-forwards). */
  schedule(at: number, run: () => void): () => void {
    const id = this.nextId++;
    this.timers.push({ id, at, run });
    this.arm();
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  }

  pending(): number {
    return this.timers.length;
  }

  stop(): void {
    if (this.realTimer) clearTimeout(this.realTimer);
    this.timers = [];
  }

  private arm(): void {
    if (this.realTimer) clearTimeout(this.realTimer);
    const next = this.timers.reduce((min, t) => Math.min(min, t.at), Infinity);
    if (next === Infinity) return;
    this.realTimer = setTimeout(() => this.fireDue(), Math.max(0, Math.min(next - this.now(), 2 ** 31 - 1)));
    this.realTimer.unref();
  }

  private fireDue(): void {
    const now = this.now();
    const due = this.timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at);
    this.timers = this.timers.filter((t) => t.at > now);
    for (const t of due) t.run();
    this.arm();
  }
}
