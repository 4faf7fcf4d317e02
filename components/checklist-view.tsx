import { ChecklistToggle } from './edit/checklist-toggle';
import type { ListItem } from './section-data';

export interface ChecklistToggling {
  taskKey: string;
  listSlug: string;
}

/**
 * Checklist items with a checkbox-like marker; the marker's meaning is also given as text for screen readers.
 * With `toggling`, the items are real checkboxes that save as they are ticked.
 */
export function ChecklistView({ items, toggling }: { items: ListItem[]; toggling?: ChecklistToggling }) {
  if (toggling) {
    return (
      <ul className="space-y-1.5">
        {items.map((item) => (
          <ChecklistToggle
            key={`${item.id}:${String(item.isDone)}`}
            {...toggling}
            itemId={item.id}
            text={String(item.text ?? '')}
            isDone={item.isDone === true}
          />
        ))}
      </ul>
    );
  }
  return (
    <ul className="space-y-1.5">
      {items.map((item) => {
        const isDone = item.isDone === true;
        return (
          <li key={item.id} className="flex items-start gap-2.5">
            <span
              aria-hidden="true"
              className={`mt-0.5 grid size-4 shrink-0 place-items-center rounded-[4px] border text-[10px] leading-none font-bold ${
                isDone ? 'border-status-done-dot bg-status-done-dot text-canvas' : 'border-line-strong bg-canvas'
              }`}
            >
              {isDone ? '✓' : ''}
            </span>
            <span className="sr-only">{isDone ? 'Done: ' : 'Not done: '}</span>
            <span className={`break-words whitespace-pre-wrap ${isDone ? 'text-fg-muted' : ''}`}>
              {String(item.text ?? '')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
