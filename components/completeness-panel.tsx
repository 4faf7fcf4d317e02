// A task's completeness under its details: how much of what applies is filled, what is missing (as jump links), and
// which missing sections the workspace requires before the task may start or be done.
import { pluralize } from '@/components/format';
import type { Completeness } from '@/lib/tasks/completeness';
import { type SectionKey, sectionRegistry, sectionSlug } from '@/lib/tasks/sections';
import type { WorkspaceSettings } from '@/lib/workspaces/workspace-settings';

import { CompletenessBar } from './completeness-bar';

function SectionLinks({ keys }: { keys: SectionKey[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {keys.map((key) => (
        <li key={key}>
          <a
            href={`#${sectionSlug(key)}`}
            className="inline-block rounded border border-line px-1.5 py-0.5 text-xs text-fg-muted hover:border-line-strong hover:text-fg"
          >
            {sectionRegistry[key].title}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function CompletenessPanel({
  completeness,
  settings,
}: {
  completeness: Completeness;
  settings: WorkspaceSettings;
}) {
  const { filled, applicable, percent, missing } = completeness;
  const requiredToStart = missing.filter((key) => settings.requiredForInProgress.includes(key));
  const requiredForDone = missing.filter((key) => settings.requiredForDone.includes(key));
  return (
    <section aria-labelledby="completeness-title" className="space-y-2 rounded-lg border border-line px-4 py-3 text-sm">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id="completeness-title" className="font-semibold">
          Completeness
        </h2>
        <CompletenessBar percent={percent} />
        <span className="text-fg-muted">
          {filled} of {pluralize(applicable, 'section')} that apply filled
        </span>
      </div>
      {requiredToStart.length > 0 ? (
        <div className="space-y-1">
          <p className="text-status-blocked">Required before work starts (In Progress):</p>
          <SectionLinks keys={requiredToStart} />
        </div>
      ) : null}
      {requiredForDone.length > 0 ? (
        <div className="space-y-1">
          <p className="text-status-blocked">Required before Done:</p>
          <SectionLinks keys={requiredForDone} />
        </div>
      ) : null}
      {missing.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-fg-muted hover:text-fg">
            Empty: {pluralize(missing.length, 'section')}
          </summary>
          <div className="mt-2">
            <SectionLinks keys={missing} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
