import { For, type JSX } from 'solid-js';

export interface Tab<K extends string> {
  key: K;
  label: string;
}

/** A WAI-ARIA tablist: arrow keys move between tabs, the active tab is the one in the tab order. */
export function Tabs<K extends string>(props: {
  tabs: Tab<K>[];
  active: K;
  onChange: (key: K) => void;
  label: string;
  idPrefix: string;
  children: JSX.Element;
}) {
  const focusTab = (key: K) => document.getElementById(`${props.idPrefix}-tab-${key}`)?.focus();
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const count = props.tabs.length;
    const next = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: count - 1 - index }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = props.tabs[(index + next + count) % count];
    if (!tab) return;
    props.onChange(tab.key);
    focusTab(tab.key);
  };
  return (
    <>
      <div role="tablist" aria-label={props.label} class="tabs">
        <For each={props.tabs}>
          {(tab, index) => (
            <button
              type="button"
              role="tab"
              id={`${props.idPrefix}-tab-${tab.key}`}
              aria-selected={props.active === tab.key}
              aria-controls={`${props.idPrefix}-panel`}
              tabindex={props.active === tab.key ? 0 : -1}
              onClick={() => props.onChange(tab.key)}
              onKeyDown={(e) => onKeyDown(e, index())}
            >
              {tab.label}
            </button>
          )}
        </For>
      </div>
      <div
        role="tabpanel"
        id={`${props.idPrefix}-panel`}
        aria-labelledby={`${props.idPrefix}-tab-${props.active}`}
        class="tabpanel"
      >
        {props.children}
      </div>
    </>
  );
}
