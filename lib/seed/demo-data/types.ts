// Shapes of the demo workspace's data. Plain data only: lib/seed/seed-demo.ts turns it into rows through the services.
import type { FeatureStatus, Role, SprintState, TaskStatus } from '@/lib/generated/prisma/enums';
import type { SectionsInput } from '@/lib/tasks/sections';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
}

export interface DemoFeature {
  name: string;
  description: string;
  status: FeatureStatus;
}

export interface DemoSprint {
  number: number;
  name: string;
  goal: string;
  state: SprintState;
  startDate: string; // YYYY-MM-DD
  endDate: string; // YYYY-MM-DD
}

export interface DemoTask {
  ref: string; // unique local id used for links, kebab-case
  title: string;
  status: TaskStatus;
  assignee?: string; // a DemoUser email
  feature?: string; // a DemoFeature name
  sprint?: number; // a DemoSprint number; absent = backlog
  estimatePoints?: number;
  estimateHours?: number;
  reviewDate?: string; // YYYY-MM-DD
  completionTarget?: string; // YYYY-MM-DD
  sections?: Omit<SectionsInput, 'prerequisiteTasks' | 'relatedTasks'>;
  prerequisites?: { ref: string; description: string }[]; // tasks that must finish first
  blockedBy?: string[]; // refs of tasks blocking this one
  related?: string[]; // refs
}
