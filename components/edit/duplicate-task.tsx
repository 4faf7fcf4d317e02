'use client';
// "Duplicate" makes a new task from this one's document (metadata and every section), then opens it.
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { smallButtonClass } from '@/components/forms/styles';
import { type SectionKey, sectionKeys } from '@/lib/tasks/sections';

import { toFormValue, toSectionInput } from './form-values';

export function DuplicateTask({ taskKey }: { taskKey: string }) {
  const router = useRouter();
  const [status, setStatus] = useState('');

  async function duplicate() {
    setStatus('Duplicating…');
    const source = await fetch(`/api/v1/tasks/${encodeURIComponent(taskKey)}`, { cache: 'no-store' }).catch(() => null);
    if (!source?.ok) return setStatus('Could not read the task; try again.');
    const task = await source.json();
    const sections = Object.fromEntries(
      sectionKeys.map((key: SectionKey) => [key, toSectionInput(key, toFormValue(key, task.sections[key]))]),
    );
    const withoutIds = JSON.parse(JSON.stringify(sections), (name, value) => (name === 'id' ? undefined : value));
    const response = await fetch('/api/v1/tasks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({
        title: `Copy of ${task.title}`.slice(0, 200),
        status: 'TODO',
        assigneeId: task.assignee?.id ?? null,
        featureId: task.feature?.id ?? null,
        sprintId: task.sprint?.id ?? null,
        estimatePoints: task.estimatePoints,
        estimateHours: task.estimateHours,
        reviewDate: task.reviewDate,
        completionTarget: task.completionTarget,
        sections: withoutIds,
      }),
    }).catch(() => null);
    if (!response?.ok) return setStatus('Could not create the copy; try again.');
    router.push(`/tasks/${(await response.json()).key}`);
  }

  return (
    <>
      <button type="button" className={smallButtonClass} onClick={() => void duplicate()}>
        Duplicate
      </button>
      <span role="status" className="text-xs text-fg-muted">
        {status}
      </span>
    </>
  );
}
