'use client';
// The items of one list part: each item's fields (from its zod schema), with add, remove, and reorder by drag or by
// the up/down buttons.
import type { z } from 'zod';

import { errorTextClass, inputClass, smallButtonClass } from '@/components/forms/styles';
import type { PartDescriptor } from '@/lib/tasks/sections';

import { fieldKind, fieldLabel } from './field-kinds';
import type { FieldErrors, Item } from './form-values';
import { SortableItem, SortableList } from './sortable-list';

type ListPart = Extract<PartDescriptor, { type: 'list' }>;

function emptyItem(part: ListPart): Item {
  return Object.fromEntries(
    part.fields.map((field) => {
      const kind = fieldKind(part.item.shape[field] as z.ZodType);
      if (kind.kind === 'checkbox') return [field, false];
      if (kind.kind === 'select') return [field, kind.isNullable ? null : kind.options[0]];
      return [field, ''];
    }),
  );
}

export function ListPartEditor(props: {
  id: string;
  part: ListPart;
  items: Item[];
  errors: FieldErrors;
  errorPrefix: string;
  onChange: (items: Item[]) => void;
}) {
  const { part, items, onChange } = props;
  const update = (index: number, field: string, value: unknown) =>
    onChange(items.map((item, at) => (at === index ? { ...item, [field]: value } : item)));
  const moveTo = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    if (moved) next.splice(to, 0, moved);
    onChange(next);
  };
  // Items not saved yet have no id; their place is stable while one drag lasts, which is all dnd-kit needs.
  const ids = items.map((item, index) => (item.id as string | undefined) ?? `new-${index}`);

  return (
    <div className="space-y-2">
      <SortableList ids={ids} onMove={moveTo}>
        {items.map((item, index) => {
          const itemLabel = `${part.label} ${index + 1}`;
          return (
            <SortableItem
              key={ids[index]}
              id={ids[index] as string}
              label={itemLabel}
              className="space-y-2 rounded-md border border-line p-2"
            >
              {(handle) => (
                <>
                  <div className="grid gap-2 sm:grid-cols-2">
                    {part.fields.map((field) => {
                      const kind = fieldKind(part.item.shape[field] as z.ZodType);
                      const id = `${props.id}-${index}-${field}`;
                      const error = props.errors[`${props.errorPrefix}${index}.${field}`];
                      const describedBy = error ? `${id}-error` : undefined;
                      const value = item[field];
                      const control =
                        kind.kind === 'checkbox' ? (
                          <input
                            id={id}
                            type="checkbox"
                            checked={value === true}
                            onChange={(event) => update(index, field, event.target.checked)}
                          />
                        ) : kind.kind === 'select' ? (
                          <select
                            id={id}
                            className={inputClass}
                            value={(value as string | null) ?? ''}
                            aria-invalid={!!error}
                            aria-describedby={describedBy}
                            onChange={(event) =>
                              update(index, field, event.target.value === '' ? null : event.target.value)
                            }
                          >
                            {kind.isNullable ? <option value="">—</option> : null}
                            {kind.options.map((option) => (
                              <option key={option} value={option}>
                                {option}
                              </option>
                            ))}
                          </select>
                        ) : kind.kind === 'textarea' ? (
                          <textarea
                            id={id}
                            rows={2}
                            className={`${inputClass} h-auto py-1.5`}
                            value={String(value ?? '')}
                            aria-invalid={!!error}
                            aria-describedby={describedBy}
                            onChange={(event) => update(index, field, event.target.value)}
                          />
                        ) : (
                          <input
                            id={id}
                            className={inputClass}
                            value={String(value ?? '')}
                            aria-invalid={!!error}
                            aria-describedby={describedBy}
                            onChange={(event) => update(index, field, event.target.value)}
                          />
                        );
                      return (
                        <div
                          key={field}
                          className={
                            kind.kind === 'textarea'
                              ? 'sm:col-span-2'
                              : kind.kind === 'checkbox'
                                ? 'flex items-center gap-2'
                                : ''
                          }
                        >
                          <label htmlFor={id} className="mb-0.5 block text-xs font-medium text-fg-muted">
                            {fieldLabel(field)}
                          </label>
                          {control}
                          {error ? (
                            <p id={`${id}-error`} className={errorTextClass}>
                              {error}
                            </p>
                          ) : null}
                        </div>
                      );
                    })}
                  </div>
                  <div className="flex gap-1">
                    {handle}
                    <button
                      type="button"
                      className={smallButtonClass}
                      disabled={index === 0}
                      onClick={() => moveTo(index, index - 1)}
                      aria-label={`Move ${itemLabel} up`}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className={smallButtonClass}
                      disabled={index === items.length - 1}
                      onClick={() => moveTo(index, index + 1)}
                      aria-label={`Move ${itemLabel} down`}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className={smallButtonClass}
                      onClick={() => onChange(items.filter((_, at) => at !== index))}
                      aria-label={`Remove ${itemLabel}`}
                    >
                      Remove
                    </button>
                  </div>
                </>
              )}
            </SortableItem>
          );
        })}
      </SortableList>
      <button type="button" className={smallButtonClass} onClick={() => onChange([...items, emptyItem(part)])}>
        Add {part.label.toLowerCase().replace(/s$/, '')}
      </button>
    </div>
  );
}
