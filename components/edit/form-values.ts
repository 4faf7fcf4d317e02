// A section as the forms hold it, and back: links keep their key and title for display, and are sent as ids.
import { type SectionKey, sectionParts } from '@/lib/tasks/sections';

export type Item = Record<string, unknown>;
export type LinkRow = { taskId: string; key: string; title: string; description?: string };
export type FormValue = Record<string, unknown>;

export function toFormValue(key: SectionKey, section: Record<string, unknown>): FormValue {
  return Object.fromEntries(
    sectionParts(key).map(([name, part]) => {
      const value = section[name];
      if (part.type === 'text') return [name, typeof value === 'string' ? value : ''];
      return [name, Array.isArray(value) ? value.map((item) => ({ ...(item as Item) })) : []];
    }),
  );
}

/** The body of `PUT .../sections/{slug}`. */
export function toSectionInput(key: SectionKey, value: FormValue): Record<string, unknown> {
  return Object.fromEntries(
    sectionParts(key).map(([name, part]) => {
      const current = value[name];
      if (part.type !== 'links') return [name, current];
      const links = current as LinkRow[];
      return [
        name,
        part.set === 'prerequisites'
          ? links.map(({ taskId, description }) => ({ taskId, description: description ?? '' }))
          : links.map((link) => link.taskId),
      ];
    }),
  );
}

/** Zod and the API report paths like `items.0.text`; the form shows each next to its field. */
export type FieldErrors = Record<string, string>;

export function errorsByPath(issues: Array<{ path: string; message: string }>): FieldErrors {
  return Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
}
