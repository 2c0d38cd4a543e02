import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { ListLabelsQuery } from './labels-page';

/** Narrows the inbox to the chats with one label; hidden while the desk has none. */
export function LabelFilter({ value, onChange }: { value: string; onChange(labelId: string): void }) {
  const { t } = useI18n();
  const id = useId();
  const labels = useQuery(ListLabelsQuery, { fetchPolicy: 'cache-and-network' }).data?.labels ?? [];
  if (labels.length === 0 && !value) return null;
  return (
    <div className="search label-filter">
      <label htmlFor={id} className="visually-hidden">
        {t('labels.filter')}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('labels.filterAll')}</option>
        {labels.map((label) => (
          <option key={label.id} value={label.id}>
            {label.name}
          </option>
        ))}
      </select>
    </div>
  );
}
