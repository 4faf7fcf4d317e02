// What holds a task back: its prerequisites and the tasks that block it, while they are not Done. One definition
// for the list's and the board's "blocked" filter and their "waits on" counts.
import type { Prisma } from '@/lib/generated/prisma/client';

const unfinished = { status: { not: 'DONE' } } as const;

/** Filtered relation counts (`_count.select`) of a task's unfinished prerequisites and blockers. */
export const blockerLinks = {
  outgoingLinks: { where: { kind: 'PREREQUISITE', toTask: unfinished } },
  incomingLinks: { where: { kind: 'BLOCKS', fromTask: unfinished } },
} as const;

/** Tasks that are Blocked, or wait on a prerequisite or blocker not Done. */
export const isBlocked: Prisma.TaskWhereInput = {
  OR: [
    { status: 'BLOCKED' },
    { outgoingLinks: { some: blockerLinks.outgoingLinks.where } },
    { incomingLinks: { some: blockerLinks.incomingLinks.where } },
  ],
};
