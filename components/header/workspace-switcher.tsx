import { switchWorkspace } from '@/app/actions';

import { HeaderMenu } from './header-menu';
import { menuItemClass } from './menu-styles';

type Workspace = { id: string; name: string };

/** The current workspace's name; with more than one workspace, a menu to switch to another. */
export function WorkspaceSwitcher({ workspaces, currentId }: { workspaces: Workspace[]; currentId: string | null }) {
  const current = workspaces.find((workspace) => workspace.id === currentId);
  if (!current) return null;
  if (workspaces.length === 1) {
    return (
      <span className="truncate text-sm text-fg-muted">
        <span className="sr-only">Workspace: </span>
        {current.name}
      </span>
    );
  }
  return (
    <HeaderMenu label="Switch workspace" button={<span className="truncate">{current.name}</span>}>
      <p className="px-2 pt-1 pb-1.5 text-xs font-medium text-fg-muted">Workspaces</p>
      <ul>
        {workspaces.map((workspace) => {
          const isCurrent = workspace.id === current.id;
          return (
            <li key={workspace.id}>
              <form action={switchWorkspace.bind(null, workspace.id)}>
                <button type="submit" aria-current={isCurrent ? 'true' : undefined} className={menuItemClass}>
                  <span className="flex-1 truncate">{workspace.name}</span>
                  {isCurrent ? <CheckIcon /> : null}
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </HeaderMenu>
  );
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 text-accent" fill="none" stroke="currentColor">
      <path d="m3.5 8.5 3 3 6-7" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
