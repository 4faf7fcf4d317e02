import Link from 'next/link';

import { EmptyState } from '@/components/empty-state';

export default function TaskNotFound() {
  return (
    <div className="py-10">
      <EmptyState title="Task not found" headingLevel="h1">
        <p>No task in this workspace has that key. It may have been deleted, or the link has a typo.</p>
        <p>
          <Link href="/" className="font-medium text-accent hover:underline">
            Back to all tasks
          </Link>
        </p>
      </EmptyState>
    </div>
  );
}
