// A parsed document in the exporter's shape, before anything is resolved or written: what a dry-run import shows
// and what the round-trip tests export again.
import { completenessOf, filledSectionsOf } from '@/lib/tasks/completeness';
import { type SectionKey, sectionKeys, sectionParts } from '@/lib/tasks/sections';
import type { SectionOutputs } from '@/lib/tasks/task-document';

import type { MarkdownTask } from './export-task';
import type { ParsedTask } from './parse-state';

export function parsedDocument(task: ParsedTask): MarkdownTask {
  const sections = Object.fromEntries(
    sectionKeys.map((key: SectionKey) => {
      const parsed = task.sections[key] ?? {};
      const value = Object.fromEntries(
        sectionParts(key).map(([name, part]) => {
          if (part.type === 'text') return [name, parsed[name] ?? ''];
          if (part.type === 'list') return [name, parsed[name] ?? []];
          return [name, []];
        }),
      );
      return [key, value];
    }),
  ) as unknown as SectionOutputs;
  const pendingLinks = task.links.map((link, index) => ({
    ...link,
    position: index - task.links.filter((other, at) => at < index && other.set !== link.set).length,
  }));
  const date = (value: string | null) => `${value ?? new Date().toISOString().slice(0, 10)}T00:00:00.000Z`;
  return {
    id: '',
    key: '',
    number: 0,
    title: task.title,
    status: task.status,
    assignee: null,
    assigneeName: task.assignee,
    feature: task.feature ? { id: '', name: task.feature } : null,
    sprint: task.sprint !== null ? { id: '', number: task.sprint, name: '' } : null,
    estimatePoints: task.estimatePoints,
    estimateHours: task.estimateHours,
    reviewDate: task.reviewDate,
    completionTarget: task.completionTarget,
    createdAt: date(task.createdAt),
    updatedAt: date(task.updatedAt),
    version: 0,
    completeness: completenessOf(filledSectionsOf(sections, pendingLinks)),
    sections,
    pendingLinks,
  };
}
