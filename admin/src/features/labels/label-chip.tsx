import { useI18n } from '../i18n/i18n';

export interface ChipLabel {
  id: string;
  name: string;
  color: string;
}

/** A label as a chip: its colour as a swatch beside the name, so the text keeps its contrast. */
export function LabelChip({ label }: { label: ChipLabel }) {
  return (
    <span className="row-team label-chip" data-label={label.name}>
      <span aria-hidden="true" className="label-swatch" style={{ display: 'inline-block', width: '0.6em', height: '0.6em', borderRadius: '50%', marginInlineEnd: '0.3em', background: label.color }} />
      {label.name}
    </span>
  );
}

/** The chips of a chat, read out as one list ("Label: NIB, KBLI"). */
export function LabelChips({ labels }: { labels: readonly ChipLabel[] }) {
  const { t } = useI18n();
  if (labels.length === 0) return null;
  return (
    <span className="label-chips" role="list" aria-label={t('labels.ofChat')}>
      {labels.map((label) => (
        <span role="listitem" key={label.id}>
          <LabelChip label={label} />{' '}
        </span>
      ))}
    </span>
  );
}
