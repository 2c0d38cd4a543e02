import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { dictionaries, format, type Locale, type MessageKey } from './messages';

const STORAGE_KEY = 'livechat-oss-admin.locale';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** Dates and times in the agent's language, in the browser's time zone. */
  formatDateTime(iso: string, style?: 'time' | 'date' | 'datetime'): string;
  /** A span of time in whole minutes, short: "5 mnt", "1 jam 20 mnt"; under a minute, "< 1 mnt". */
  formatDuration(milliseconds: number): string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'id';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const tag = locale === 'id' ? 'id-ID' : 'en-GB';
    const formats = {
      time: new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' }),
      date: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric' }),
      datetime: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
    };
    const minutes = new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
    const hours = new Intl.NumberFormat(tag, { style: 'unit', unit: 'hour', unitDisplay: 'long' });
    return {
      locale,
      setLocale,
      t: (key, params) => format(dictionaries[locale][key], params),
      formatDateTime: (iso, style = 'datetime') => formats[style].format(new Date(iso)),
      formatDuration: (milliseconds) => {
        const total = Math.floor(milliseconds / 60_000);
        if (total < 1) return `< ${minutes.format(1)}`;
        if (total < 60) return minutes.format(total);
        const rest = total % 60;
        return rest ? `${hours.format(Math.floor(total / 60))} ${minutes.format(rest)}` : hours.format(total / 60);
      },
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}
