'use client';

import { useEffect } from 'react';

import { EmptyState } from '@/components/empty-state';

/**
 * The fallback when a page fails to render. `retry` (Next 16.3+) fetches the page again from the server, which is
 * what recovers from a database hiccup; `reset` would only re-render what already failed.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  // Production builds send server errors without their message; the digest matches the server log entry.
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

  return (
    <div className="py-10" role="alert">
      <EmptyState title="Something went wrong" headingLevel="h1">
        <p>This page could not be loaded. If it keeps failing, check the server log.</p>
        {digest ? (
          <p className="text-xs">
            Error reference: <code className="font-mono text-fg">{digest}</code>
          </p>
        ) : null}
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex h-8 items-center rounded-md bg-accent px-3 text-sm font-medium text-accent-fg hover:opacity-90"
        >
          Retry
        </button>
      </EmptyState>
    </div>
  );
}
