import { useI18n } from '../i18n/i18n';
import type { Locale } from '../i18n/messages';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
        <option value="id">Bahasa Indonesia</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
