// A task as the template's Markdown, with its own ETag (a hash of the Markdown as served).
import { authorize, type Principal } from '@/lib/auth/principal';
import { prisma } from '@/lib/db';
import { exportTaskMarkdown } from '@/lib/markdown/export-task';

import { type TaskDocumentRow, toTaskDocument } from './task-document';
import { etagOf } from './task-etag';
import { findTaskRow } from './task-lookup';

export function markdownOf(row: TaskDocumentRow): { markdown: string; etag: string; key: string } {
  const document = toTaskDocument(row);
  const markdown = exportTaskMarkdown(document);
  return { markdown, etag: etagOf(markdown), key: document.key };
}

export async function getTaskMarkdown(principal: Principal, ref: string) {
  authorize(principal, 'read');
  return markdownOf(await findTaskRow(await prisma(), principal, ref));
}
