// Tabs (WAI-ARIA Authoring Practices, automatic activation): a tab list of buttons, arrows/Home/End move between them,
// only the selected tab is in the Tab order, its panel follows.
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export function Tabs<K extends string>(props: { label: string; tabs: readonly { key: K; title: string }[]; selected: K; onSelect: (key: K) => void; children: ReactNode }) {
  const id = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(0, props.tabs.findIndex((tab) => tab.key === props.selected));
  const move = (to: number) => {
    const n = props.tabs.length;
    const next = ((to % n) + n) % n;
    props.onSelect(props.tabs[next]!.key);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(index + 1),
      ArrowLeft: () => move(index - 1),
      Home: () => move(0),
      End: () => move(props.tabs.length - 1),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={props.label} className="tab-list">
        {props.tabs.map((tab, i) => (
          <button
            key={tab.key}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-selected={i === index}
            aria-controls={`${id}-panel`}
            tabIndex={i === index ? 0 : -1}
            className="tab"
            data-tab={tab.key}
            onClick={() => props.onSelect(tab.key)}
            onKeyDown={onKeyDown}
          >
            {tab.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${props.tabs[index]!.key}`} tabIndex={0} className="tab-panel">
        {props.children}
      </div>
    </div>
  );
}
