// The demo seed as a list of steps, run in order against one anchor. Extension point: append a step here
// that reads `state.issueKeys` and writes through that feature's own stand-in or resolver (the CSAT step
// rates through the app's resolver; the Telegram step connects the bot through the app's resolvers).
import type { ResolverCall } from '../host/resolver-call';
import type { JiraStandIn } from '../jira/jira-stand-in';
import type { TelegramStandIn } from '../telegram/telegram-stand-in';
import { csatRatings } from './csat-ratings';
import { planDemo } from './demo-plan';
import { replayPlan } from './jira-driver';
import { telegramChats } from './telegram-chats';

export type SeedState = { issueKeys: readonly string[] };
export type SeedStepContext = {
  readonly jira: JiraStandIn;
  readonly anchor: number;
  readonly issueCount: number;
  /** Moves the seeded platforms' clock to `at` (always before the anchor). */
  readonly setTime: (at: number) => void;
  readonly state: SeedState;
  /** The host's resolver invocation, for steps that go through the app (absent: such steps are skipped). */
  readonly invokeResolver?: (call: ResolverCall) => Promise<unknown>;
  /** The Telegram stand-in (absent: the chats step is skipped); dates follow `setTime`. */
  readonly telegram?: TelegramStandIn;
};
export type SeedStep = { readonly name: string; readonly run: (ctx: SeedStepContext) => Promise<void> };

const jiraIncidents: SeedStep = {
  name: 'jira-incidents',
  run: async (ctx) => {
    ctx.state.issueKeys = await replayPlan({ jira: ctx.jira, setTime: ctx.setTime }, planDemo(ctx.anchor, ctx.issueCount));
  },
};

export const DEMO_SEED_STEPS: readonly SeedStep[] = [jiraIncidents, csatRatings, telegramChats];
