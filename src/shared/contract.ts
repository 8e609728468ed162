// The one contract between the Custom UI apps and the backend: resolver keys, payloads and results.
// Types only (plus the key list): both the resolvers and static/*/src/api.ts import it.
import type { Locale } from './i18n';
import type { Result } from './result';

export type { Result, ErrorPayload, ErrorCode } from './result';
export type { Locale, MessageKey } from './i18n';

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done' | 'undefined';

export type IssueSummaryDto = {
  readonly issueKey: string;
  readonly status: { readonly id: string; readonly name: string; readonly categoryKey: StatusCategoryKey };
  readonly historyCount: number;
};

export type SettingsSectionKey = 'general' | 'templates' | 'transitionGuard' | 'sla' | 'panel' | 'telegram';

export type GeneralSettingsDto = {
  readonly projectKeys: readonly string[];
  readonly defaultLocale: Locale;
  readonly line1Group: string;
  readonly line2Group: string;
  readonly leadGroup: string;
};

export type SettingsSectionDto = {
  readonly section: SettingsSectionKey;
  readonly built: boolean;
  readonly version: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  readonly value: unknown;
};

export type SettingsDto = { readonly canEdit: boolean; readonly sections: readonly SettingsSectionDto[] };

/** Every resolver: key → payload and result. */
export type ResolverContract = {
  'issue/summary': { payload: { issueKey: string }; result: IssueSummaryDto };
  'settings/get': { payload: Record<string, never>; result: SettingsDto };
  'settings/save': {
    payload: { section: SettingsSectionKey; value: unknown; expectedVersion: number };
    result: SettingsSectionDto;
  };
};

export type ResolverKey = keyof ResolverContract;
export type ResolverPayload<K extends ResolverKey> = ResolverContract[K]['payload'];
export type ResolverResult<K extends ResolverKey> = Result<ResolverContract[K]['result']>;
