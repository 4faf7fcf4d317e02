import type { ListRelation } from '@/lib/tasks/sections';

import { changeTypeLabels, fieldLabel } from './format';
import type { ListItem } from './section-data';

/** Lists the template numbers (steps, changes, test cases); the rest are bullets. */
const orderedRelations = new Set<ListRelation>([
  'codeChanges',
  'developmentSteps',
  'unitTestCases',
  'integrationTestCases',
  'deploymentSteps',
]);
/** Fields the template writes on the item's first line, after its name: "**Name**: description". */
const inlineFields = new Set(['description', 'summary', 'handling']);

function display(field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field === 'changeType') return changeTypeLabels[value as keyof typeof changeTypeLabels] ?? String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/**
 * Generic list items (key components, code changes, steps, test cases, scenarios, risks, notes): the first field
 * in bold (plain when it is the only one), a description-like field after it, then every other non-empty field as a labelled line beneath.
 */
export function ItemList({ relation, fields, items }: { relation: ListRelation; fields: string[]; items: ListItem[] }) {
  const [primary = 'name', ...rest] = fields;
  const inline = rest.find((field) => inlineFields.has(field));
  const labelled = rest.filter((field) => field !== inline);
  const isOrdered = orderedRelations.has(relation);
  const List = isOrdered ? 'ol' : 'ul';

  return (
    <List
      className={`space-y-2.5 pl-5 marker:text-fg-subtle ${isOrdered ? 'list-decimal marker:tabular-nums' : 'list-disc'}`}
    >
      {items.map((item) => {
        const inlineText = inline ? display(inline, item[inline]).trim() : '';
        const lines = labelled
          .map((field) => ({ field, text: display(field, item[field]).trim() }))
          .filter((line) => line.text !== '');
        return (
          <li key={item.id} className="pl-1">
            <div className="break-words whitespace-pre-wrap">
              {rest.length === 0 ? (
                display(primary, item[primary])
              ) : (
                <strong className={`font-semibold ${primary === 'path' ? 'font-mono text-[0.8125rem]' : ''}`}>
                  {display(primary, item[primary])}
                </strong>
              )}
              {inlineText ? `: ${inlineText}` : null}
            </div>
            {lines.length > 0 ? (
              <dl className="mt-1.5 space-y-1 border-l-2 border-line pl-3">
                {lines.map(({ field, text }) => (
                  <div key={field} className="sm:grid sm:grid-cols-[7.5rem_minmax(0,1fr)] sm:gap-3">
                    <dt className="text-[0.8125rem] font-medium text-fg-muted">{fieldLabel(field)}</dt>
                    <dd className="break-words whitespace-pre-wrap">{text}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        );
      })}
    </List>
  );
}
