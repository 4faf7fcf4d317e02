import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { exportTaskMarkdown } from '@/lib/markdown/export-task';
import { parseTaskMarkdown } from '@/lib/markdown/parse-task';
import { parsedDocument } from '@/lib/markdown/parsed-document';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/markdown/${name}.md`, import.meta.url), 'utf8');
const withoutTrailingSpace = (text: string) => text.replace(/[ \t]+$/gm, '').trimEnd();

describe('Markdown round trip of written documents', () => {
  it.each(['complete', 'sparse', 'hostile'])('exports the %s document exactly as it was written', (name) => {
    const markdown = fixture(name);
    const { task, errors, warnings } = parseTaskMarkdown(markdown);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(task).not.toBeNull();
    const exported = exportTaskMarkdown(parsedDocument(task!)); // eslint-disable-line @typescript-eslint/no-non-null-assertion -- checked just above
    expect(withoutTrailingSpace(exported)).toBe(withoutTrailingSpace(markdown));
  });
});

describe('Markdown parser', () => {
  it('reads hostile text as text: code fences, HTML, escaped labels, CJK and RTL', () => {
    const { task } = parseTaskMarkdown(fixture('hostile'));
    expect(task?.title).toBe('Handle <script>alert("x")</script> & émojis 🚀 in titles — 日本語 / עברית');
    expect(task?.sections.implementationApproach?.solution).toContain(
      '```md\n## Not a heading\n- [ ] not a checkbox\n```',
    );
    expect(task?.sections.implementationApproach?.keyComponents).toEqual([
      { name: 'Parser *core*', description: 'Reads `**bold**: labels` correctly' },
      { name: 'Escaper [v2]', description: 'Handles \\_underscores\\_ and \\<tags\\>' },
    ]);
    expect(task?.sections.acceptanceCriteria?.items).toContainEqual({
      text: 'A criterion that spans\ntwo lines',
      isDone: false,
    });
    expect(task?.sections.codeChanges?.items).toEqual([
      expect.objectContaining({
        changeType: 'MODIFIED',
        details: 'Multi-line details:\n- nested bullet one\n- nested bullet two\n\nand a paragraph after them.',
      }),
    ]);
    expect(task?.sections.dataStructures?.blocks).toEqual([
      { language: 'markdown', code: "```ts\nconst fence = 'inside a fence';\n```" },
    ]);
    expect(task?.sections.references?.items).toContainEqual({
      kind: 'OTHER',
      label: 'RFC 9457',
      value: 'https://www.rfc-editor.org/rfc/rfc9457',
    });
  });

  it('refuses what is not a task document', () => {
    for (const text of ['', 'just some text', '## Overview\n\n- [ ] a', '```\n# Task: inside code\n```']) {
      const { task, errors } = parseTaskMarkdown(text);
      expect(task).toBeNull();
      expect(errors[0]?.message).toMatch(/no "# Task: <title>" heading/);
    }
  });

  it('reports bad fields with their line numbers, all at once', () => {
    const markdown = [
      '# Task: Broken',
      '',
      '**Status**: Doing  ',
      '**Estimate**: lots  ',
      '**Created**: 2026-02-30',
      '',
      '## Technical Details',
      '',
      '#### Code Changes',
      '',
      '1. **a.ts**: x',
      '   - **Type**: Rewritten',
    ].join('\n');
    const { errors } = parseTaskMarkdown(markdown);
    expect(errors.map((error) => [error.path, error.line])).toEqual([
      ['status', 3],
      ['estimate', 4],
      ['createdAt', 5],
      ['changeType', 12],
    ]);
    expect(errors[0]?.message).toContain('Line 3: unknown status "Doing"');
  });

  it('keeps what the template has no place for as implementation notes, with a warning', () => {
    const markdown = [
      '# Task: Extras',
      '',
      '**Status**: Todo  ',
      '**Priority**: High',
      '',
      '## Overview',
      '',
      '### Task Summary',
      '',
      '> Summary',
      '',
      '### Stakeholders',
      '',
      'Finance and legal.',
      '',
      '### Acceptance Criteria',
      '',
      '- [ ] one',
      '',
      'A stray paragraph.',
    ].join('\n');
    const { task, warnings, errors } = parseTaskMarkdown(markdown);
    expect(errors).toEqual([]);
    expect(task?.sections.implementationNotes?.items).toEqual([
      { text: '**Priority**: High' },
      { text: '### Stakeholders' },
      { text: 'Finance and legal.' },
      { text: 'A stray paragraph.' },
    ]);
    expect(warnings.map((warning) => warning.line)).toEqual([4, 12, 14, 20]);
  });
});
