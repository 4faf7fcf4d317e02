import type { Metadata } from 'next';

import { EmptyState } from '@/components/empty-state';
import { ImportPanel } from '@/components/markdown/import-panel';
import { NoWorkspace } from '@/components/no-workspace';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { can } from '@/lib/auth/principal';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Import tasks' };

export default async function ImportPage() {
  const principal = await getPagePrincipal();
  if (!principal) return <NoWorkspace />;
  return (
    <div className="max-w-5xl space-y-4">
      <header>
        <h1 className="text-lg font-semibold tracking-tight">Import tasks from Markdown</h1>
        <p className="text-sm text-fg-muted">
          One task per document, in the implementation-task template&apos;s format.
        </p>
      </header>
      {can(principal, 'writeTasks') ? (
        <ImportPanel />
      ) : (
        <EmptyState title="Read only">
          <p>Viewers can read tasks but not create them.</p>
        </EmptyState>
      )}
    </div>
  );
}
