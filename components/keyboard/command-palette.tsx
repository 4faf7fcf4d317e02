'use client';
// Cmd/Ctrl+K: jump to any task (full-text search, or its key), any page, or run an action.
import { Command } from 'cmdk';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

import { useTaskSearch } from '@/components/use-task-search';

const pages = [
  { label: 'Tasks', href: '/' },
  { label: 'Board', href: '/board' },
  { label: 'Features', href: '/features' },
  { label: 'Sprints', href: '/sprints' },
  { label: 'Import tasks', href: '/import' },
  { label: 'Members', href: '/members' },
  { label: 'Account and API tokens', href: '/account' },
  { label: 'Audit log', href: '/audit' },
  { label: 'Settings: required sections', href: '/settings' },
  { label: 'REST API reference', href: '/api/docs' },
];

/** Asks QuickCreate (in the header) to open; it listens for this event. */
export const NEW_TASK_EVENT = 'specboard:new-task';

const itemClass = 'flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm data-[selected=true]:bg-hover';
const groupClass = 'text-xs text-fg-muted [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1';

export function CommandPalette() {
  const router = useRouter();
  const [isOpen, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const shownTasks = useTaskSearch(search);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        setOpen((open) => !open);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (href: string) => {
    setOpen(false);
    setSearch('');
    router.push(href);
  };
  const matches = (label: string) => label.toLowerCase().includes(search.trim().toLowerCase());
  const shownPages = pages.filter((page) => matches(page.label));

  return (
    <Command.Dialog
      open={isOpen}
      onOpenChange={setOpen}
      label="Command palette"
      shouldFilter={false}
      overlayClassName="fixed inset-0 z-40 bg-black/30"
      contentClassName="fixed top-[15vh] left-1/2 z-50 w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 overflow-hidden rounded-lg border border-line bg-canvas text-fg shadow-xl"
    >
      <Command.Input
        value={search}
        onValueChange={setSearch}
        placeholder="Search tasks, pages and actions…"
        className="h-11 w-full border-b border-line bg-transparent px-3 text-sm outline-none"
      />
      <Command.List className="max-h-80 overflow-y-auto p-1">
        <Command.Empty className="px-2 py-3 text-sm text-fg-muted">Nothing found.</Command.Empty>
        {shownTasks.length > 0 ? (
          <Command.Group heading="Tasks" className={groupClass}>
            {shownTasks.map((task) => (
              <Command.Item
                key={task.key}
                value={`task ${task.key}`}
                onSelect={() => go(`/tasks/${task.key}`)}
                className={itemClass}
              >
                <span className="font-mono text-xs text-fg-muted">{task.key}</span>
                <span className="truncate text-fg">{task.title}</span>
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
        {matches('New task') ? (
          <Command.Group heading="Actions" className={groupClass}>
            <Command.Item
              value="action new task"
              onSelect={() => {
                setOpen(false);
                window.dispatchEvent(new Event(NEW_TASK_EVENT));
              }}
              className={`${itemClass} text-fg`}
            >
              New task
            </Command.Item>
          </Command.Group>
        ) : null}
        {shownPages.length > 0 ? (
          <Command.Group heading="Pages" className={groupClass}>
            {shownPages.map((page) => (
              <Command.Item
                key={page.href}
                value={`page ${page.label}`}
                onSelect={() => go(page.href)}
                className={`${itemClass} text-fg`}
              >
                {page.label}
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
      </Command.List>
    </Command.Dialog>
  );
}
