// Stores which sections of each task have content, and its completeness, after a write. Two lean queries (which text
// columns have content; which child rows and links exist, by kind) are generated from the section registry, so no
// section can be forgotten; the rules of what applies stay in completeness.ts.
import { Prisma } from '@/lib/generated/prisma/client';

import { completenessOf } from './completeness';
import { type LinkSet, type ListRelation, listTable, type SectionKey, sectionKeys, sectionParts } from './sections';

type Tx = Prisma.TransactionClient;

const textColumns = [
  ...new Set(
    sectionKeys.flatMap((key) => sectionParts(key).flatMap(([, part]) => (part.type === 'text' ? [part.column] : []))),
  ),
];

const kindedRelations = new Set<ListRelation>();
const listRelationsUsed = new Set<ListRelation>();
for (const key of sectionKeys) {
  for (const [, part] of sectionParts(key)) {
    if (part.type !== 'list') continue;
    listRelationsUsed.add(part.relation);
    if (part.kind) kindedRelations.add(part.relation);
  }
}

const textFilledSql = `SELECT t.id::text AS id, ${textColumns.map((column) => `t."${column}" ~ '\\S' AS "${column}"`).join(', ')}
  FROM "Task" t WHERE t.id = ANY($1::uuid[])`;

/** Every (task, what, kind) that exists: child rows by relation and kind, links by direction and kind, pending links. */
const presentSql = [
  ...[...listRelationsUsed].map((relation) => {
    const kind = kindedRelations.has(relation) ? 'kind::text' : "''";
    return `SELECT "taskId"::text AS id, '${relation}' AS what, ${kind} AS kind FROM "${listTable(relation)}" WHERE "taskId" = ANY($1::uuid[]) GROUP BY 1, 3`;
  }),
  `SELECT "fromTaskId"::text, 'out', kind::text FROM "TaskLink" WHERE "fromTaskId" = ANY($1::uuid[]) GROUP BY 1, 3`,
  `SELECT "toTaskId"::text, 'in', kind::text FROM "TaskLink" WHERE "toTaskId" = ANY($1::uuid[]) GROUP BY 1, 3`,
  `SELECT "taskId"::text, 'pending', set FROM "PendingTaskLink" WHERE "taskId" = ANY($1::uuid[]) GROUP BY 1, 3`,
].join('\nUNION ALL ');

/** What stored links (or pending keys) put a task's link set in its document. */
const linkSources: Record<LinkSet, string[]> = {
  prerequisites: ['out:PREREQUISITE', 'pending:prerequisites'],
  blocks: ['out:BLOCKS', 'pending:blocks'],
  blockedBy: ['in:BLOCKS', 'pending:blockedBy'],
  related: ['out:RELATED', 'in:RELATED', 'pending:related'],
};

async function readFilledSections(tx: Tx, taskIds: string[]): Promise<Map<string, SectionKey[]>> {
  const texts = await tx.$queryRawUnsafe<Array<Record<string, boolean> & { id: string }>>(textFilledSql, taskIds);
  const rows = await tx.$queryRawUnsafe<Array<{ id: string; what: string; kind: string }>>(presentSql, taskIds);
  const present = new Set(rows.map((row) => `${row.id}|${row.what}:${row.kind}`));
  const has = (id: string, what: string) => present.has(`${id}|${what}`);
  return new Map(
    texts.map((text) => [
      text.id,
      sectionKeys.filter((key) =>
        sectionParts(key).some(([, part]) => {
          if (part.type === 'text') return text[part.column] === true;
          if (part.type === 'list') return has(text.id, `${part.relation}:${part.kind ?? ''}`);
          return linkSources[part.set].some((source) => has(text.id, source));
        }),
      ),
    ]),
  );
}

/** Recomputes and stores the filled sections and completeness of the given tasks. */
export async function refreshCompleteness(tx: Tx, taskIds: string[]): Promise<void> {
  const filled = await readFilledSections(tx, taskIds);
  const values = [...filled].map(([id, keys]) => ({ id, filled: keys, completeness: completenessOf(keys).percent }));
  await tx.$executeRaw`
    UPDATE "Task" AS t SET "filledSections" = v.filled, completeness = v.completeness
    FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id uuid, filled text[], completeness int)
    WHERE t.id = v.id`;
}
