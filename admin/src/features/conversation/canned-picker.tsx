import { useQuery } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { graphql } from '../../gql';
import { useMyAccount } from '../auth/my-account';
import { useI18n } from '../i18n/i18n';
import { fillPlaceholders, pickerSearch } from './canned-placeholders';

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
 * follows; ArrowUp/ArrowDown move, Enter inserts the reply with its placeholders filled, Escape
 * closes. The composer's textarea controls the listbox: spread `inputProps` on it, call `onKeyDown`
 * first in its own key handler (true means the picker handled the key), and render `listbox`.
 */
export function useCannedPicker({ text, customerName, onInsert }: { text: string; customerName: string; onInsert(text: string): void }) {
  const { t } = useI18n();
  const me = useMyAccount();
  const listboxId = useId();
  const [active, setActive] = useState({ search: '', index: 0 });
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const search = pickerSearch(text);
  const open = search !== null && dismissedFor !== text;
  const { data, loading } = useQuery(PickCannedResponsesQuery, {
    variables: { search: search?.trim() || null },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const options = open ? (data?.cannedResponses ?? []) : [];
  // A new search starts again at its first match.
  const activeIndex = active.search === search ? Math.min(active.index, Math.max(options.length - 1, 0)) : 0;
  const optionId = (index: number) => `${listboxId}-${index}`;

  function insert(index: number) {
    const chosen = options[index];
    if (!chosen) return;
    onInsert(fillPlaceholders(chosen.text, { customerName, agentName: me.name }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!options.length) return false;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ search: search ?? '', index: (activeIndex + step + options.length) % options.length });
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedFor(text);
      return true;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && options.length) {
      event.preventDefault();
      insert(activeIndex);
      return true;
    }
    return false;
  }

  // The textarea keeps its textbox role: ARIA in HTML allows no combobox role (nor aria-expanded) on a textarea.
  const inputProps = {
    'aria-autocomplete': 'list',
    'aria-controls': open ? listboxId : undefined,
    'aria-activedescendant': open && options.length ? optionId(activeIndex) : undefined,
  } as const;

  const listbox = open ? (
    <div className="canned-picker">
      <ul id={listboxId} role="listbox" aria-label={t('canned.picker')}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            data-shortcut={option.shortcut}
            // Keeps the focus in the textarea, which a click on the option would take.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => insert(index)}
          >
            <span className="canned-shortcut">/{option.shortcut}</span> <span className="canned-title">{option.title}</span>
          </li>
        ))}
      </ul>
      <p className="hint" role="status">
        {loading && !data ? t('app.loading') : options.length ? t('canned.pickerHint') : t('canned.pickerNone')}
      </p>
    </div>
  ) : null;

  return { inputProps, onKeyDown, listbox };
}
