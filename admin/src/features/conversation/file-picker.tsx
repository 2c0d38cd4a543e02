import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { PaperclipIcon } from '../shell/icons';
import { formatSize } from './message-bubble';

const GetUploadLimitsQuery = graphql(`
  query GetUploadLimits {
    widgetConfig {
      maxFileSize
      allowedFileTypes
    }
  }
`);

/** Picks one file and checks it against the server's limits before anything is uploaded. */
export function FilePicker({ onPick }: { onPick(file: File): void }) {
  const { t } = useI18n();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { data } = useQuery(GetUploadLimitsQuery);
  const limits = data?.widgetConfig;

  function picked(file: File | undefined) {
    if (input.current) input.current.value = '';
    if (!file) return;
    if (limits && file.size > limits.maxFileSize) {
      setProblem(`${t('error.FILE_TOO_LARGE')} (≤ ${formatSize(limits.maxFileSize)})`);
      return;
    }
    if (limits && file.type && !limits.allowedFileTypes.includes(file.type)) {
      setProblem(t('error.UNSUPPORTED_FILE_TYPE'));
      return;
    }
    setProblem(null);
    onPick(file);
  }

  return (
    <>
      <label htmlFor={inputId} className="button file-button">
        <PaperclipIcon /> {t('conversation.attach')}
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        className="visually-hidden file-input"
        accept={limits?.allowedFileTypes.join(',')}
        onChange={(e) => picked(e.target.files?.[0])}
      />
      {problem && (
        <span className="form-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
