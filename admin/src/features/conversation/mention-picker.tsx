import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useMe } from '../auth/auth-session';
import { useI18n } from '../i18n/i18n';
import { useCannedPicker } from './canned-picker';
import { useListboxPicker } from './listbox-picker';

const ListMentionableAgentsQuery = graphql(`
  query ListMentionableAgents {
    admins {
      id
      name
      disabled
    }
  }
`);

/**
 * The name being typed after an "@" that ends the text (spaces allowed, as names have them), or
 * null. An "@" inside a word (an email address) starts no mention, as the API reads it.
 */
export function mentionQuery(text: string): string | null {
  const match = /(?:^|[^\p{L}\p{N}_])@([^@\n]{0,60})$/u.exec(text);
  return match ? match[1] : null;
}

/**
 * In a note, "@" offers the active agents whose name starts with what follows; choosing one writes
 * "@<name> ", which is what the API matches (the name, case-insensitive, the longest that fits).
 */
export function useMentionPicker({ text, enabled, onInsert }: { text: string; enabled: boolean; onInsert(text: string): void }) {
  const { t } = useI18n();
  const me = useMe();
  const typed = enabled ? mentionQuery(text) : null;
  const { data, loading } = useQuery(ListMentionableAgentsQuery, { skip: typed === null, fetchPolicy: 'cache-and-network' });
  const prefix = typed?.toLocaleLowerCase() ?? '';
  const options = (data?.admins ?? []).filter(
    (agent) => !agent.disabled && agent.id !== me.id && agent.name.toLocaleLowerCase().startsWith(prefix),
  );
  // Past a space with no name left that fits, the "@" was not a mention: the note goes on.
  const query = typed !== null && (options.length > 0 || !/\s/.test(typed)) ? typed : null;
  return useListboxPicker({
    text,
    query,
    options,
    className: 'mention-picker',
    label: t('mention.picker'),
    hint: loading && !data ? t('app.loading') : options.length ? t('mention.pickerHint') : t('mention.pickerNone'),
    keyOf: (agent) => agent.id,
    dataOf: (agent) => ({ 'data-agent-id': agent.id }),
    renderOption: (agent) => <span className="mention-name">@{agent.name}</span>,
    onChoose: (agent) => onInsert(`${text.slice(0, text.length - (typed ?? '').length)}${agent.name} `),
  });
}

/** The composer's pickers: "/" first opens the canned replies; in a note, "@" opens the agents. */
export function useComposerPicker(props: { text: string; customerName: string; writingNote: boolean; onInsert(text: string): void }) {
  const canned = useCannedPicker(props);
  const mention = useMentionPicker({ text: props.text, enabled: props.writingNote, onInsert: props.onInsert });
  return mention.open ? mention : canned;
}
