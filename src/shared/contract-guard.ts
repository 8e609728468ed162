// The transition-guard part of the UI ↔ backend contract: the rule config the workflow validator's
// create/edit screen stores in Jira, and the admin page's rule overview. Types only (contract.ts re-exports them).
import type { ProvisionReportDto } from './contract-incidents';
import type { Locale, MessageKey } from './i18n';

/** Stored by Jira as the validator rule's config (JSON); `expression` is what Jira evaluates. */
export type GuardValidatorConfigDto = {
  readonly expression: string;
  readonly ruleId: string;
  readonly version: 1;
  readonly fieldIds: readonly string[];
  readonly l: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
};

export type GuardEstimateDto = { readonly characters: number; readonly leaves: number; readonly expensiveOperations: number };

export type GuardProblemDto = { readonly messageKey: MessageKey; readonly params: Readonly<Record<string, string>> };

export type GuardRuleStatusDto = {
  readonly ruleId: string;
  readonly projectKey: string;
  readonly transitions: readonly { readonly id: string; readonly name: string }[];
  readonly problems: readonly GuardProblemDto[];
  readonly estimate: GuardEstimateDto | null;
  /** Jira runs no workflow validators in team-managed projects. */
  readonly teamManaged: boolean;
};

export type GuardResolverContract = {
  'guard/validator-config': { payload: { ruleId: string }; result: { config: GuardValidatorConfigDto; estimate: GuardEstimateDto; settingsVersion: number } };
  'guard/overview': { payload: Record<string, never>; result: { version: number; rules: readonly GuardRuleStatusDto[] } };
  'guard/provision-screens': { payload: Record<string, never>; result: ProvisionReportDto };
};
