// Adding and removing one link between two tasks (prerequisite, blocks, blocked by, related) without sending the
// whole section. A link that would close a dependency cycle is refused by the section writer, naming the cycle.
import { z } from 'zod';

import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { NotFoundError, parseInput, ValidationError } from '@/lib/errors';

import { sectionInputOf } from './section-input';
import { longText } from './section-items';
import type { SectionValue } from './sections';
import type { LinkedTask } from './task-document';
import { findTaskRow } from './task-lookup';
import type { WriteOptions } from './update-task';
import { replaceSection } from './update-task-section';

export const linkTypes = ['prerequisite', 'blocks', 'blocked-by', 'related'] as const;
export type LinkType = (typeof linkTypes)[number];

export const taskLinkInput = z
  .strictObject({
    type: z.enum(linkTypes, { error: `must be one of ${linkTypes.join(', ')}` }),
    task: z.string().trim().min(1, { error: 'must be a task key or id' }).max(100),
    description: longText,
  })
  .refine((link) => link.type === 'prerequisite' || link.description === '', {
    error: 'Only prerequisite links have a description',
    path: ['description'],
  });

const relatedPart = { blocks: 'blocks', 'blocked-by': 'blockedBy', related: 'related' } as const;

export interface LinksResult {
  links: LinkedTask[];
  /** The ETag of the section that holds the links (Prerequisite Tasks or Related Tasks). */
  etag: string;
}

async function resolveTaskId(principal: Principal, ref: string, path: string): Promise<string> {
  try {
    return (await findTaskRow(await prisma(), principal, ref)).id;
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new ValidationError([{ path, message: `No task ${ref} in this workspace` }]);
    }
    throw error;
  }
}

async function rewriteLinks(
  principal: Principal,
  ref: string,
  type: LinkType,
  change: (links: Array<{ taskId: string; description: string }>) => Array<{ taskId: string; description: string }>,
  options: WriteOptions,
): Promise<LinksResult> {
  if (type === 'prerequisite') {
    const result = await replaceSection(
      principal,
      ref,
      'prerequisiteTasks',
      (current) => ({ items: change(sectionInputOf('prerequisiteTasks', current).items) }),
      options,
    );
    return { links: result.section.items, etag: result.etag };
  }
  const part = relatedPart[type];
  const result = await replaceSection(
    principal,
    ref,
    'relatedTasks',
    (current) => {
      const value = sectionInputOf('relatedTasks', current);
      const links = change(value[part].map((taskId) => ({ taskId, description: '' })));
      return { ...value, [part]: links.map((link) => link.taskId) } as SectionValue<'relatedTasks'>;
    },
    options,
  );
  return { links: result.section[part], etag: result.etag };
}

export async function addTaskLink(
  principal: Principal,
  ref: string,
  input: unknown,
  options: WriteOptions = {},
): Promise<LinksResult> {
  authorize(principal, 'writeTasks');
  const link = parseInput(taskLinkInput, input);
  const taskId = await resolveTaskId(principal, link.task, 'task');
  return rewriteLinks(
    principal,
    ref,
    link.type,
    (links) => {
      const existing = links.find((candidate) => candidate.taskId === taskId);
      if (!existing) return [...links, { taskId, description: link.description }];
      return links.map((candidate) =>
        candidate === existing ? { ...existing, description: link.description } : candidate,
      );
    },
    options,
  );
}

export async function removeTaskLink(
  principal: Principal,
  ref: string,
  type: LinkType,
  otherRef: string,
  options: WriteOptions = {},
): Promise<LinksResult> {
  authorize(principal, 'writeTasks');
  const taskId = (await findTaskRow(await prisma(), principal, otherRef)).id;
  return rewriteLinks(
    principal,
    ref,
    type,
    (links) => {
      if (!links.some((link) => link.taskId === taskId)) throw new NotFoundError(`A ${type} link to ${otherRef}`);
      return links.filter((link) => link.taskId !== taskId);
    },
    options,
  );
}
