'use client';
// A section of the read view that can switch to its form in place.
import { type ReactNode, useState } from 'react';

import { smallButtonClass } from '@/components/forms/styles';
import type { SectionKey } from '@/lib/tasks/sections';

import { SectionForm } from './section-form';

export function EditableSection(props: {
  taskKey: string;
  sectionKey: SectionKey;
  title: string;
  isEmpty: boolean;
  heading: ReactNode;
  children: ReactNode;
}) {
  const [isEditing, setEditing] = useState(false);
  return (
    <div>
      <div className="mb-2 flex items-baseline justify-between gap-3">
        {props.heading}
        {isEditing ? null : (
          <button
            type="button"
            className={`${smallButtonClass} shrink-0`}
            aria-label={`${props.isEmpty ? 'Fill in' : 'Edit'} ${props.title}`}
            onClick={() => setEditing(true)}
          >
            {props.isEmpty ? 'Fill in' : 'Edit'}
          </button>
        )}
      </div>
      {isEditing ? (
        <SectionForm taskKey={props.taskKey} sectionKey={props.sectionKey} onClose={() => setEditing(false)} />
      ) : (
        props.children
      )}
    </div>
  );
}
