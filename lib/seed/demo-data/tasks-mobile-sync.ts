// Mobile offline sync: research and the sync protocol RFC (sprints 11-12).
import { doneChecklists } from './checklists';
import type { DemoTask } from './types';
import { features, users } from './workspace';

export const mobileSyncTasks: DemoTask[] = [
  {
    ref: 'mobile-sync-spike-crdt',
    title: 'Spike: CRDTs vs. field-level last-write-wins for offline task edits',
    status: 'DONE',
    assignee: users.priya,
    feature: features.mobile,
    sprint: 11,
    estimatePoints: 3,
    sections: {
      ...doneChecklists,
      summary: { text: 'Prototype both approaches on the task model and recommend one for offline sync.' },
      implementationNotes: {
        items: [
          {
            text: 'Automerge documents for 10k tasks: 38 MB on device vs. 4 MB for plain rows - too heavy for low-end Android.',
          },
          {
            text: 'Real conflicts are rare (0.3% of edits in a week of production logs) and almost always on different fields.',
          },
          {
            text: '**Recommendation:** per-field last-write-wins with hybrid logical clocks; text fields keep both versions on conflict.',
          },
        ],
      },
      references: {
        items: [
          {
            kind: 'RESEARCH',
            label: '',
            value: '[Local-first software (Kleppmann et al.)](https://www.inkandswitch.com/local-first/)',
          },
          { kind: 'RESEARCH', label: '', value: 'Prototype branch `spike/offline-lww-hlc`' },
        ],
      },
    },
  },
  {
    ref: 'mobile-sync-protocol-rfc',
    title: 'RFC: delta sync protocol (`/api/sync/pull`, `/api/sync/push`)',
    status: 'IN_REVIEW',
    assignee: users.daniel,
    feature: features.mobile,
    sprint: 12,
    estimatePoints: 5,
    reviewDate: '2026-11-26',
    prerequisites: [{ ref: 'mobile-sync-spike-crdt', description: 'The RFC builds on the LWW + HLC recommendation.' }],
    sections: {
      summary: {
        text: 'Specify the wire protocol, cursors and conflict rules for offline sync so server and mobile teams can build in parallel.',
      },
      acceptanceCriteria: {
        items: [
          { text: 'Pull and push payloads specified with examples', isDone: true },
          { text: 'Conflict rules defined per field type', isDone: true },
          { text: 'Approved by mobile lead and backend lead', isDone: false },
        ],
      },
      implementationApproach: {
        solution:
          'Server keeps an append-only change log with a global sequence. Clients pull changes after their cursor and push batches of field-level mutations stamped with hybrid logical clocks.',
        keyComponents: [
          { name: 'Change log', description: '`entity_changes` table, one row per entity mutation.' },
          {
            name: 'Pull',
            description: 'Cursor-paginated, max 500 changes per page, scoped to workspaces the user can read.',
          },
          { name: 'Push', description: 'Idempotent batches keyed by client mutation ID.' },
        ],
      },
      architectureImpact: {
        newComponents: 'Sync API (`app/api/sync/`) and the change-log writer.',
        modifiedComponents: 'Every task mutation service writes to the change log in the same transaction.',
        integrationPoints: 'iOS and Android apps (React Native) via the sync API only.',
      },
      dataStructures: {
        blocks: [
          {
            language: 'typescript',
            code: `interface SyncChange {
  seq: string;                 // bigint as string
  entity: 'task' | 'comment' | 'checklist_item';
  entityId: string;
  op: 'upsert' | 'delete';
  fields: Record<string, unknown>;
  hlc: string;                 // "1763900000000:0004:device-7f3a"
}

interface PushMutation {
  clientMutationId: string;
  entity: SyncChange['entity'];
  entityId: string;
  fields: Record<string, unknown>;
  hlc: string;
}`,
          },
        ],
      },
      apiContracts: {
        blocks: [
          {
            language: 'http',
            code: `GET /api/sync/pull?cursor=184467&limit=500 HTTP/1.1
Authorization: Bearer <mobile token>

HTTP/1.1 200 OK
{ "changes": [ ... ], "nextCursor": "184967", "hasMore": true }`,
          },
          {
            language: 'http',
            code: `POST /api/sync/push HTTP/1.1
Content-Type: application/json

{ "mutations": [{ "clientMutationId": "m-01", "entity": "task", "entityId": "...", "fields": { "status": "DONE" }, "hlc": "..." }] }

HTTP/1.1 200 OK
{ "applied": ["m-01"], "conflicts": [] }`,
          },
        ],
      },
      codeReviewPlan: {
        reviewers: '@maya.chen (backend), Ines Alvarez (mobile lead, outside Specboard)',
        reviewFocus: 'Cursor semantics under concurrent writes; permission changes while offline.',
        documentation: 'RFC lives in `docs/rfc/0007-offline-sync.md`.',
      },
      technicalRisks: {
        items: [
          {
            name: 'Sequence gaps under concurrent transactions',
            description: 'A later seq can commit before an earlier one, so a client cursor may skip it.',
            mitigation: 'Pull only up to the lowest in-flight seq (`pg_snapshot_xmin`).',
            contingency: 'Periodic full resync with checksums.',
          },
        ],
      },
      definitionOfDone: {
        items: [
          { text: 'RFC merged with status "Accepted"', isDone: false },
          { text: 'Open questions resolved or moved to follow-up tasks', isDone: true },
          { text: 'Implementation tasks created for sprint 13', isDone: true },
        ],
      },
      testingPlan: {
        unitTests: 'Conformance fixtures (`docs/rfc/0007/fixtures/*.json`) shared by server and mobile test suites.',
        integrationTests: 'Two simulated devices editing the same task offline, then syncing in both orders.',
        manualTesting: 'Airplane-mode walkthrough on iPhone SE and a Pixel 6a with the prototype build.',
      },
      teamDependencies: {
        items: [
          {
            name: 'Mobile team (Ines Alvarez)',
            description: 'Sign-off on payload sizes and battery impact of the pull cadence.',
          },
          { name: 'Security', description: 'Review of offline token lifetime (30 days) and device revocation.' },
        ],
      },
      edgeCases: {
        items: [
          {
            name: 'User loses access to a workspace while offline',
            handling: 'Next pull returns a `revoked` tombstone for the workspace; the device deletes its local data.',
          },
          {
            name: 'Device offline for more than 90 days',
            handling:
              'Cursor outside retention: 410, full resync, unsynced local edits exported to a "Recovered edits" list.',
          },
        ],
      },
      errorScenarios: {
        items: [
          {
            name: 'Push batch partially invalid',
            handling:
              'Valid mutations are applied; invalid ones come back in `rejected` with a reason - the batch is not all-or-nothing.',
          },
        ],
      },
      performanceConsiderations: {
        items: [
          {
            name: 'Initial sync of large workspaces',
            description: "Acme's biggest customer has 180k tasks.",
            monitoring: 'Snapshot size and duration per workspace.',
            optimization: 'Snapshot as gzip NDJSON from object storage, then deltas.',
          },
        ],
      },
      securityConsiderations: {
        items: [
          {
            name: 'Data at rest on lost devices',
            description: 'Tasks may contain confidential information.',
            requirements: 'SQLCipher-encrypted store; key in Keychain/Keystore; remote wipe on revocation.',
            validation: 'Mobile security checklist MOB-3, MOB-7.',
          },
        ],
      },
      technicalDocumentation: {
        architectureDocs: 'New "Offline sync" section in `ARCHITECTURE.md` linking the RFC.',
      },
      implementationNotes: {
        items: [
          {
            text: 'Hybrid logical clocks are compared as `(physical ms, counter, deviceId)` tuples; never compare them as strings.',
          },
        ],
      },
      references: {
        items: [
          { kind: 'TECHNICAL_SPEC', label: '', value: '`docs/rfc/0007-offline-sync.md`' },
          {
            kind: 'DESIGN_DOCUMENT',
            label: '',
            value: '[Offline states in the mobile app (Figma)](https://www.figma.com/file/acme-mobile-offline)',
          },
        ],
      },
    },
  },
];
