// The template's default checklists (Definition of Done and the three success lists) with every item ticked, for
// finished demo tasks that keep the standard lists. Spread it first so a task's own lists still win:
// `sections: { ...doneChecklists, summary: ... }`.
import { defaultChecklists } from '@/lib/tasks/task-schemas';

import type { DemoTask } from './types';

type StandardChecklists = Pick<
  NonNullable<DemoTask['sections']>,
  'definitionOfDone' | 'functionalSuccess' | 'technicalSuccess' | 'processSuccess'
>;

const ticked = (texts: readonly string[]) => ({ items: texts.map((text) => ({ text, isDone: true })) });

export const doneChecklists: StandardChecklists = {
  definitionOfDone: ticked(defaultChecklists.definitionOfDone),
  functionalSuccess: ticked(defaultChecklists.functionalSuccess),
  technicalSuccess: ticked(defaultChecklists.technicalSuccess),
  processSuccess: ticked(defaultChecklists.processSuccess),
};
