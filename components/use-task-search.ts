'use client';
// Tasks matching what someone types, for pickers and the command palette: full-text search over the workspace,
// plus the task whose key was typed exactly. Waits for a pause in typing and drops answers to older text.
import { useEffect, useState } from 'react';

export type FoundTask = { id: string; key: string; title: string };

const keyPattern = /^[A-Za-z][A-Za-z0-9]*-\d+$/;

async function findTasks(text: string, signal: AbortSignal): Promise<FoundTask[]> {
  const found = await fetch(`/api/v1/tasks?q=${encodeURIComponent(text)}&limit=8`, { signal })
    .then((response) => (response.ok ? response.json() : { data: [] }))
    .catch(() => ({ data: [] }));
  const byKey: FoundTask | null = keyPattern.test(text)
    ? await fetch(`/api/v1/tasks/${encodeURIComponent(text)}`, { signal })
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null)
    : null;
  const results: FoundTask[] = [...(byKey ? [byKey] : []), ...(found.data as FoundTask[])];
  return results.filter((task, index) => results.findIndex((other) => other.key === task.key) === index);
}

export function useTaskSearch(text: string): FoundTask[] {
  const [tasks, setTasks] = useState<FoundTask[]>([]);
  const query = text.trim();
  useEffect(() => {
    if (query === '') return;
    const controller = new AbortController();
    const timer = setTimeout(() => void findTasks(query, controller.signal).then(setTasks), 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return query === '' ? [] : tasks;
}
