// Display formatting shared by the pages: status names, estimates, dates, sprints and labels derived from the
// section registry's field names. Pure functions, so server and client components render the same text.
import type { ChangeType, ReferenceKind, TaskStatus } from '@/lib/enums';

export const statusLabels: Record<TaskStatus, string> = {
  TODO: 'Todo',
  IN_PROGRESS: 'In Progress',
  IN_REVIEW: 'In Review',
  DONE: 'Done',
  BLOCKED: 'Blocked',
};

export function formatStatus(status: TaskStatus): string {
  return statusLabels[status];
}

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** `5 pts`, `12 h`, `5 pts · 12 h`, or null when neither is set. */
export function formatEstimate(points: number | null, hours: number | null): string | null {
  const parts = [
    points === null ? null : `${number.format(points)} ${points === 1 ? 'pt' : 'pts'}`,
    hours === null ? null : `${number.format(hours)} h`,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}

// Dates are shown in UTC so the server-rendered text does not depend on the server's time zone.
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeStyle: 'short',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** `Nov 24, 2026` from an ISO date (`2026-11-24`) or timestamp. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** `Nov 24, 2026, 14:03 UTC` from an ISO timestamp. */
export function formatDateTime(iso: string): string {
  return `${dateTimeFormat.format(new Date(iso))} UTC`;
}

/**
 * `Sprint 12 · SSO beta`. Sprint names often repeat the number ("Sprint 12 - SSO beta"); that prefix is dropped
 * so the number is shown once.
 */
export function formatSprint(sprint: { number: number; name: string }): string {
  const rest = sprint.name.replace(new RegExp(`^\\s*sprint\\s*#?${sprint.number}\\b[\\s:·–—-]*`, 'i'), '').trim();
  return rest ? `Sprint ${sprint.number} · ${rest}` : `Sprint ${sprint.number}`;
}

/** Labels that the template words differently from the field name. */
const fieldLabelOverrides: Record<string, string> = {
  changeType: 'Type',
  isDone: 'Done',
  path: 'File or module',
};

/** A field name as a label: `estimatedTime` -> `Estimated Time`, `changeType` -> `Type`. */
export function fieldLabel(field: string): string {
  return (
    fieldLabelOverrides[field] ??
    field
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/[_-]+/g, ' ')
      .replace(/\b\w/g, (letter) => letter.toUpperCase())
  );
}

/** An enum value as words: `IN_PROGRESS` -> `In progress`. */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const changeTypeLabels: Record<ChangeType, string> = { NEW: 'New', MODIFIED: 'Modified', DELETED: 'Deleted' };

export const referenceKindLabels: Record<Exclude<ReferenceKind, 'OTHER'>, string> = {
  DESIGN_DOCUMENT: 'Design Document',
  TECHNICAL_SPEC: 'Technical Spec',
  RESEARCH: 'Research',
};

/** `2/5 done`. */
export function formatDoneCount(done: number, total: number): string {
  return `${done}/${total} done`;
}

/** `1 task`, `3 tasks`. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
