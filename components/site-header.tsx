import Link from 'next/link';

import { NavLink } from './nav-link';

/** The top bar: product, workspace and the app's sections. Board and Sprints join the nav when their pages exist. */
export function SiteHeader({ workspaceName }: { workspaceName: string | null }) {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-canvas/90 backdrop-blur supports-[backdrop-filter]:bg-canvas/75">
      <div className="mx-auto flex h-12 max-w-7xl items-center gap-4 px-4 sm:px-6">
        <div className="flex min-w-0 items-center gap-2">
          <Link href="/" className="flex shrink-0 items-center gap-2 rounded font-semibold tracking-tight text-fg">
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-5 text-accent">
              <rect x="1" y="1" width="14" height="14" rx="3.5" fill="currentColor" />
              <path
                d="M4.5 5.5h7M4.5 8h5M4.5 10.5h6"
                stroke="var(--sb-canvas)"
                strokeWidth="1.4"
                strokeLinecap="round"
              />
            </svg>
            Specboard
          </Link>
          {workspaceName ? (
            <>
              <span aria-hidden="true" className="text-line-strong">
                /
              </span>
              <span className="truncate text-sm text-fg-muted" title="Workspace">
                <span className="sr-only">Workspace: </span>
                {workspaceName}
              </span>
            </>
          ) : null}
        </div>
        <nav aria-label="Main" className="flex items-center gap-1">
          <NavLink href="/" activeFor={['/tasks/']}>
            Tasks
          </NavLink>
        </nav>
        <span
          className="ml-auto hidden rounded-full border border-line px-2 py-0.5 text-xs text-fg-muted sm:inline"
          title="Editing arrives with sign-in"
        >
          Read-only
        </span>
      </div>
    </header>
  );
}
