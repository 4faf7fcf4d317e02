// Parses one task document written in the template's Markdown into the task's fields and sections, on a real
// Markdown syntax tree (remark's mdast, CommonMark plus GFM task items): a heading or a checkbox inside a fenced
// code block stays code. Anything the template has no place for is kept as an implementation note and reported as
// a warning, never dropped. Of GFM only task items change the structure the template uses (tables, strikethrough
// and autolinks sit inside free text, which is kept verbatim), so only that extension is loaded: a third faster.
import type { Heading, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { toString } from 'mdast-util-to-string';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

import { type SectionKey, sectionKeys, sectionRegistry, sectionSchemas } from '@/lib/tasks/sections';

import { lineOf, MarkdownSource } from './markdown-source';
import { parseMetadata } from './parse-metadata';
import { parseSection } from './parse-sections';
import { type ParsedTask, Parser, type ParseResult } from './parse-state';
import { subgroups } from './task-format';

// Inline syntax (emphasis, code spans, links, ...) never changes the block structure the template uses, and free
// text is taken verbatim from the source, so it is not parsed at all: that halves the parse time. Labels
// (`**Name**:`) are read from the paragraph's source instead.
const inlineConstructs = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
];
const parseOptions = {
  extensions: [gfmTaskListItem(), { disable: { null: inlineConstructs } }],
  mdastExtensions: [gfmTaskListItemFromMarkdown()],
};

const sectionByTitle = new Map(sectionKeys.map((key) => [sectionRegistry[key].title.toLowerCase(), key]));
const groupTitles = new Set(sectionKeys.map((key) => sectionRegistry[key].group.toLowerCase()));
const subgroupTitles = new Set(Object.values(subgroups).map((title) => title?.toLowerCase()));

function headingText(heading: Heading): string {
  return toString(heading).trim().toLowerCase();
}

export function parseTaskMarkdown(markdown: string): ParseResult {
  const source = new MarkdownSource(markdown.replace(/\r\n?/g, '\n'));
  const parser = new Parser(source);
  const nodes = fromMarkdown(source.text, parseOptions).children;
  const titleAt = nodes.findIndex(
    (node) => node.type === 'heading' && node.depth === 1 && /^task:/i.test(toString(node).trim()),
  );
  const title = nodes[titleAt] as Heading | undefined;
  if (!title) {
    return {
      task: null,
      warnings: [],
      errors: [{ line: 1, path: '', message: 'Not a task document: it has no "# Task: <title>" heading' }],
    };
  }
  const titleText = source
    .of(title)
    .replace(/^#\s*task:\s*/i, '')
    .replace(/\s+#*\s*$/, '')
    .trim();
  for (const node of nodes.slice(0, titleAt)) parser.keep(node, `Line ${lineOf(node)}: text before the title`);
  const task: ParsedTask = {
    title: titleText,
    status: 'TODO',
    assignee: null,
    feature: null,
    sprint: null,
    estimatePoints: null,
    estimateHours: null,
    createdAt: null,
    updatedAt: null,
    reviewDate: null,
    completionTarget: null,
    sections: {},
    links: [],
  };
  if (titleText === '') parser.error(title, 'title', `Line ${lineOf(title)}: the title is empty`);

  // Split the rest at headings (and at the footer's rule) into runs of content.
  let current: { key?: SectionKey; heading?: Heading; nodes: RootContent[]; isMetadata?: boolean; isFooter?: boolean } =
    {
      nodes: [],
      isMetadata: true,
    };
  const runs = [current];
  for (const node of nodes.slice(titleAt + 1)) {
    if (node.type === 'heading' || (node.type === 'thematicBreak' && !current.isFooter)) {
      const text = node.type === 'heading' ? headingText(node) : '';
      current = {
        key: node.type === 'heading' ? sectionByTitle.get(text) : undefined,
        heading: node.type === 'heading' ? node : undefined,
        nodes: [],
        isFooter: node.type === 'thematicBreak',
      };
      runs.push(current);
      const isStructural = node.type === 'heading' && (groupTitles.has(text) || subgroupTitles.has(text));
      if (node.type === 'heading' && !current.key && !isStructural) {
        parser.keep(node, `Line ${lineOf(node)}: the template has no section "${toString(node).trim()}"`);
      }
      continue;
    }
    current.nodes.push(node);
  }
  for (const run of runs) {
    if (run.isMetadata || run.isFooter) parseMetadata(parser, run.nodes, task);
    else if (run.key) {
      if (task.sections[run.key])
        parser.warnings.push({
          line: lineOf(run.heading as Heading),
          path: '',
          message: `Line ${lineOf(run.heading as Heading)}: a second "${sectionRegistry[run.key].title}" section; its content was added to the first`,
        });
      task.sections[run.key] = mergeSection(task.sections[run.key], parseSection(parser, run.key, run.nodes));
    } else
      for (const node of run.nodes) parser.keep(node, `Line ${lineOf(node)}: text outside any section of the template`);
  }
  task.links = parser.links;
  if (parser.kept.length > 0) {
    const notes = (task.sections.implementationNotes?.items as Array<{ text: string }> | undefined) ?? [];
    const kept = [...parser.kept].sort((a, b) => a.line - b.line).map(({ text }) => ({ text }));
    task.sections.implementationNotes = { items: [...notes, ...kept] };
  }
  parser.warnings.sort((a, b) => a.line - b.line);
  const headingLines = new Map(runs.flatMap((run) => (run.key && run.heading ? [[run.key, lineOf(run.heading)]] : [])));
  validateSections(parser, task, headingLines);
  return { task, warnings: parser.warnings, errors: parser.errors };
}

function mergeSection(
  previous: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
): Record<string, unknown> {
  if (!previous) return next;
  return Object.fromEntries(
    Object.entries(next).map(([name, value]) => {
      const before = previous[name];
      if (Array.isArray(value)) return [name, [...(before as unknown[]), ...value]];
      return [name, [before, value].filter(Boolean).join('\n\n')];
    }),
  );
}

/** Checks each section against its schema (as the API would) and applies its defaults; errors name the line. */
function validateSections(parser: Parser, task: ParsedTask, headingLines: Map<SectionKey, number>): void {
  for (const key of Object.keys(task.sections) as SectionKey[]) {
    const result = sectionSchemas[key].safeParse(task.sections[key]);
    if (result.success) {
      task.sections[key] = result.data as Record<string, unknown>;
      continue;
    }
    const line = headingLines.get(key) ?? 1;
    for (const issue of result.error.issues) {
      const path = ['sections', key, ...issue.path.map(String)].join('.');
      parser.error(line, path, `Line ${line}: ${sectionRegistry[key].title}: ${issue.path.join('.')} ${issue.message}`);
    }
  }
}
