import type { Metadata } from 'next';
import Link from 'next/link';

import { EmptyState } from '@/components/empty-state';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="py-10">
      <EmptyState title="Page not found" headingLevel="h1">
        <p>There is nothing at this address.</p>
        <p>
          <Link href="/" className="font-medium text-accent hover:underline">
            Go to tasks
          </Link>
        </p>
      </EmptyState>
    </div>
  );
}
