// Random task documents, both directions: parse(export(task)) is the task, and export(parse(export(task))) is the
// same Markdown again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ChangeType, ReferenceKind, TaskStatus } from '@/lib/generated/prisma/enums';
import { exportTaskMarkdown } from '@/lib/markdown/export-task';
import type { ParsedTask } from '@/lib/markdown/parse-state';
import { parseTaskMarkdown } from '@/lib/markdown/parse-task';
import { parsedDocument } from '@/lib/markdown/parsed-document';
import { type SectionKey, sectionKeys, sectionParts, sectionSchemas } from '@/lib/tasks/sections';

const letters = fc.constantFrom(...'abcXYZäöüßéñ日本語中文한국שלוםمرحبا'.split(''), '🚀', '👩‍💻');
const punctuation = fc.constantFrom(
  '*',
  '_',
  '`',
  '.',
  ',',
  ';',
  '!',
  '?',
  '(',
  ')',
  '/',
  '&',
  '<b>',
  '"',
  "'",
  '#',
  ':',
  '-',
  '[x]',
);
const word = fc
  .tuple(letters, fc.array(fc.oneof(letters, punctuation), { maxLength: 6 }))
  .map(([first, rest]) => first + rest.join(''));
/** A line that starts with a letter, so it never opens a block (heading, list, quote, fence) by itself. */
const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const name = line.map((text) => text.slice(0, 120).trim());
const text = fc
  .array(fc.oneof({ weight: 5, arbitrary: line }, { weight: 1, arbitrary: fc.constant('') }), { maxLength: 4 })
  .map((lines) =>
    lines
      .join('\n')
      .replace(/\n{2,}/g, '\n\n')
      .trim(),
  );
const code = fc
  .array(fc.oneof(line, fc.constantFrom('```', '  indented', '# heading', '- [ ] box', '')), {
    minLength: 1,
    maxLength: 4,
  })
  .map((lines) => lines.join('\n'))
  .filter((value) => value.trim() !== '' && !value.endsWith('\n'));

const requiredFields = new Set(['name', 'path', 'title', 'value', 'text']);

function fieldArbitrary(field: string): fc.Arbitrary<unknown> {
  switch (field) {
    case 'isDone':
      return fc.boolean();
    case 'changeType':
      return fc.constantFrom(null, ...Object.values(ChangeType));
    case 'language':
      return fc.constantFrom('', 'ts', 'sql', 'c++', 'http');
    case 'code':
      return code;
    case 'estimatedTime':
      return fc.oneof(
        fc.constant(''),
        name.map((value) => value.slice(0, 100).trim()),
      );
    default:
      return requiredFields.has(field) ? name : text;
  }
}

function itemArbitrary(fields: string[], relation: string): fc.Arbitrary<Record<string, unknown>> {
  if (relation === 'references') {
    return fc
      .record({ kind: fc.constantFrom(...Object.values(ReferenceKind)), label: name, value: name })
      .map((item) => ({ ...item, label: item.kind === 'OTHER' ? item.label : '' }));
  }
  return fc.record(Object.fromEntries(fields.map((field) => [field, fieldArbitrary(field)])));
}

function sectionArbitrary(key: SectionKey): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    Object.fromEntries(
      sectionParts(key).map(([part, descriptor]) => {
        if (descriptor.type === 'text') return [part, text];
        if (descriptor.type === 'list')
          return [part, fc.array(itemArbitrary(descriptor.fields, descriptor.relation), { maxLength: 3 })];
        return [part, fc.constant([])];
      }),
    ),
  );
}

const keyArb = fc.integer({ min: 1, max: 999 }).map((number) => `KEY-${number}`);
const date = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));

const taskArbitrary: fc.Arbitrary<ParsedTask> = fc.record({
  title: name,
  status: fc.constantFrom(...Object.values(TaskStatus)),
  assignee: fc.option(name, { nil: null }),
  feature: fc.option(name, { nil: null }),
  sprint: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
  estimatePoints: fc.option(fc.constantFrom(0.5, 1, 3, 8, 13), { nil: null }),
  estimateHours: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  createdAt: date,
  updatedAt: date,
  reviewDate: fc.option(date, { nil: null }),
  completionTarget: fc.option(date, { nil: null }),
  sections: fc.record(Object.fromEntries(sectionKeys.map((key) => [key, sectionArbitrary(key)])), { requiredKeys: [] }),
  links: fc
    .array(
      fc.record({
        set: fc.constantFrom('prerequisites', 'blockedBy', 'blocks', 'related'),
        key: keyArb,
        description: text,
      }),
      { maxLength: 4 },
    )
    .map((links) => links.map((link) => (link.set === 'prerequisites' ? link : { ...link, description: '' }))),
}) as fc.Arbitrary<ParsedTask>;

/** What a section means, whatever its form: parsed by its schema, with the parts that hold nothing left out. */
function normalised(task: ParsedTask) {
  const sections = Object.fromEntries(
    Object.entries(task.sections)
      .map(([key, value]) => [key, sectionSchemas[key as SectionKey].parse(value)] as const)
      .filter(([, value]) =>
        Object.values(value).some((part) => (Array.isArray(part) ? part.length > 0 : part !== '')),
      ),
  );
  const bySet = (set: string) => task.links.filter((link) => link.set === set);
  return { ...task, sections, links: ['prerequisites', 'blockedBy', 'blocks', 'related'].flatMap(bySet) };
}

describe('Markdown round trip of random tasks', () => {
  it('parses every exported task back to the same task, and exports it to the same Markdown', () => {
    fc.assert(
      fc.property(taskArbitrary, (task) => {
        const markdown = exportTaskMarkdown(parsedDocument(task));
        const { task: parsed, errors, warnings } = parseTaskMarkdown(markdown);
        expect(errors).toEqual([]);
        expect(warnings).toEqual([]);
        expect(normalised(parsed as ParsedTask)).toEqual(normalised(task));
        expect(exportTaskMarkdown(parsedDocument(parsed as ParsedTask))).toBe(markdown);
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
