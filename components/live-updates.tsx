'use client';
// Keeps the open page current: follows the workspace's task changes (server-sent events from /api/events) and
// re-renders the page's server data after a burst of them. Forms being edited keep their input; they are client state.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function LiveUpdates() {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource('/api/events');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 150);
    };
    source.addEventListener('task', onChange);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [router]);
  return null;
}
