import { Command } from './command';
import { EmptyState } from './empty-state';

/** The first-run page: the database has no workspace with a member yet. */
export function NoWorkspace() {
  return (
    <div className="py-10">
      <EmptyState title="No workspace yet" headingLevel="h1" icon={<WorkspaceIcon />}>
        <p>
          Specboard shows the tasks of a workspace. Create one and add yourself to it with the admin CLI (with the
          embedded database, stop the app first):
        </p>
        <Command>{'npm run cli -- workspace create --name "Acme" --slug acme --prefix TASK'}</Command>
        <Command>
          {'npm run cli -- user create --email you@example.com --name "Your Name" --workspace acme --role ADMIN'}
        </Command>
        <p>
          Or load the demo workspace with <code className="font-mono text-[0.8125rem] text-fg">npm run db:seed</code>,
          then reload this page.
        </p>
      </EmptyState>
    </div>
  );
}

function WorkspaceIcon() {
  return (
    <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.5" className="size-5">
      <rect x="3" y="4" width="14" height="12" rx="2" />
      <path d="M3 8h14M7 4v4" />
    </svg>
  );
}
