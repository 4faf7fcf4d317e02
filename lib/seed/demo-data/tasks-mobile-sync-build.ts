// Mobile offline sync: server change log, sync endpoints and the device side (sprint 13 and backlog).
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const mobileSyncBuildTasks: DemoTask[] = [
  {
    ref: 'mobile-sync-change-log-table',
    title: 'Server change log: `entity_changes` table with a monotonically increasing cursor',
    status: 'TODO',
    assignee: users.maya,
    feature: features.mobile,
    sprint: 13,
    estimatePoints: 5,
    prerequisites: [{ ref: 'mobile-sync-protocol-rfc', description: 'Table layout follows the approved RFC.' }],
    sections: {
      summary: {
        text: 'Write one `entity_changes` row in the same transaction as every task, comment and checklist mutation.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'All task mutation services write a change row (enforced by a test that walks the services)' },
          {
            text: 'Rows older than 90 days are pruned; clients with older cursors get `410 Gone` and do a full resync',
          },
        ],
      },
      implementationApproach: {
        solution:
          'A `recordChange(tx, change)` helper called from every mutation service inside its existing transaction. Only changed fields are stored. Monthly partitions make pruning a `DROP TABLE` instead of a big `DELETE`.',
        keyComponents: [
          { name: '`lib/sync/change-log.ts`', description: '`recordChange()` and the field diff helper.' },
          { name: 'Coverage test', description: 'Fails when a new mutation service forgets to call `recordChange()`.' },
          { name: 'Pruning job', description: 'Drops partitions older than 3 months, nightly.' },
        ],
      },
      codeChanges: {
        items: [
          { path: 'lib/sync/change-log.ts', summary: 'Change-log writer', changeType: 'NEW' },
          {
            path: 'lib/tasks/update-task-section.ts',
            summary: 'Record section changes',
            changeType: 'MODIFIED',
            details: 'Records the section key and new value, not the whole task.',
          },
          { path: 'lib/tasks/create-task.ts', summary: 'Record task creation', changeType: 'MODIFIED' },
          { path: 'lib/tasks/delete-task.ts', summary: 'Record deletion tombstone', changeType: 'MODIFIED' },
        ],
      },
      architectureImpact: {
        newComponents: '`lib/sync/` module.',
        modifiedComponents: 'All task, comment and checklist mutation services.',
        integrationPoints: 'None external; the pull endpoint is the only reader.',
      },
      databaseChanges: {
        tables:
          '`entity_changes (seq bigserial primary key, workspace_id uuid, entity text, entity_id uuid, op text, fields jsonb, hlc text, created_at timestamptz)` partitioned by month.',
        migrations: '`20261201_entity_changes` plus a `pg_partman` config for monthly partitions.',
        data: 'No backfill: clients start with a full snapshot.',
      },
      developmentSteps: {
        items: [
          { title: 'Migration and partitioning', estimatedTime: '4 hours' },
          {
            title: 'Change-log writer in task services',
            estimatedTime: '1 day',
            notes: 'Use the Prisma transaction client passed into each service.',
          },
          { title: 'Pruning job', estimatedTime: '2 hours' },
        ],
      },
      testingPlan: {
        unitTests: 'Field diff helper; `recordChange()` with and without a transaction client (the latter must throw).',
        integrationTests:
          'Coverage test over all mutation services; concurrent updates produce strictly increasing `seq` per commit order.',
      },
      dataStructures: {
        blocks: [
          {
            language: 'typescript',
            code: `interface ChangeRecord {
  workspaceId: string;
  entity: 'task' | 'comment' | 'checklist_item';
  entityId: string;
  op: 'upsert' | 'delete';
  fields: Record<string, unknown>;   // only the fields that changed
  hlc: string;                        // server HLC for server-side edits
}

declare function recordChange(tx: Prisma.TransactionClient, change: ChangeRecord): Promise<void>;`,
          },
        ],
      },
      unitTestCases: {
        items: [
          {
            title: 'Only changed fields recorded',
            given: 'A task with title "A" and status TODO',
            when: 'Only the status changes to DONE',
            then: 'The change row has `fields = { status: "DONE" }`',
          },
        ],
      },
      edgeCases: {
        items: [
          { name: 'Bulk status change of 2,000 tasks', handling: 'One row per task in a single multi-row insert.' },
        ],
      },
      technicalRisks: {
        items: [
          {
            name: 'A mutation path misses the change log',
            description: 'Devices would silently miss edits.',
            mitigation: 'Coverage test plus a nightly checksum comparison on a sample of workspaces.',
            contingency: 'Server flag that forces affected devices to resync.',
          },
        ],
      },
      deploymentSteps: {
        items: [
          { title: 'Create partitioned table', description: 'Migration plus `pg_partman` premake of 3 months.' },
          {
            title: 'Deploy writers',
            description: 'No reader yet, so writing can start safely before the pull endpoint ships.',
          },
        ],
      },
      rollbackPlan: {
        trigger: 'Task update p95 regresses by more than 20 ms.',
        steps: 'Set `SYNC_CHANGE_LOG_ENABLED=false`; writers become no-ops.',
        dataConsiderations: 'Gap in the log: all devices must resync once re-enabled (bump `sync_epoch`).',
      },
      monitoring: {
        metrics: 'Rows written per minute, partition sizes, pruning job duration.',
      },
      codeDocumentation: {
        inlineComments: "Explain in `recordChange()` why it must run inside the caller's transaction.",
        readmeUpdates: '`lib/sync/README.md`: how to make a new mutation service sync-aware.',
      },
      performanceConsiderations: {
        items: [
          {
            name: 'Write amplification',
            description: 'Every mutation gains an insert (~0.3 ms).',
            monitoring: 'p95 of task update API before/after.',
            optimization: 'Store only changed fields, not full rows.',
          },
        ],
      },
      technicalSuccess: {
        items: [
          { text: 'Task update p95 increases by less than 5 ms' },
          { text: 'Partition pruning verified with `EXPLAIN`' },
        ],
      },
    },
  },
  {
    ref: 'mobile-sync-pull-endpoint',
    title: 'Implement `GET /api/sync/pull` with cursor pagination',
    status: 'TODO',
    feature: features.mobile,
    sprint: 13,
    estimatePoints: 8,
    prerequisites: [{ ref: 'mobile-sync-change-log-table', description: 'Reads from `entity_changes`.' }],
    sections: {
      summary: { text: 'Return the changes after a cursor that the caller may read, 500 at a time.' },
      acceptanceCriteria: {
        items: [
          { text: 'Changes in workspaces the user left are not returned' },
          { text: 'A cursor older than the retention window returns 410' },
        ],
      },
      testingPlan: {
        unitTests: 'Cursor arithmetic and permission filtering.',
        integrationTests: 'Concurrent writers while paging; no change is skipped or duplicated.',
      },
    },
  },
  {
    ref: 'mobile-sync-push-endpoint',
    title: 'Implement `POST /api/sync/push` with conflict detection',
    status: 'TODO',
    feature: features.mobile,
    estimatePoints: 8,
    prerequisites: [
      { ref: 'mobile-sync-change-log-table', description: 'Pushed mutations are written through the change log.' },
    ],
    related: ['mobile-sync-pull-endpoint'],
    sections: {
      summary: {
        text: 'Apply batches of offline mutations idempotently, resolving conflicts per field with hybrid logical clocks.',
      },
      edgeCases: {
        items: [
          {
            name: 'Task deleted on the server, edited offline',
            handling: 'Delete wins; the mutation is reported in `conflicts` with reason `deleted`.',
          },
          {
            name: 'Same batch pushed twice after a timeout',
            handling: '`clientMutationId` makes the second push a no-op.',
          },
        ],
      },
    },
  },
  {
    ref: 'mobile-sqlite-store',
    title: 'Local SQLite store on device with WatermelonDB',
    status: 'TODO',
    feature: features.mobile,
    estimatePoints: 13,
    related: ['mobile-sync-protocol-rfc'],
    sections: {
      summary: { text: 'Persist tasks, comments and checklist items on device and apply pulled changes in batches.' },
    },
  },
  {
    ref: 'mobile-sync-background-fetch',
    title: 'Background sync on iOS (BGAppRefreshTask) and Android (WorkManager)',
    status: 'BLOCKED',
    feature: features.mobile,
    estimatePoints: 5,
    blockedBy: ['mobile-sync-pull-endpoint'],
    sections: {
      summary: { text: 'Pull changes in the background so the app opens with fresh data, within OS battery limits.' },
    },
  },
  {
    ref: 'mobile-conflict-ui',
    title: 'Conflict banner for tasks edited while offline',
    status: 'TODO',
    feature: features.mobile,
    related: ['mobile-sync-push-endpoint'],
  },
];
