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

/** How the transition view's UI modification tells an empty value, per field (the validator's checks). */
export type GuardUiFieldDto = {
  readonly fieldId: string;
  readonly check: 'nonEmpty' | 'minLength' | 'dateSet' | 'optionSelected';
  readonly minLength: number;
};

/** One rule as the transition view's UI modification needs it: where it applies, what it requires, its texts. */
export type GuardUiRuleDto = {
  readonly ruleId: string;
  readonly issueTypeName: string | null;
  readonly transitionIds: readonly string[];
  readonly priorityNames: readonly string[];
  readonly fields: readonly GuardUiFieldDto[];
  readonly requireComment: boolean;
  /** Per language: the message `m` (with `{fields}`), `f0..fn` the field names, `c` the comment. */
  readonly l: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
};

/** The data of the app's IssueTransition UI modification (JSON in Jira), one per project. */
export type GuardUiModificationDataDto = { readonly v: 1; readonly kind: 'linebridge-guard'; readonly rules: readonly GuardUiRuleDto[] };

/** A field the admin page offers for a rule (the site's custom fields that a check fits, and system fields). */
export type GuardSiteFieldDto = { readonly id: string; readonly name: string; readonly checks: readonly GuardUiFieldDto['check'][] };

export type GuardResolverContract = {
  'guard/validator-config': { payload: { ruleId: string }; result: { config: GuardValidatorConfigDto; estimate: GuardEstimateDto; settingsVersion: number } };
  'guard/overview': { payload: Record<string, never>; result: { version: number; rules: readonly GuardRuleStatusDto[]; fields: readonly GuardSiteFieldDto[]; limits: GuardEstimateDto } };
  'guard/provision-screens': { payload: Record<string, never>; result: ProvisionReportDto };
};
