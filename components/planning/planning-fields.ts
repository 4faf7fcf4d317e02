// The form fields of features and sprints, in the order the forms show them.
import { FeatureStatus, SprintState } from '@/lib/enums';

import type { PlanningField } from './planning-form';

export const featureFields: PlanningField[] = [
  { name: 'name', label: 'Name', kind: 'line' },
  { name: 'status', label: 'Status', kind: 'select', options: Object.values(FeatureStatus) },
  { name: 'description', label: 'Description', kind: 'textarea' },
];

export const sprintFields: PlanningField[] = [
  { name: 'number', label: 'Number', kind: 'number' },
  { name: 'name', label: 'Name', kind: 'line' },
  { name: 'startDate', label: 'Start', kind: 'date' },
  { name: 'endDate', label: 'End', kind: 'date' },
  { name: 'state', label: 'State', kind: 'select', options: Object.values(SprintState) },
  { name: 'capacityPoints', label: 'Capacity (points)', kind: 'number' },
  { name: 'capacityHours', label: 'Capacity (hours)', kind: 'number' },
  { name: 'goal', label: 'Goal', kind: 'textarea' },
];
