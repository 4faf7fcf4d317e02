// The content under one section heading, into the section's input value: labelled fields, checklists, labelled
// or numbered items with their nested fields, code blocks, references and links by task key.
import type { Blockquote, List, RootContent } from 'mdast';

import { ChangeType, ReferenceKind } from '@/lib/generated/prisma/enums';
import { type PartDescriptor, type SectionKey, sectionParts } from '@/lib/tasks/sections';

import { deindent, end, labelOf, lineOf, sameLabel, start } from './markdown-source';
import type { Parser } from './parse-state';
import { changeTypeLabels, itemFormatOf, referenceLabels, relatedLabels } from './task-format';

type ListPart = Extract<PartDescriptor, { type: 'list' }>;
type Item = Record<string, unknown>;

function checklistItems(parser: Parser, list: List): Item[] {
  return list.children.map((item) => {
    // Found in the source: mdast starts the paragraph at the checkbox when inline code follows it.
    const checkbox = /^(?:\d{1,9}[.)]|[-*+])[ \t]+(?:\[[ xX]\][ \t]+)?/.exec(
      parser.source.slice(start(item), end(item)),
    );
    const value =
      item.children.length > 0 ? parser.itemValue(item, start(item) + (checkbox?.[0].length ?? 0), []).value : '';
    if (item.checked === null || item.checked === undefined) {
      parser.warnings.push({
        line: lineOf(item),
        path: '',
        message: `Line ${lineOf(item)}: a list item without a checkbox; read as not done`,
      });
    }
    return { text: value, isDone: item.checked === true };
  });
}

function referenceItems(parser: Parser, list: List): Item[] {
  const items: Item[] = [];
  for (const entry of parser.labelledItems(list)) {
    if (!('label' in entry)) {
      parser.keep(entry.item, `Line ${lineOf(entry.item)}: a reference without a **Label**`);
      continue;
    }
    const kind = Object.entries(referenceLabels).find(([, label]) => sameLabel(label, entry.label))?.[0];
    const { value } = parser.itemValue(entry.item, entry.valueStart, []);
    items.push({ kind: kind ?? ReferenceKind.OTHER, label: kind ? '' : entry.label, value });
  }
  return items;
}

function changeTypeOf(parser: Parser, value: string, line: number): ChangeType | null {
  const type = Object.entries(changeTypeLabels).find(
    ([name, label]) => sameLabel(label, value) || sameLabel(name, value),
  );
  if (!type) {
    parser.error(line, 'changeType', `Line ${line}: unknown change type "${value}"; use New, Modified or Deleted`);
    return null;
  }
  return ChangeType[type[0] as ChangeType];
}

function formattedItems(parser: Parser, part: ListPart, list: List): Item[] {
  const format = itemFormatOf(part.relation, part.kind);
  if (!format) return [];
  const nestedLabels = format.nested.map((field) => field.label);
  const items: Item[] = [];
  for (const entry of parser.labelledItems(list)) {
    const { item } = entry;
    if (format.labelField && !('label' in entry)) {
      parser.keep(item, `Line ${lineOf(item)}: an item without a **Name**`);
      continue;
    }
    const valueStart = 'label' in entry ? entry.valueStart : start(item.children[0] ?? item);
    const { value, nested } = parser.itemValue(item, valueStart, nestedLabels);
    const parsed: Item = { [format.textField]: value };
    if (format.labelField && 'label' in entry) parsed[format.labelField] = entry.label;
    for (const field of format.nested) parsed[field.field] = field.field === 'changeType' ? null : '';
    for (const child of nested?.children ?? []) {
      const label = labelOf(parser.source, child.children[0]);
      const field = format.nested.find((candidate) => label && sameLabel(candidate.label, label.label));
      if (!field || !label) continue;
      const fieldValue = parser.itemValue(child, label.valueStart, []).value;
      parsed[field.field] = field.field === 'changeType' ? changeTypeOf(parser, fieldValue, lineOf(child)) : fieldValue;
    }
    items.push(parsed);
  }
  return items;
}

function blockquoteText(parser: Parser, quote: Blockquote): string {
  return parser.source
    .of(quote)
    .split('\n')
    .map((line) => line.replace(/^ {0,3}> ?/, ''))
    .join('\n')
    .trim();
}

/** Fills `value` from the section's nodes; what does not fit is kept as a note. */
export function parseSection(parser: Parser, key: SectionKey, nodes: RootContent[]): Record<string, unknown> {
  const parts = sectionParts(key);
  const value: Record<string, unknown> = {};
  for (const [name, part] of parts) value[name] = part.type === 'text' ? '' : [];
  const textParts = parts.filter(([, part]) => part.type === 'text');
  const listPart = parts.find(([, part]) => part.type === 'list') as [string, ListPart] | undefined;

  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as RootContent;
    const label = labelOf(parser.source, node);

    if (key === 'summary') {
      const text = node.type === 'blockquote' ? blockquoteText(parser, node) : parser.source.of(node).trim();
      value.text = [value.text, text].filter(Boolean).join('\n\n');
      continue;
    }
    if (key === 'implementationApproach' && label && sameLabel(label.label, 'Solution')) {
      // The solution runs until the Key Components label, or without one until a list of labelled components.
      const isComponentsLabel = (candidate: RootContent | undefined) => {
        const found = labelOf(parser.source, candidate);
        return !!found && !!listPart && sameLabel(found.label, listPart[1].label);
      };
      const hasLabel = nodes.slice(index + 1).some(isComponentsLabel);
      const isComponents = (candidate: RootContent | undefined) =>
        hasLabel
          ? isComponentsLabel(candidate)
          : candidate?.type === 'list' && candidate.children.every((item) => labelOf(parser.source, item.children[0]));
      let stop = index + 1;
      while (stop < nodes.length && !isComponents(nodes[stop])) stop++;
      const last = nodes[stop - 1] as RootContent;
      value.solution = deindent(parser.source.slice(label.valueStart, last.position?.end.offset ?? 0), 0);
      index = stop - 1;
      continue;
    }
    if (label && listPart && sameLabel(label.label, listPart[1].label) && parser.source.of(node).trim().endsWith(':')) {
      continue;
    }
    if (node.type === 'code' && listPart?.[1].relation === 'codeBlocks') {
      (value[listPart[0]] as Item[]).push({ language: node.lang ?? '', code: node.value });
      continue;
    }
    if (node.type !== 'list') {
      parser.keep(node, `Line ${lineOf(node)}: text the ${key} section has no place for`);
      continue;
    }
    if (key === 'prerequisiteTasks' || key === 'relatedTasks') {
      parseLinks(parser, key, node);
      continue;
    }
    if (textParts.length > 0 && !listPart) {
      for (const entry of parser.labelledItems(node)) {
        const part =
          'label' in entry ? textParts.find(([, candidate]) => sameLabel(candidate.label, entry.label)) : undefined;
        if (!part || !('label' in entry)) {
          parser.keep(entry.item, `Line ${lineOf(entry.item)}: a field the ${key} section does not have`);
          continue;
        }
        value[part[0]] = parser.itemValue(entry.item, entry.valueStart, []).value;
      }
      continue;
    }
    if (!listPart) {
      parser.keep(node, `Line ${lineOf(node)}: text the ${key} section has no place for`);
      continue;
    }
    const [name, part] = listPart;
    const items =
      part.relation === 'checklistItems'
        ? checklistItems(parser, node)
        : part.relation === 'references'
          ? referenceItems(parser, node)
          : formattedItems(parser, part, node);
    value[name] = [...(value[name] as Item[]), ...items];
  }
  return value;
}

function parseLinks(parser: Parser, key: 'prerequisiteTasks' | 'relatedTasks', list: List): void {
  for (const entry of parser.labelledItems(list)) {
    if (!('label' in entry)) {
      parser.keep(entry.item, `Line ${lineOf(entry.item)}: a link without a **Task key**`);
      continue;
    }
    const { value } = parser.itemValue(entry.item, entry.valueStart, []);
    if (key === 'prerequisiteTasks') {
      parser.links.push({ set: 'prerequisites', key: entry.label, description: value });
      continue;
    }
    const set = (Object.entries(relatedLabels) as Array<[keyof typeof relatedLabels, string]>).find(([, label]) =>
      sameLabel(label, entry.label),
    )?.[0];
    if (!set) {
      parser.keep(entry.item, `Line ${lineOf(entry.item)}: an unknown kind of related task "${entry.label}"`);
      continue;
    }
    for (const taskKey of value
      .split(',')
      .map((piece) => piece.trim())
      .filter(Boolean)) {
      parser.links.push({ set, key: taskKey, description: '' });
    }
  }
}
