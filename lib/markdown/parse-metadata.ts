// The metadata lines under the title (`**Status**: In Progress`) and the footer dates, into the task's fields.
import type { RootContent } from 'mdast';

import type { TaskStatus } from '@/lib/generated/prisma/enums';
import { isoDate } from '@/lib/schemas';

import { lineOf, sameLabel } from './markdown-source';
import type { ParsedTask, Parser } from './parse-state';
import { statusLabels } from './task-format';

export function parseMetadata(parser: Parser, nodes: RootContent[], task: ParsedTask): void {
  for (const node of nodes) {
    if (node.type !== 'paragraph') {
      parser.keep(node, `Line ${lineOf(node)}: text before the first section`);
      continue;
    }
    const lines = parser.source.of(node).split('\n');
    lines.forEach((raw, offset) => {
      const line = lineOf(node) + offset;
      const match = /^\*\*(.+?)\*\*:[ \t]*(.*?)[ \t\\]*$/.exec(raw);
      if (!match) {
        if (raw.trim()) parser.kept.push({ line, text: raw.trim() });
        if (raw.trim())
          parser.warnings.push({
            line,
            path: '',
            message: `Line ${line}: not a metadata line; kept as an implementation note`,
          });
        return;
      }
      const [, label = '', value = ''] = match;
      applyMetadata(parser, task, label.trim(), value.trim(), line);
    });
  }
}

export function parseDate(parser: Parser, value: string, line: number, path: string): string | null {
  if (value === '') return null;
  if (!isoDate.safeParse(value).success) {
    parser.error(line, path, `Line ${line}: "${value}" is not a date in the form YYYY-MM-DD`);
    return null;
  }
  return value;
}

function parseEstimate(parser: Parser, task: ParsedTask, value: string, line: number): void {
  for (const part of value
    .split(',')
    .map((piece) => piece.trim())
    .filter(Boolean)) {
    const match = /^(\d+(?:\.\d+)?)\s*(points?|pts?|sp|hours?|hrs?|h)$/i.exec(part);
    if (!match) {
      parser.error(line, 'estimate', `Line ${line}: "${part}" is not an estimate such as "5 points" or "12 hours"`);
      continue;
    }
    const amount = Number(match[1]);
    if (/^(points?|pts?|sp)$/i.test(match[2] ?? '')) task.estimatePoints = amount;
    else task.estimateHours = amount;
  }
}

const dateFields = {
  created: 'createdAt',
  'last updated': 'updatedAt',
  'review date': 'reviewDate',
  'completion target': 'completionTarget',
} as const;

function applyMetadata(parser: Parser, task: ParsedTask, label: string, value: string, line: number): void {
  const dateField = dateFields[label.toLowerCase() as keyof typeof dateFields];
  if (dateField) {
    task[dateField] = parseDate(parser, value, line, dateField);
    return;
  }
  switch (label.toLowerCase()) {
    case 'document type':
      return;
    case 'status': {
      const status = Object.entries(statusLabels).find(
        ([name, display]) => sameLabel(display, value) || sameLabel(name, value),
      )?.[0];
      if (status) task.status = status as TaskStatus;
      else
        parser.error(
          line,
          'status',
          `Line ${line}: unknown status "${value}"; use ${Object.values(statusLabels).join(', ')}`,
        );
      return;
    }
    case 'assignee':
      task.assignee = value || null;
      return;
    case 'feature':
      task.feature = value || null;
      return;
    case 'sprint': {
      const number = /^(?:sprint\s*)?(\d{1,6})$/i.exec(value)?.[1];
      if (value === '') task.sprint = null;
      else if (number) task.sprint = Number(number);
      else parser.error(line, 'sprint', `Line ${line}: "${value}" is not a sprint number`);
      return;
    }
    case 'estimate':
      parseEstimate(parser, task, value, line);
      return;
    default:
      parser.kept.push({ line, text: `**${label}**: ${value}` });
      parser.warnings.push({
        line,
        path: '',
        message: `Line ${line}: unknown field "${label}"; kept as an implementation note`,
      });
  }
}
