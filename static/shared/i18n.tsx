// useI18n(): translate() from src/shared/i18n bound to the Jira user's locale and time zone, which
// bootstrap.tsx reads from view.getContext(). Never hard-code user-facing text in a component.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, type Locale, type MessageKey } from '@shared/i18n';
import type { ErrorPayload } from '@shared/contract';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export type I18n = {
  readonly locale: Locale;
  readonly t: Translate;
  /** The translated message of an error Result. */
  readonly tError: (error: ErrorPayload) => string;
  /** A timestamp (ISO 8601 or Jira's `+0000` form) in the user's locale and zone; the raw text if unparsable. */
  readonly formatDateTime: (timestamp: string) => string;
};

type Settings = { readonly locale: Locale; readonly timeZone: string | null };

const I18nContext = createContext<Settings>({ locale: 'en', timeZone: null });

export function I18nProvider({ locale, timeZone, children }: Settings & { readonly children: ReactNode }) {
  const value = useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function dateFormatter(locale: Locale, timeZone: string | null): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options);
  } catch {
    return new Intl.DateTimeFormat(locale, options); // an unknown zone name must not break the page
  }
}

export function useI18n(): I18n {
  const { locale, timeZone } = useContext(I18nContext);
  return useMemo(() => {
    const t: Translate = (key, params) => translate(locale, key, params);
    const formatter = dateFormatter(locale, timeZone);
    const formatDateTime = (timestamp: string): string => {
      const millis = Date.parse(timestamp.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
      return Number.isNaN(millis) ? timestamp : formatter.format(millis);
    };
    return { locale, t, tError: (error) => t(error.messageKey, error.params), formatDateTime };
  }, [locale, timeZone]);
}
