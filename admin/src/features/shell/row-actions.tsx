import { useI18n } from '../i18n/i18n';

/** A table row's Edit and Delete buttons, each naming the row for screen readers. */
export function EditDeleteCell(props: { name: string; deleteNamed: string; onEdit(): void; onDelete(): void }) {
  const { t } = useI18n();
  return (
    <td className="row-actions">
      <button type="button" className="button small" aria-label={t('agents.editNamed', { name: props.name })} onClick={props.onEdit}>
        {t('agents.edit')}
      </button>
      <button type="button" className="button small danger" aria-label={props.deleteNamed} onClick={props.onDelete}>
        {t('teams.delete')}
      </button>
    </td>
  );
}
