// The local Forge host: reads manifest.yml, builds the stand-ins (KVS, Jira, queue, web triggers,
// schedules) on one SQLite file, installs the runtime seam and wires every module the manifest declares.
// The shipped handlers and the real @forge/* SDKs run unmodified; nothing here knows app logic.
import path from 'node:path';
import { createHash } from 'node:crypto';
import { SqliteDb } from '../db/sqlite';
import { KvsStandIn, entityDeclarationsFromManifest } from '../kvs/kvs-stand-in';
import { JiraStandIn } from '../jira/jira-stand-in';
import type { StandInRequest, StandInResponse } from '../http-types';
import { installForgeGlobals, type PlatformTarget } from './forge-globals';
import { HostClock } from './host-clock';
import { Invoker, type AppModule } from './invoker';
import { loadManifest } from './manifest-loader';
import type { HostManifest } from './manifest-model';
import { createPlatformRouter } from './platform-router';
import { QueueBroker, type Deliver } from './queue-broker';
import { EventDispatcher } from './event-dispatch';
import { Scheduler } from './scheduler';
import { fromForgeResponse, toForgeRequest } from './web-triggers';
import { invokeResolver, type ResolverCall } from './resolver-call';
import { wireTelegram, type TelegramWiring } from './telegram-wiring';
import type { RealTelegramBridge, RealTelegramOption } from './telegram-real';
import type { TelegramStandIn } from '../telegram/telegram-stand-in';

export type LocalHostOptions = {
  readonly root: string;
  /** SQLite file; null keeps everything in memory (tests). */
  readonly dataFile: string | null;
  readonly baseUrl: string;
  readonly cloudId?: string;
  /** Loads src/index.ts; tests may pass the module they imported. */
  readonly loadApp?: () => AppModule;
  readonly startSchedules?: boolean;
  /** Talk to a real bot on api.telegram.org (long polling) instead of the stand-in: sandbox/host/telegram-real.ts. */
  readonly realTelegram?: RealTelegramOption;
};

/** While `time` is set (demo seeding), the Jira stand-in's clock reads it and its product events are dropped. */
export type SeedClock = { time: number | undefined };

export class LocalHost {
  readonly calls: Array<{ readonly target: PlatformTarget; readonly method: string; readonly path: string }> = [];
  /** Every Jira request the app made, with the answer (bounded: the newest 1,000). */
  readonly jiraExchanges: Array<{ readonly request: StandInRequest; readonly response: StandInResponse }> = [];
  private readonly webTriggerIds = new Map<string, string>();

  private constructor(
    readonly manifest: HostManifest,
    readonly db: SqliteDb,
    readonly clock: HostClock,
    readonly kvs: KvsStandIn,
    readonly jira: JiraStandIn,
    readonly invoker: Invoker,
    readonly queues: QueueBroker,
    readonly events: EventDispatcher,
    readonly scheduler: Scheduler,
    readonly baseUrl: string,
    readonly cloudId: string,
    readonly seedClock: SeedClock,
    private readonly tg: TelegramWiring,
  ) {
    for (const wt of manifest.webTriggers) this.webTriggerIds.set(createHash('sha256').update(`${cloudId}:${wt.key}`).digest('hex').slice(0, 24), wt.key);
  }

  static async start(opts: LocalHostOptions): Promise<LocalHost> {
    const manifest = loadManifest(path.join(opts.root, 'manifest.yml'));
    const cloudId = opts.cloudId ?? 'local-cloud-0000';
    const db = await SqliteDb.open(opts.dataFile);
    const clock = new HostClock();
    const hostRef: { current?: LocalHost } = {};
    const seedClock: SeedClock = { time: undefined };
    const tg = wireTelegram({
      db,
      clock,
      seedClock,
      baseUrl: opts.baseUrl,
      root: opts.root,
      callWebTrigger: (id, req) => {
        if (!hostRef.current) throw new Error('host not started');
        return hostRef.current.callWebTrigger(id, req);
      },
      ...(opts.realTelegram ? { realTelegram: opts.realTelegram } : {}),
    });
    // The app is loaded by path at run time, as Forge loads the bundled handler module.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const app = (opts.loadApp ?? (() => require(path.join(opts.root, 'src/index.ts')) as AppModule))();
    const invoker = new Invoker(manifest, app, cloudId);
    const dispatcherRef: { current?: EventDispatcher } = {};
    const jira = new JiraStandIn({
      db,
      now: () => seedClock.time ?? clock.now(),
      baseUrl: opts.baseUrl,
      // Seeded history is not news: on a real site the app's backfill jobs rebuild derived data from it.
      onEvent: (event) => (seedClock.time === undefined ? dispatcherRef.current?.dispatch(event) : undefined),
      validatorModules: manifest.validators,
      entityProperties: manifest.entityProperties,
    });
    const kvs = new KvsStandIn(db, { now: () => clock.now(), entities: entityDeclarationsFromManifest(manifest.storageEntities) });
    const consumers = new Map<string, Deliver>();
    for (const c of manifest.consumers) {
      consumers.set(c.queue, async (event) => {
        const result = await invoker.invoke({ functionKey: c.function, moduleKey: c.key, kind: 'consumer', args: [event, { installContext: `ari:cloud:jira::site/${cloudId}` }] });
        const retry = result as { _retry?: boolean; retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown } } | undefined;
        return retry?._retry === true
          ? { retry: { afterSeconds: retry.retryOptions?.retryAfter ?? 1, reason: retry.retryOptions?.retryReason ?? 'FUNCTION_RETRY_REQUEST', data: retry.retryOptions?.retryData } }
          : {};
      });
    }
    const queues = new QueueBroker(clock, consumers);
    const events = new EventDispatcher(manifest.triggers, invoker, clock, `ari:cloud:jira::site/${cloudId}`);
    dispatcherRef.current = events;
    const scheduler = new Scheduler(manifest.scheduled, invoker, clock, cloudId);
    const host = new LocalHost(manifest, db, clock, kvs, jira, invoker, queues, events, scheduler, opts.baseUrl, cloudId, seedClock, tg);
    hostRef.current = host;
    installForgeGlobals(
      createPlatformRouter({
        kvs,
        jira,
        queuePublish: (body) => queues.publish(body),
        webTriggerUrl: (key) => host.webTriggerUrl(key),
        onCall: (target, req) => {
          host.calls.push({ target, method: req.method, path: req.path });
          if (host.calls.length > 1000) host.calls.shift();
        },
        onJiraExchange: (request, response) => {
          host.jiraExchanges.push({ request, response });
          if (host.jiraExchanges.length > 1000) host.jiraExchanges.shift();
        },
      }),
    );
    if (opts.startSchedules !== false) scheduler.start();
    return host;
  }

  webTriggerUrl(moduleKey: string): string | undefined {
    for (const [id, key] of this.webTriggerIds) if (key === moduleKey) return `${this.baseUrl}/x1/${id}`;
    return undefined;
  }

  /** Handles a request to `/x1/<id>` as Forge's web-trigger endpoint does. */
  async callWebTrigger(id: string, req: StandInRequest): Promise<StandInResponse> {
    const key = this.webTriggerIds.get(id);
    const module = this.manifest.webTriggers.find((w) => w.key === key);
    if (!module) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Web trigger not found' };
    try {
      const result = await this.invoker.invoke({ functionKey: module.function, moduleKey: module.key, kind: 'webtrigger', args: [toForgeRequest(req), { installContext: `ari:cloud:jira::site/${this.cloudId}` }] });
      return fromForgeResponse(result);
    } catch (error) {
      return { status: 500, headers: { 'content-type': 'text/plain' }, body: `Web trigger failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  invokeResolver(call: ResolverCall): Promise<unknown> {
    return invokeResolver(this.manifest, this.invoker, this.cloudId, call);
  }

  /** Waits until product events and due queue events have been handled. */
  async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await this.events.idle();
      await this.queues.idle();
    }
  }

  get telegram(): TelegramStandIn {
    return this.tg.telegram;
  }

  /** The real-bot bridge when the host was started with `realTelegram` (else null). */
  get realTelegram(): RealTelegramBridge | null {
    return this.tg.real;
  }

  async close(): Promise<void> {
    this.tg.restoreFetch();
    this.clock.stop();
    this.db.close();
  }
}
