// One LISTEN per process for task events, fanned out to the open event streams of each workspace. On the embedded
// database the NOTIFY comes from the same in-process PGlite; on PostgreSQL from any app instance.
import { getDatabase } from '@/lib/db';
import type { Database } from '@/lib/db/open';

import { pruneTaskEvents, TASK_EVENTS_CHANNEL } from './task-events';

type Wake = () => void;

interface Hub {
  followers: Map<string, Set<Wake>>;
  /** The database listened on; another one (tests reopen it) gets a listener of its own. */
  database?: Database;
  listening?: Promise<unknown>;
  prunedAt?: number;
}

const hubKey = Symbol.for('specboard.realtime-hub');
type GlobalWithHub = typeof globalThis & { [hubKey]?: Hub };

function hub(): Hub {
  const holder = globalThis as GlobalWithHub;
  holder[hubKey] ??= { followers: new Map() };
  return holder[hubKey];
}

function wake(workspaceId: string | null) {
  const { followers } = hub();
  const woken = workspaceId === null ? [...followers.values()] : [followers.get(workspaceId) ?? new Set<Wake>()];
  for (const set of woken) for (const follower of set) follower();
}

/** Calls `onChange` whenever a task of the workspace may have changed; returns the way to stop. */
export async function followWorkspace(workspaceId: string, onChange: Wake): Promise<() => void> {
  const state = hub();
  const database = await getDatabase();
  if (state.database !== database) {
    state.database = database;
    // A lost and restored connection (payload null) may have missed notifications: wake everyone to look.
    state.listening = database.listen(TASK_EVENTS_CHANNEL, (payload) => wake(payload || null));
  }
  await state.listening;
  if ((state.prunedAt ?? 0) < Date.now() - 60 * 60 * 1000) {
    state.prunedAt = Date.now();
    void pruneTaskEvents().catch(() => undefined);
  }
  const set = state.followers.get(workspaceId) ?? new Set<Wake>();
  set.add(onChange);
  state.followers.set(workspaceId, set);
  return () => {
    set.delete(onChange);
    if (set.size === 0) state.followers.delete(workspaceId);
  };
}
