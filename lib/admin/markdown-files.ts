// `cli import` and `cli export`: tasks as Markdown files, acting as the workspace's admin.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { findTasks } from '@/lib/tasks/find-tasks';
import { importTaskMarkdown } from '@/lib/tasks/import-task';
import { getTaskMarkdown } from '@/lib/tasks/task-markdown';

import { workspaceAdminPrincipal } from './operator';

/** Imports each file as a new task; returns one line per file (its key and warnings). */
export async function importMarkdownFiles(workspace: string, files: string[]): Promise<string[]> {
  const admin = await workspaceAdminPrincipal(workspace);
  const lines: string[] = [];
  for (const file of files) {
    const { task, warnings } = await importTaskMarkdown(admin, readFileSync(file, 'utf8'));
    lines.push(`${file} -> ${task.key}: ${task.title}`);
    for (const warning of warnings) lines.push(`  warning: ${warning.message}`);
  }
  return lines;
}

/** Writes `KEY.md` files to `outDir` for the given keys (every task when `keys` is empty); returns the paths. */
export async function exportMarkdownFiles(workspace: string, keys: string[], outDir: string): Promise<string[]> {
  const admin = await workspaceAdminPrincipal(workspace);
  const all: string[] = [];
  if (keys.length === 0) {
    let cursor: string | undefined;
    do {
      const page = await findTasks(admin, { limit: 200, sort: 'number', cursor });
      all.push(...page.items.map((task) => task.key));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const key of keys.length > 0 ? keys : all) {
    const { markdown, key: canonical } = await getTaskMarkdown(admin, key);
    const file = path.join(outDir, `${canonical}.md`);
    writeFileSync(file, markdown);
    written.push(file);
  }
  return written;
}
