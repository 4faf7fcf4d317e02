import type { ListItem } from './section-data';

/** Checklist items with a checkbox-like marker; the marker's meaning is also given as text for screen readers. */
export function ChecklistView({ items }: { items: ListItem[] }) {
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
