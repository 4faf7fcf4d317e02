// Full-text search over a whole task document: the title (weight A), the summary (B) and every other text of every
// section (C) go into one tsvector column with a GIN index. One UPDATE, generated from the section registry,
// recomputes it from the stored rows after each write, so no section can be forgotten.
import { Prisma } from '@/lib/generated/prisma/client';

import { type ListRelation, listTable, sectionKeys, sectionParts } from './sections';

export const SEARCH_CONFIG = 'english';

/** The SQL expression for all of a task's text but its title and summary, as `t` is the task row. */
function otherTextSql(): string {
  const columns = new Set<string>();
  const lists = new Map<ListRelation, Set<string>>();
  for (const key of sectionKeys) {
    for (const [, part] of sectionParts(key)) {
      if (part.type === 'text' && part.column !== 'summary') columns.add(part.column);
      if (part.type !== 'list') continue;
      const fields = lists.get(part.relation) ?? new Set<string>();
      // Text fields only: booleans and enums say nothing to a search.
      for (const field of part.fields) if (!['isDone', 'changeType', 'kind'].includes(field)) fields.add(field);
      lists.set(part.relation, fields);
    }
  }
  const listSql = [...lists].map(
    ([relation, fields]) =>
      `(SELECT string_agg(concat_ws(' ', ${[...fields].map((field) => `x."${field}"`).join(', ')}), ' ') FROM "${listTable(relation)}" x WHERE x."taskId" = t.id)`,
  );
  return `concat_ws(' ', ${[...[...columns].map((column) => `t."${column}"`), ...listSql].join(', ')})`;
}

/** Recomputes the search vector of every task `where` selects (a SQL condition on `t`). */
export function searchVectorUpdate(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`UPDATE "Task" t SET "searchVector" =
    setweight(to_tsvector(${Prisma.raw(`'${SEARCH_CONFIG}'`)}, t.title), 'A') ||
    setweight(to_tsvector(${Prisma.raw(`'${SEARCH_CONFIG}'`)}, t.summary), 'B') ||
    setweight(to_tsvector(${Prisma.raw(`'${SEARCH_CONFIG}'`)}, ${Prisma.raw(otherTextSql())}), 'C')
    WHERE ${where}`;
}
