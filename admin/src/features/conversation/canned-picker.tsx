import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useMyAccount } from '../auth/my-account';
import { useI18n } from '../i18n/i18n';
import { fillPlaceholders, pickerSearch } from './canned-placeholders';
import { useListboxPicker } from './listbox-picker';

export const PickCannedResponsesQuery = graphql(`
  query PickCannedResponses($search: String) {
    cannedResponses(search: $search) {
      id
      shortcut
      title
      text
    }
  }
`);

/**
 * The composer's canned-reply picker: typing "/" first opens a listbox of replies matching what
 * follows; Enter inserts the reply with its placeholders filled (see listbox-picker.tsx for the
 * keys and how the textarea drives it).
 */
export function useCannedPicker({ text, customerName, onInsert }: { text: string; customerName: string; onInsert(text: string): void }) {
  const { t } = useI18n();
  const me = useMyAccount();
  const search = pickerSearch(text);
  const { data, loading } = useQuery(PickCannedResponsesQuery, {
    variables: { search: search?.trim() || null },
    skip: search === null,
    fetchPolicy: 'cache-and-network',
  });
  const options = data?.cannedResponses ?? [];
  return useListboxPicker({
    text,
    query: search,
    options,
    className: 'canned-picker',
    label: t('canned.picker'),
    hint: loading && !data ? t('app.loading') : options.length ? t('canned.pickerHint') : t('canned.pickerNone'),
    keyOf: (option) => option.id,
    dataOf: (option) => ({ 'data-shortcut': option.shortcut }),
    renderOption: (option) => (
      <>
        <span className="canned-shortcut">/{option.shortcut}</span> <span className="canned-title">{option.title}</span>
      </>
    ),
    onChoose: (option) => onInsert(fillPlaceholders(option.text, { customerName, agentName: me.name })),
  });
}
