import { useI18n } from '../i18n/i18n';
import { ApiKeysSection } from './api-keys-section';
import { WebhooksSection } from './webhooks-section';

/** ADMIN: how third parties reach the desk. Each kind of integration is a section of its own, one under the other. */
export default function IntegrationsPage() {
  const { t } = useI18n();
  return (
    <main className="page integrations-page" id="main" tabIndex={-1}>
      <h1>{t('integrations.title')}</h1>
      <p className="muted">{t('integrations.intro')}</p>
      <ApiKeysSection />
      <WebhooksSection />
    </main>
  );
}
