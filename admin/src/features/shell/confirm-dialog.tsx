import { useState, type ReactNode } from 'react';
import { describeError } from '../../app/errors';
import { useI18n } from '../i18n/i18n';
import { Dialog } from './dialog';
import { FormOutcome } from './form-field';

/** Asks before a destructive step; Cancel has the focus, and a refusal is shown in the dialog. */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm(): Promise<unknown>;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    props.onClose();
  };
  return (
    <Dialog open={props.open} title={props.title} onClose={close}>
      {props.children}
      <FormOutcome error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close} autoFocus>
          {t('conversation.cancel')}
        </button>
        <button
          type="button"
          className="button danger"
          disabled={props.busy}
          onClick={async () => {
            try {
              await props.onConfirm();
              close();
            } catch (failure) {
              setError(describeError(failure, t));
            }
          }}
        >
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
