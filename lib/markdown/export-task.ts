// Writes a task as the template's Markdown: the template with its placeholders filled, in its order, headings and
// labels. Empty fields, sections and groups are left out. Free text is written verbatim (it is Markdown already);
// continuation lines are indented under their list item so they stay part of it.
import {
  type LinkSet,
  type PartDescriptor,
  type SectionKey,
  sectionKeys,
  sectionParts,
  sectionRegistry,
} from '@/lib/tasks/sections';
import type { TaskDocument } from '@/lib/tasks/task-document';

import {
  changeTypeLabels,
  type ItemFormat,
  itemFormatOf,
  referenceLabels,
  relatedLabels,
  statusLabels,
  subgroups,
} from './task-format';

type Item = Record<string, unknown>;

export type MarkdownTask = TaskDocument;

/** Bold label text with Markdown punctuation escaped, so a name like `a*b` stays a name. */
export function escapeLabel(text: string): string {
  return text.replace(/[\\`*_[\]<>&~|]/g, '\\$&');
}

function indentContinuation(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : `${indent}${line}`))
    .join('\n');
}

function labelled(marker: string, label: string, value: string, indent: string): string {
  const text = indentContinuation(value, indent);
  return `${marker}**${escapeLabel(label)}**:${text === '' ? '' : ` ${text}`}`;
}

function fence(code: string, language: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/^ {0,3}(`{3,})/gm)].map((match) => match[1]?.length ?? 0));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language}\n${code}\n${ticks}`;
}

function formattedItem(format: ItemFormat, item: Item, index: number): string {
  const marker = format.style === 'numbered' ? `${index + 1}. ` : '- ';
  const indent = ' '.repeat(marker.length);
  const text = String(item[format.textField] ?? '');
  const head = format.labelField
    ? labelled(marker, String(item[format.labelField]), text, indent)
    : `${marker}${indentContinuation(text, indent)}`;
  const fields = format.nested.flatMap(({ field, label }) => {
    const raw = item[field];
    if (raw === null || raw === undefined || raw === '') return [];
    const value = field === 'changeType' ? changeTypeLabels[raw as keyof typeof changeTypeLabels] : String(raw);
    return [labelled(`${indent}- `, label, value, `${indent}  `)];
  });
  return [head, ...fields].join('\n');
}

function listPart(part: Extract<PartDescriptor, { type: 'list' }>, items: Item[]): string[] {
  if (items.length === 0) return [];
  if (part.relation === 'checklistItems') {
    return [
      items.map((item) => `- [${item.isDone ? 'x' : ' '}] ${indentContinuation(String(item.text), '  ')}`).join('\n'),
    ];
  }
  if (part.relation === 'codeBlocks') return items.map((item) => fence(String(item.code), String(item.language)));
  if (part.relation === 'references') {
    const label = (item: Item) =>
      item.kind === 'OTHER' ? String(item.label) : referenceLabels[item.kind as keyof typeof referenceLabels];
    return [items.map((item) => labelled('- ', label(item), String(item.value), '  ')).join('\n')];
  }
  const format = itemFormatOf(part.relation, part.kind);
  if (!format) return [];
  const written = items.map((item, index) => formattedItem(format, item, index));
  return format.isLoose ? written : [written.join('\n')];
}

type Link = { key: string; description: string };

function linksOf(task: MarkdownTask, set: LinkSet, current: Array<{ key: string; description?: string }>): Link[] {
  const links: Array<Link & { position: number }> = current.map((link, position) => ({
    key: link.key,
    description: link.description ?? '',
    position,
  }));
  for (const pending of task.pendingLinks) {
    if (pending.set === set) links.splice(Math.min(pending.position, links.length), 0, pending);
  }
  return links;
}

function sectionBody(task: MarkdownTask, key: SectionKey): string[] {
  const section = task.sections[key] as Record<string, unknown>;
  const blocks: string[] = [];
  const fields: string[] = [];
  const flushFields = () => {
    if (fields.length > 0) blocks.push(fields.splice(0).join('\n'));
  };
  for (const [name, part] of sectionParts(key)) {
    const value = section[name];
    if (part.type === 'text') {
      const text = String(value);
      if (text === '') continue;
      if (key === 'summary')
        blocks.push(
          text
            .split('\n')
            .map((line) => (line ? `> ${line}` : '>'))
            .join('\n'),
        );
      else if (part.column === 'solution') blocks.push(labelled('', part.label, text, ''));
      else fields.push(labelled('- ', part.label, text, '  '));
    } else if (part.type === 'list') {
      const items = listPart(part, value as Item[]);
      if (items.length > 0 && sectionParts(key).length > 1) blocks.push(`**${part.label}**:`);
      blocks.push(...items);
    } else if (part.set === 'prerequisites') {
      const links = linksOf(task, 'prerequisites', value as Link[]);
      if (links.length > 0)
        blocks.push(links.map((link) => labelled('- ', link.key, link.description, '  ')).join('\n'));
    } else {
      const keys = linksOf(task, part.set, value as Link[]).map((link) => link.key);
      if (keys.length > 0)
        fields.push(`- **${relatedLabels[part.set as keyof typeof relatedLabels]}**: ${keys.join(', ')}`);
    }
  }
  flushFields();
  return blocks;
}

function estimateOf(task: TaskDocument): string | null {
  const parts = [
    task.estimatePoints !== null ? `${task.estimatePoints} points` : null,
    task.estimateHours !== null ? `${task.estimateHours} hours` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

function metadataLines(task: MarkdownTask): string {
  const assignee = task.assignee?.name ?? task.assigneeName ?? null;
  const lines: Array<[string, string | null]> = [
    ['Document Type', 'Implementation Task'],
    ['Created', task.createdAt.slice(0, 10)],
    ['Last Updated', task.updatedAt.slice(0, 10)],
    ['Status', statusLabels[task.status]],
    ['Assignee', assignee],
    ['Feature', task.feature?.name ?? null],
    ['Sprint', task.sprint ? String(task.sprint.number) : null],
    ['Estimate', estimateOf(task)],
  ];
  // Two trailing spaces: the template's hard line breaks.
  return lines
    .filter((line): line is [string, string] => line[1] !== null)
    .map(([label, value]) => `**${label}**: ${value}`)
    .join('  \n');
}

export function exportTaskMarkdown(task: MarkdownTask): string {
  const blocks = [`# Task: ${task.title}`, metadataLines(task)];
  let group = '';
  let subgroup: string | undefined;
  for (const key of sectionKeys) {
    const body = sectionBody(task, key);
    if (body.length === 0) continue;
    const { title, group: sectionGroup } = sectionRegistry[key];
    if (sectionGroup !== group) {
      group = sectionGroup;
      subgroup = undefined;
      blocks.push(`## ${group}`);
    }
    const parent = subgroups[key];
    if (parent && parent !== subgroup) blocks.push(`### ${parent}`);
    subgroup = parent;
    blocks.push(`${parent ? '####' : '###'} ${title}`, ...body);
  }
  const footer: Array<[string, string | null]> = [
    ['Review Date', task.reviewDate],
    ['Completion Target', task.completionTarget],
  ];
  const dates = footer.filter((line): line is [string, string] => line[1] !== null);
  if (dates.length > 0) blocks.push('---', dates.map(([label, value]) => `**${label}**: ${value}`).join('  \n'));
  return `${blocks.join('\n\n')}\n`;
}
