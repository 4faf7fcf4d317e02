import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { Breadcrumbs } from '@/components/breadcrumbs';
import { EmptyState } from '@/components/empty-state';
import { MarkdownEditor } from '@/components/markdown/markdown-editor';
import { NoWorkspace } from '@/components/no-workspace';
import { getPagePrincipal } from '@/lib/auth/page-principal';
import { can } from '@/lib/auth/principal';
import { NotFoundError } from '@/lib/errors';
import { getTaskMarkdown } from '@/lib/tasks/task-markdown';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await params).key} as Markdown` };
}

export default async function EditMarkdownPage({ params }: Props) {
  const principal = await getPagePrincipal();
  if (!principal) return <NoWorkspace />;
  const { key } = await params;
  const document = await getTaskMarkdown(principal, key).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="max-w-5xl space-y-4">
      <header className="space-y-2">
        <Breadcrumbs
          items={[
            { label: 'Tasks', href: '/' },
            { label: document.key, href: `/tasks/${document.key}` },
            { label: 'Markdown' },
          ]}
        />
        <h1 className="text-lg font-semibold tracking-tight">Edit {document.key} as Markdown</h1>
        <p className="text-xs text-fg-muted">
          The whole document in the template&apos;s format. Sections you delete are emptied; text the template has no
          place for is kept as an implementation note.
        </p>
      </header>
      {can(principal, 'writeTasks') ? (
        <MarkdownEditor taskKey={document.key} markdown={document.markdown} etag={document.etag} />
      ) : (
        <EmptyState title="Read only">
          <p>Viewers can read tasks but not change them.</p>
        </EmptyState>
      )}
    </div>
  );
}
