import Link from 'next/link';

import { UserMenu } from './header/user-menu';
import { WorkspaceSwitcher } from './header/workspace-switcher';
import { CommandPalette } from './keyboard/command-palette';
import { KeyboardShortcuts } from './keyboard/shortcuts';
import { LiveUpdates } from './live-updates';
import { NavLink } from './nav-link';
import { QuickCreate } from './quick-create';

/** What the header shows of the signed-in user; null when signed out. */
export type HeaderSession = {
  user: { name: string; email: string };
  workspaces: Array<{ id: string; name: string }>;
  /** Null when the user belongs to no workspace yet. */
  currentWorkspaceId: string | null;
  isAdmin: boolean;
  /** May create tasks in the current workspace. */
  canWrite: boolean;
};

/** The top bar: product, workspace, the app's sections and the user. Signed out, only the product name. */
export function SiteHeader({ session }: { session: HeaderSession | null }) {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-canvas/90 backdrop-blur supports-[backdrop-filter]:bg-canvas/75">
      {/* Narrow screens: the sections move to a second row that scrolls sideways. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:px-6 lg:h-12 lg:flex-nowrap lg:py-0">
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
            <span className="max-sm:sr-only">Specboard</span>
          </Link>
          {session?.currentWorkspaceId ? (
            <>
              <span aria-hidden="true" className="text-line-strong">
                /
              </span>
              <WorkspaceSwitcher workspaces={session.workspaces} currentId={session.currentWorkspaceId} />
            </>
          ) : null}
        </div>
        {session?.currentWorkspaceId ? (
          <nav
            aria-label="Main"
            className="order-last -mx-1 flex w-[calc(100%+0.5rem)] items-center gap-1 overflow-x-auto px-1 lg:order-none lg:mx-0 lg:w-auto lg:overflow-visible lg:px-0"
          >
            <NavLink href="/" activeFor={['/tasks/']}>
              Tasks
            </NavLink>
            <NavLink href="/features" activeFor={['/features/']}>
              Features
            </NavLink>
            <NavLink href="/board">Board</NavLink>
            <NavLink href="/sprints">Sprints</NavLink>
            <NavLink href="/import">Import</NavLink>
            <NavLink href="/members">Members</NavLink>
            {session.isAdmin ? <NavLink href="/audit">Audit log</NavLink> : null}
            <NavLink href="/settings">Settings</NavLink>
          </nav>
        ) : null}
        {session ? (
          <div className="ml-auto flex items-center gap-3">
            {session.canWrite ? <QuickCreate /> : null}
            {session.currentWorkspaceId ? (
              <>
                <CommandPalette />
                <KeyboardShortcuts />
                <LiveUpdates key={session.currentWorkspaceId} />
              </>
            ) : null}
            <UserMenu user={session.user} />
          </div>
        ) : null}
      </div>
    </header>
  );
}
