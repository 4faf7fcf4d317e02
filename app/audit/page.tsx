import type { Metadata } from 'next';
import Link from 'next/link';

import { AuditTable } from '@/components/audit/audit-table';
import { EmptyState } from '@/components/empty-state';
import { secondaryButtonClass } from '@/components/forms/styles';
import { NoWorkspace } from '@/components/no-workspace';
import { listAuditEvents } from '@/lib/audit/audit-log';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { can } from '@/lib/auth/principal';
import { ValidationError } from '@/lib/errors';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Audit log' };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<{ cursor?: string | string[] }> };

export default async function AuditPage({ searchParams }: Props) {
  const principal = await getPagePrincipal();
  if (!principal) return <NoWorkspace />;
  if (!can(principal, 'administer')) {
    return (
      <div className="py-10">
        <EmptyState title="Audit log" headingLevel="h1">
          <p>Only workspace admins can see the audit log.</p>
        </EmptyState>
      </div>
    );
  }
  const raw = (await searchParams).cursor;
  const cursor = typeof raw === 'string' && raw !== '' ? raw : undefined;
  const page = await listAuditEvents(principal, { cursor, limit: PAGE_SIZE }).catch((error: unknown) => {
    // A hand-edited `?cursor=` is not worth an error page: show the newest events' link instead.
    if (error instanceof ValidationError) return null;
    throw error;
  });
  const events = page?.items ?? null;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-lg font-semibold tracking-tight">Audit log</h1>
        <p className="text-xs text-fg-muted">Sign-ins, tokens, members and task changes. Times are in UTC.</p>
      </div>
      {events === null ? (
        <EmptyState title="This page of the log does not exist">
          <Link href="/audit" className="font-medium text-accent hover:underline">
            Show the newest events
          </Link>
        </EmptyState>
      ) : events.length === 0 ? (
        <EmptyState title={cursor ? 'No older events' : 'No events yet'}>
          <p>{cursor ? 'This is the start of the log.' : 'Events appear here as people sign in and change things.'}</p>
        </EmptyState>
      ) : (
        <AuditTable events={events} />
      )}
      <nav aria-label="Audit log pages" className="flex items-center justify-end gap-2">
        {cursor ? (
          <Link href="/audit" className={secondaryButtonClass}>
            Newest
          </Link>
        ) : null}
        {page?.nextCursor ? (
          <Link href={`/audit?cursor=${encodeURIComponent(page.nextCursor)}`} className={secondaryButtonClass}>
            Older
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
