/** Whether a key press belongs to a text field (or other control), so single-key shortcuts must leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** A single-key shortcut: no modifier, not while typing. */
export function isPlainKey(event: KeyboardEvent, key: string): boolean {
  return event.key === key && !event.metaKey && !event.ctrlKey && !event.altKey && !isTyping(event.target);
}
