import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A listbox that the composer's textarea drives while `query` is not null (the canned replies after
 * "/", the agents after "@"): ArrowUp/ArrowDown move, Enter chooses, Escape closes it until the
 * text changes. Spread `inputProps` on the textarea, call `onKeyDown` first in its own key handler
 * (true means the picker handled the key), and render `listbox`.
 */
export function useListboxPicker<Option>(props: {
  text: string;
  query: string | null;
  options: Option[];
  className: string;
  label: string;
  /** Below the list: how to use it, that it is loading, or that nothing matches. */
  hint: string;
  keyOf(option: Option): string;
  renderOption(option: Option): ReactNode;
  dataOf?(option: Option): Record<`data-${string}`, string>;
  onChoose(option: Option): void;
}) {
  const listboxId = useId();
  const [active, setActive] = useState({ query: '', index: 0 });
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const { text, query } = props;
  const open = query !== null && dismissedFor !== text;
  const options = open ? props.options : [];
  // A new query starts again at its first match.
  const activeIndex = active.query === query ? Math.min(active.index, Math.max(options.length - 1, 0)) : 0;
  const optionId = (index: number) => `${listboxId}-${index}`;

  function choose(index: number) {
    const chosen = options[index];
    if (chosen !== undefined) props.onChoose(chosen);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!options.length) return false;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ query: query ?? '', index: (activeIndex + step + options.length) % options.length });
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedFor(text);
      return true;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && options.length) {
      event.preventDefault();
      choose(activeIndex);
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
    <div className={`composer-picker ${props.className}`}>
      <ul id={listboxId} role="listbox" aria-label={props.label}>
        {options.map((option, index) => (
          <li
            key={props.keyOf(option)}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            {...props.dataOf?.(option)}
            // Keeps the focus in the textarea, which a click on the option would take.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            {props.renderOption(option)}
          </li>
        ))}
      </ul>
      <p className="hint" role="status">
        {props.hint}
      </p>
    </div>
  ) : null;

  return { open, inputProps, onKeyDown, listbox };
}
