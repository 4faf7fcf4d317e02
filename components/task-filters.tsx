// The task list's filters as a plain GET form: they live in the URL, so a filtered view can be shared or
// bookmarked, and it works before (and without) any JavaScript.
import Link from 'next/link';

import { FilterSelect } from '@/components/forms/filter-select';
import { inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from '@/components/forms/styles';
import { statusLabels } from '@/lib/markdown/task-format';

export interface TaskFilterValues {
  q?: string;
  status?: string;
  assignee?: string;
  sprint?: string;
  feature?: string;
  blocked?: string;
  filled?: string;
  sort?: string;
}

/** The completeness choices of the list, as the API's percent range. */
export const filledRanges: Record<string, { label: string; minCompleteness?: string; maxCompleteness?: string }> = {
  full: { label: 'Fully filled', minCompleteness: '100' },
  incomplete: { label: 'Not fully filled', maxCompleteness: '99' },
  'under-half': { label: 'Less than half filled', maxCompleteness: '49' },
};

export interface FilterChoices {
  members: Array<{ id: string; name: string }>;
  sprints: Array<{ id: string; number: number; name: string }>;
  features: Array<{ id: string; name: string }>;
}

const sorts = [
  ['', 'Best match or newest'],
  ['-number', 'Newest first'],
  ['number', 'Oldest first'],
  ['-updatedAt', 'Recently updated'],
  ['title', 'Title A–Z'],
] as const;

export function TaskFilters({ values, choices }: { values: TaskFilterValues; choices: FilterChoices }) {
  const isFiltered = Object.entries(values).some(([name, value]) => name !== 'sort' && value);
  return (
    <form method="get" action="/" role="search" aria-label="Filter tasks" className="flex flex-wrap items-end gap-2">
      <div className="min-w-48 flex-[2]">
        <label htmlFor="filter-q" className={labelClass}>
          Search
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={values.q}
          placeholder="Words anywhere in a task"
          className={inputClass}
        />
      </div>
      <FilterSelect
        form="filter"
        name="status"
        label="Status"
        value={values.status}
        all="Any status"
        options={Object.entries(statusLabels)}
      />
      <FilterSelect
        form="filter"
        name="assignee"
        label="Assignee"
        value={values.assignee}
        all="Anyone"
        options={[
          ['me', 'Me'],
          ['none', 'Unassigned'],
          ...choices.members.map((member): [string, string] => [member.id, member.name]),
        ]}
      />
      <FilterSelect
        form="filter"
        name="sprint"
        label="Sprint"
        value={values.sprint}
        all="Any sprint"
        options={[
          ['none', 'Backlog'],
          ...choices.sprints.map((sprint): [string, string] => [sprint.id, `Sprint ${sprint.number}: ${sprint.name}`]),
        ]}
      />
      <FilterSelect
        form="filter"
        name="feature"
        label="Feature"
        value={values.feature}
        all="Any feature"
        options={[
          ['none', 'No feature'],
          ...choices.features.map((feature): [string, string] => [feature.id, feature.name]),
        ]}
      />
      <FilterSelect
        form="filter"
        name="blocked"
        label="Blocked"
        value={values.blocked}
        all="Blocked or not"
        options={[
          ['true', 'Blocked or waiting'],
          ['false', 'Not blocked'],
        ]}
      />
      <FilterSelect
        form="filter"
        name="filled"
        label="Completeness"
        value={values.filled}
        all="Any completeness"
        options={Object.entries(filledRanges).map(([value, range]) => [value, range.label])}
      />
      <FilterSelect
        form="filter"
        name="sort"
        label="Sort"
        value={values.sort}
        all="Newest first"
        options={sorts.slice(1).map(([value, label]) => [value, label])}
      />
      <button type="submit" className={primaryButtonClass}>
        Apply
      </button>
      {isFiltered ? (
        <Link href="/" className={secondaryButtonClass}>
          Clear
        </Link>
      ) : null}
    </form>
  );
}
