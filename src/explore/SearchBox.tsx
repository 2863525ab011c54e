import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import type { SearchEntry } from '../data/search';
import { useI18n } from '../i18n/i18n';

export interface SearchBoxProps {
  search: (query: string) => SearchEntry[];
  onChoose: (entry: SearchEntry) => void;
  /** Changes when "Alles tonen" resets the view: the search text goes too. */
  resets?: number;
}

/**
 * Type-ahead search as an ARIA 1.2 combobox with a listbox popup (WAI-ARIA APG pattern): arrow keys
 * move through the results, Enter chooses (the first result when none is active), Escape closes.
 */
export function SearchBox(props: SearchBoxProps) {
  const { t } = useI18n();
  const [query, setQuery] = createSignal('');
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(-1);
  const results = createMemo(() => props.search(query()));
  const expanded = () => open() && results().length > 0;
  const searched = () => open() && query().trim().length > 0;
  const optionId = (i: number) => `search-option-${i}`;
  createEffect(
    on(
      () => props.resets,
      () => {
        setQuery('');
        setOpen(false);
        setActive(-1);
      },
      { defer: true },
    ),
  );

  const choose = (entry: SearchEntry | undefined) => {
    if (!entry) return;
    setQuery(entry.label);
    setOpen(false);
    setActive(-1);
    props.onChoose(entry);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const count = results().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (count) setActive((i) => (i + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (count) setActive((i) => (i <= 0 ? count - 1 : i - 1));
        break;
      case 'Enter':
        if (expanded()) {
          event.preventDefault();
          choose(results()[Math.max(active(), 0)]);
        }
        break;
      case 'Escape':
        if (expanded()) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else {
          setQuery('');
        }
        break;
    }
  };

  return (
    <div class="search">
      <label for="search-input">{t().searchLabel}</label>
      <input
        id="search-input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder={t().searchPlaceholder}
        aria-autocomplete="list"
        aria-controls="search-results"
        aria-expanded={expanded()}
        aria-activedescendant={expanded() && active() >= 0 ? optionId(active()) : undefined}
        value={query()}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id="search-results"
        role="listbox"
        aria-label={t().searchLabel}
        class="search__results"
        hidden={!expanded()}
      >
        <For each={results()}>
          {(entry, i) => (
            <li
              id={optionId(i())}
              role="option"
              aria-selected={active() === i()}
              class="search__option"
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(entry);
              }}
            >
              <span class="search__label">{entry.label}</span>
              <span class="search__detail">
                {t().kind[entry.kind]}
                {entry.detail ? ` · ${entry.detail}` : ''}
              </span>
            </li>
          )}
        </For>
      </ul>
      <p class="visually-hidden" aria-live="polite">
        <Show when={searched()}>
          {results().length ? t().searchResults(results().length) : t().searchNoResults}
        </Show>
      </p>
    </div>
  );
}
