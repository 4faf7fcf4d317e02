'use client';
// The single-key shortcuts: `/` search, `j`/`k` move through the task list, `?` lists every shortcut.
import { useEffect, useRef } from 'react';

import { secondaryButtonClass } from '@/components/forms/styles';

import { isPlainKey } from './is-typing';

const shortcuts: Array<[keys: string, what: string]> = [
  ['c', 'New task'],
  ['/', 'Search tasks'],
  ['⌘K / Ctrl+K', 'Command palette: jump to a task, page or action'],
  ['j / k', 'Next / previous task in the list'],
  ['Enter', 'Open the focused task'],
  ['?', 'Show these shortcuts'],
  ['Esc', 'Close a dialog'],
];

function moveInList(by: number) {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-task-list] a')];
  if (links.length === 0) return false;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = links[Math.min(links.length - 1, Math.max(0, current === -1 ? 0 : current + by))];
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
  return true;
}

export function KeyboardShortcuts() {
  const help = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isPlainKey(event, '?')) {
        event.preventDefault();
        help.current?.showModal();
      } else if (isPlainKey(event, '/')) {
        const search = document.getElementById('filter-q');
        if (!search) return;
        event.preventDefault();
        search.focus();
      } else if (isPlainKey(event, 'j') || isPlainKey(event, 'k')) {
        if (moveInList(event.key === 'j' ? 1 : -1)) event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    // Keys pressed before hydration are lost; browser tests wait for this mark before typing.
    document.documentElement.dataset.shortcuts = 'on';
    return () => {
      window.removeEventListener('keydown', onKey);
      delete document.documentElement.dataset.shortcuts;
    };
  }, []);

  return (
    <dialog
      ref={help}
      aria-labelledby="shortcuts-title"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-canvas p-4 text-fg shadow-xl backdrop:bg-black/30"
    >
      <h2 id="shortcuts-title" className="mb-3 text-base font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {shortcuts.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-line-strong bg-surface px-1.5 py-0.5 font-mono text-xs">{keys}</kbd>
            </dt>
            <dd className="text-fg-muted">{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 flex justify-end">
        <button className={secondaryButtonClass}>Close</button>
      </form>
    </dialog>
  );
}
