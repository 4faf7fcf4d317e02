import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { sectionKeyFromSlug, sectionKeys, sectionRegistry, sectionSchemas, sectionSlug } from '@/lib/tasks/sections';

const template = readFileSync(new URL('../fixtures/task-template.md', import.meta.url), 'utf8');

/** Headings of the template outside code fences, with their level. */
function templateHeadings(): Array<{ level: number; text: string }> {
  let inFence = false;
  const headings: Array<{ level: number; text: string }> = [];
  for (const line of template.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const match = inFence ? null : /^(#{2,4}) (.+?)\s*$/.exec(line);
    if (match?.[1] && match[2]) headings.push({ level: match[1].length, text: match[2] });
  }
  return headings;
}

describe('section registry', () => {
  it("follows the template's groups and section headings, in the template's order", () => {
    const headings = templateHeadings();
    // A section is a ### heading, except under "Technical Requirements", whose #### headings are the sections.
    const sectionHeadings = headings
      .filter((heading, index) => {
        if (heading.level === 4) return true;
        return heading.level === 3 && headings[index + 1]?.level !== 4;
      })
      .map((heading) => heading.text);
    expect(sectionKeys.map((key) => sectionRegistry[key].title)).toEqual(sectionHeadings);

    const groups = headings.filter((heading) => heading.level === 2).map((heading) => heading.text);
    expect([...new Set(sectionKeys.map((key) => sectionRegistry[key].group))]).toEqual(groups);
  });

  it('maps every section to a URL slug and back', () => {
    for (const key of sectionKeys) expect(sectionKeyFromSlug(sectionSlug(key))).toBe(key);
    expect(sectionSlug('acceptanceCriteria')).toBe('acceptance-criteria');
    expect(sectionKeyFromSlug('no-such-section')).toBeUndefined();
  });

  it('fills defaults and rejects unknown fields in a section body', () => {
    expect(sectionSchemas.technicalRisks.parse({ items: [{ name: 'Data loss' }] })).toEqual({
      items: [{ name: 'Data loss', description: '', mitigation: '', contingency: '' }],
    });
    const unknown = sectionSchemas.databaseChanges.safeParse({ tables: 'x', color: 'red' });
    expect(unknown.success).toBe(false);
    const wrongKind = sectionSchemas.technicalRisks.safeParse({
      items: [{ name: 'x', monitoring: 'belongs to performance' }],
    });
    expect(wrongKind.success).toBe(false);
  });

  it('requires a label for references of kind OTHER only', () => {
    expect(sectionSchemas.references.safeParse({ items: [{ kind: 'RESEARCH', value: 'spike notes' }] }).success).toBe(
      true,
    );
    const missing = sectionSchemas.references.safeParse({ items: [{ kind: 'OTHER', value: 'RFC 7636' }] });
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['items.0.label']);
  });
});
