import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { formatSize } from './message-bubble';

const GetUploadLimitsQuery = graphql(`
  query GetUploadLimits {
    widgetConfig {
      maxFileSize
      allowedFileTypes
    }
  }
`);

/** Patterns as the server reads ALLOWED_FILE_TYPES: exact types, or "image/*" for a whole family. */
function typeAllowed(type: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) => (pattern.endsWith('/*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type));
}

/**
 * The server's size and type limits, to say at once what it would refuse. The server still
 * decides (it judges the type from the bytes), and its refusal is shown on the message.
 */
export function useUploadLimits() {
  const { t } = useI18n();
  const { data } = useQuery(GetUploadLimitsQuery);
  const limits = data?.widgetConfig;
  return {
    accept: limits?.allowedFileTypes.join(','),
    problemWith(file: File): string | null {
      if (!limits) return null;
      if (file.size > limits.maxFileSize) return `${t('error.FILE_TOO_LARGE')} (≤ ${formatSize(limits.maxFileSize)})`;
      // A type the browser cannot name is left to the server, which reads the bytes.
      if (file.type && !typeAllowed(file.type, limits.allowedFileTypes)) return t('error.UNSUPPORTED_FILE_TYPE');
      return null;
    },
  };
}
