'use client';
// The conflict panel: what someone else saved in this section meanwhile, and the two ways out.
import { primaryButtonClass, secondaryButtonClass } from '@/components/forms/styles';
import { type SectionKey, sectionParts } from '@/lib/tasks/sections';

import type { FormValue, Item } from './form-values';

function describe(item: Item): string {
  return Object.entries(item)
    .filter(([field, value]) => field !== 'id' && field !== 'taskId' && value !== '' && value !== null)
    .map(([, value]) => (value === true ? '✓' : value === false ? '☐' : String(value)))
    .join(' · ');
}

export function TheirVersion(props: {
  sectionKey: SectionKey;
  theirs: FormValue;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <div
      role="alert"
      className="space-y-2 rounded-md border border-status-blocked-dot bg-status-blocked-bg p-3 text-sm"
    >
      <p className="font-medium text-status-blocked">
        Someone changed this section since you opened it. Nothing was saved. Their version:
      </p>
      <dl className="space-y-1 rounded-md bg-canvas p-2 text-xs">
        {sectionParts(props.sectionKey).map(([name, part]) => {
          const value = props.theirs[name];
          return (
            <div key={name}>
              <dt className="font-medium">{part.label}</dt>
              <dd className="whitespace-pre-wrap text-fg-muted">
                {Array.isArray(value)
                  ? value.map((item, index) => <div key={index}>{describe(item as Item)}</div>)
                  : String(value ?? '')}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="flex gap-2">
        <button type="button" className={primaryButtonClass} onClick={props.onKeepMine}>
          Keep mine
        </button>
        <button type="button" className={secondaryButtonClass} onClick={props.onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </div>
  );
}
