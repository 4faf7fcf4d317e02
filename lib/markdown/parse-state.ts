// The state of parsing one document: what was found, what was kept, what went wrong, and helpers for list items.
import type { List, ListItem, Nodes } from 'mdast';

import type { TaskStatus } from '@/lib/generated/prisma/enums';
import type { LinkSet, SectionKey } from '@/lib/tasks/sections';

import { contentIndent, deindent, end, labelOf, lineOf, MarkdownSource, sameLabel, start } from './markdown-source';

export interface ParseIssue {
  line: number;
  /** The field, e.g. `status` or `sections.codeChanges.items.0.changeType`; empty for the document as a whole. */
  path: string;
  message: string;
}

export interface ParsedLink {
  set: LinkSet;
  key: string;
  description: string;
}

export interface ParsedTask {
  title: string;
  status: TaskStatus;
  /** As written: a member's name or email, resolved on import. */
  assignee: string | null;
  feature: string | null;
  sprint: number | null;
  estimatePoints: number | null;
  estimateHours: number | null;
  createdAt: string | null;
  updatedAt: string | null;
  reviewDate: string | null;
  completionTarget: string | null;
  /** Section values in their input form, without links. */
  sections: Partial<Record<SectionKey, Record<string, unknown>>>;
  /** Links by task key, in document order per set. */
  links: ParsedLink[];
}

export interface ParseResult {
  task: ParsedTask | null;
  warnings: ParseIssue[];
  errors: ParseIssue[];
}

export class Parser {
  readonly warnings: ParseIssue[] = [];
  readonly errors: ParseIssue[] = [];
  readonly kept: Array<{ line: number; text: string }> = [];
  readonly sections: Partial<Record<SectionKey, Record<string, unknown>>> = {};
  readonly links: ParsedLink[] = [];

  constructor(readonly source: MarkdownSource) {}

  keep(node: Nodes, why: string): void {
    const text = this.source.of(node).trim();
    if (text === '') return;
    this.kept.push({ line: lineOf(node), text });
    this.warnings.push({ line: lineOf(node), path: '', message: `${why}; kept as an implementation note` });
  }

  error(node: Nodes | number, path: string, message: string): void {
    this.errors.push({ line: typeof node === 'number' ? node : lineOf(node), path, message });
  }

  /** A list item's value after its label (or its whole text), without a trailing list of nested fields. */
  itemValue(item: ListItem, valueStart: number, nestedLabels: string[]): { value: string; nested?: List } {
    const last = item.children.at(-1);
    const nested =
      nestedLabels.length > 0 &&
      last?.type === 'list' &&
      last.children.every((child) => {
        const label = labelOf(this.source, child.children[0]);
        return label && nestedLabels.some((known) => sameLabel(known, label.label));
      })
        ? last
        : undefined;
    const stop = nested ? start(nested) : end(item);
    return { value: deindent(this.source.slice(valueStart, stop), contentIndent(this.source, item)), nested };
  }

  labelledItems(list: List): Array<{ item: ListItem; label: string; valueStart: number } | { item: ListItem }> {
    return list.children.map((item) => {
      const label = labelOf(this.source, item.children[0]);
      return label ? { item, ...label } : { item };
    });
  }
}
