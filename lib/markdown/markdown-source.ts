// Reading values out of a Markdown document by position: free text is taken verbatim from the source (it is
// Markdown, and re-serialising the syntax tree would change it), while structure comes from the mdast.
import type { ListItem, Nodes, RootContent } from 'mdast';

export class MarkdownSource {
  constructor(readonly text: string) {}

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  of(node: Nodes): string {
    return this.slice(start(node), end(node));
  }
}

export function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Removes up to `indent` leading spaces from every line but the first, and trailing whitespace. */
export function deindent(text: string, indent: number): string {
  const pattern = new RegExp(`^ {0,${indent}}`);
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? line : line.replace(pattern, '')).replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
}

/** The column a list item's continuation lines start at: its own indent plus its marker (`- ` 2, `10. ` 4). */
export function contentIndent(source: MarkdownSource, item: ListItem): number {
  const match = /^(?:\d{1,9}[.)]|[-*+])( {1,4}|$)/.exec(source.slice(start(item), start(item) + 16));
  return (item.position?.start.column ?? 1) - 1 + (match?.[0].length ?? 2);
}

export interface Labelled {
  label: string;
  /** Source offset where the value after `**label**:` begins. */
  valueStart: number;
}

const labelPattern = /^\*\*((?:[^*\\\n]|\\.)+?)\*\*:[ \t]*/;

/** `**Label**: value` at the start of a paragraph; the label's backslash escapes are undone. */
export function labelOf(source: MarkdownSource, paragraph: RootContent | undefined): Labelled | undefined {
  if (paragraph?.type !== 'paragraph') return undefined;
  const match = labelPattern.exec(source.slice(start(paragraph), end(paragraph)));
  if (!match) return undefined;
  const label = (match[1] ?? '').replace(/\\([!-/:-@[-`{-~])/g, '$1').trim();
  return { label, valueStart: start(paragraph) + match[0].length };
}

export function sameLabel(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
