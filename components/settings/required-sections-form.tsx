'use client';
// Which sections a task needs before it may start and before it may be done: one row per template section, a
// checkbox per rule. Viewers of the page who are not admins see the same table, read-only.
import { useActionState } from 'react';

import { type ActionState, initialActionState } from '@/components/forms/action-result';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { cellClass, TableHead } from '@/components/table-head';
import type { WorkspaceSettings } from '@/lib/workspaces/workspace-settings';

export interface SectionRow {
  key: string;
  title: string;
  group: string;
  note?: string;
}

const rules = [
  ['requiredForInProgress', 'Before In Progress'],
  ['requiredForDone', 'Before Done'],
] as const;

export function RequiredSectionsForm({
  sections,
  settings,
  action,
  canEdit,
}: {
  sections: SectionRow[];
  settings: WorkspaceSettings;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  canEdit: boolean;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-line">
        <table className="w-full border-separate border-spacing-0 text-[0.8125rem]">
          <caption className="sr-only">Sections required before a status change</caption>
          <TableHead columns={[{ label: 'Section' }, { label: 'Group' }, ...rules.map(([, label]) => ({ label }))]} />
          <tbody>
            {sections.map((section) => (
              <tr key={section.key} className="[&:last-child>td]:border-b-0">
                <td className={`h-9 ${cellClass} font-medium`}>
                  {section.title}
                  {section.note ? <span className="ml-2 text-xs font-normal text-fg-muted">{section.note}</span> : null}
                </td>
                <td className={`h-9 ${cellClass} text-fg-muted`}>{section.group}</td>
                {rules.map(([name, label]) => (
                  <td key={name} className={`h-9 ${cellClass}`}>
                    <input
                      type="checkbox"
                      name={name}
                      value={section.key}
                      defaultChecked={settings[name].includes(section.key as never)}
                      disabled={!canEdit}
                      aria-label={`${section.title}: required ${label.toLowerCase()}`}
                      className="size-4"
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormMessage state={state} />
      {canEdit ? <SubmitButton pendingLabel="Saving…">Save rules</SubmitButton> : null}
    </form>
  );
}
