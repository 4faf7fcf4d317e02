'use client';
// Edits one section. It loads the section with its ETag, checks the input with the section's zod schema (the one
// the service and the API use), and saves with If-Match: a change someone else made meanwhile is shown next to the
// user's own, and nothing is overwritten until they choose.
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

import { errorTextClass, inputClass, primaryButtonClass, secondaryButtonClass } from '@/components/forms/styles';
import { useLeaveGuard } from '@/components/use-leave-guard';
import { type SectionKey, sectionParts, sectionRegistry, sectionSchemas, sectionSlug } from '@/lib/tasks/sections';

import {
  errorsByPath,
  type FieldErrors,
  type FormValue,
  type Item,
  type LinkRow,
  toFormValue,
  toSectionInput,
} from './form-values';
import { LinksPartEditor } from './links-part-editor';
import { ListPartEditor } from './list-part-editor';
import { TheirVersion } from './their-version';

interface Loaded {
  value: FormValue;
  etag: string;
}

async function loadSection(taskKey: string, key: SectionKey): Promise<Loaded> {
  const response = await fetch(`/api/v1/tasks/${encodeURIComponent(taskKey)}/sections/${sectionSlug(key)}`, {
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`Could not load the section (${response.status}).`);
  return { value: toFormValue(key, await response.json()), etag: response.headers.get('etag') ?? '' };
}

export function SectionForm({
  taskKey,
  sectionKey,
  onClose,
}: {
  taskKey: string;
  sectionKey: SectionKey;
  onClose: () => void;
}) {
  const router = useRouter();
  const id = `edit-${sectionSlug(sectionKey)}`;
  const [base, setBase] = useState<Loaded | null>(null);
  const [value, setValue] = useState<FormValue | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [theirs, setTheirs] = useState<Loaded | null>(null);
  const [isSaving, setSaving] = useState(false);

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    loadSection(taskKey, sectionKey).then(
      (loaded) => {
        if (!isCurrent) return;
        setBase(loaded);
        setValue(loaded.value);
      },
      (error: Error) => isCurrent && setMessage(error.message),
    );
    return () => {
      isCurrent = false;
    };
  }, [taskKey, sectionKey, attempt]);

  function retryLoad() {
    setMessage('');
    setAttempt((count) => count + 1);
  }

  const isDirty = !!value && !!base && JSON.stringify(value) !== JSON.stringify(base.value);
  useLeaveGuard(isDirty);

  async function save(etag: string) {
    if (!value) return;
    const input = toSectionInput(sectionKey, value);
    const checked = sectionSchemas[sectionKey].safeParse(input);
    if (!checked.success) {
      setErrors(
        errorsByPath(checked.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))),
      );
      return;
    }
    setSaving(true);
    setErrors({});
    setMessage('');
    const response = await fetch(`/api/v1/tasks/${encodeURIComponent(taskKey)}/sections/${sectionSlug(sectionKey)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': etag },
      body: JSON.stringify(input),
    }).catch(() => null);
    setSaving(false);
    if (!response) return setMessage('Could not reach the server. Your changes are still here; try again.');
    if (response.ok) {
      router.refresh();
      return onClose();
    }
    const problem = (await response.json().catch(() => ({}))) as {
      detail?: string;
      errors?: Array<{ path: string; message: string }>;
    };
    if (response.status === 412) return setTheirs(await loadSection(taskKey, sectionKey));
    if (problem.errors?.length) setErrors(errorsByPath(problem.errors));
    setMessage(problem.detail ?? `Saving failed (${response.status}).`);
  }

  if (!value || !base) {
    return message ? (
      <div role="alert" className="space-y-2 text-sm">
        <p className={errorTextClass}>{message}</p>
        <button type="button" className={secondaryButtonClass} onClick={retryLoad}>
          Retry
        </button>
      </div>
    ) : (
      <div aria-busy="true" className="h-24 animate-pulse rounded-md bg-surface" />
    );
  }

  return (
    <form
      aria-label={`Edit ${sectionRegistry[sectionKey].title}`}
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        void save(base.etag);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !isDirty) onClose();
      }}
    >
      {theirs ? (
        <TheirVersion
          sectionKey={sectionKey}
          theirs={theirs.value}
          onKeepMine={() => {
            setBase(theirs);
            setTheirs(null);
            void save(theirs.etag);
          }}
          onTakeTheirs={() => {
            setBase(theirs);
            setValue(theirs.value);
            setTheirs(null);
          }}
        />
      ) : null}
      {sectionParts(sectionKey).map(([name, part]) => {
        const partId = `${id}-${name}`;
        return (
          <fieldset key={name} className="space-y-1">
            <legend className="text-xs font-medium text-fg">{part.label}</legend>
            {part.type === 'text' ? (
              <>
                <textarea
                  id={partId}
                  aria-label={part.label}
                  rows={3}
                  className={`${inputClass} h-auto py-1.5`}
                  value={String(value[name] ?? '')}
                  aria-invalid={!!errors[name]}
                  onChange={(event) => setValue({ ...value, [name]: event.target.value })}
                />
                {errors[name] ? <p className={errorTextClass}>{errors[name]}</p> : null}
              </>
            ) : part.type === 'list' ? (
              <ListPartEditor
                id={partId}
                part={part}
                items={value[name] as Item[]}
                errors={errors}
                errorPrefix={`${name}.`}
                onChange={(items) => setValue({ ...value, [name]: items })}
              />
            ) : (
              <LinksPartEditor
                id={partId}
                label={part.label}
                hasDescription={part.set === 'prerequisites'}
                links={value[name] as LinkRow[]}
                errors={errors}
                errorPrefix={`${name}.`}
                onChange={(links) => setValue({ ...value, [name]: links })}
              />
            )}
          </fieldset>
        );
      })}
      {message ? (
        <p role="alert" className={errorTextClass}>
          {message}
        </p>
      ) : null}
      <div className="flex items-center gap-2">
        <button type="submit" className={primaryButtonClass} disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
