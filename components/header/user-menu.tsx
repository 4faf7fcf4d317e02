import Link from 'next/link';

import { HeaderMenu } from './header-menu';
import { menuItemClass } from './menu-styles';
import { SignOutButton } from './sign-out-button';

/** The signed-in user's initials, name and email, with their account page and sign-out. */
export function UserMenu({ user }: { user: { name: string; email: string } }) {
  const initials =
    user.name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((word) => word.charAt(0).toUpperCase())
      .join('') || user.email.charAt(0).toUpperCase();
  return (
    <HeaderMenu
      label="Account menu"
      align="right"
      button={
        <>
          <span
            aria-hidden="true"
            className="grid size-6 shrink-0 place-items-center rounded-full bg-surface text-[0.6875rem] font-semibold text-fg ring-1 ring-line"
          >
            {initials}
          </span>
          <span className="hidden truncate sm:inline">{user.name}</span>
        </>
      }
    >
      <div className="border-b border-line px-2 pt-1 pb-2">
        <p className="truncate text-sm font-medium text-fg">{user.name}</p>
        <p className="truncate text-xs text-fg-muted">{user.email}</p>
      </div>
      <div className="pt-1">
        <Link href="/account" className={menuItemClass}>
          Account and API tokens
        </Link>
        <SignOutButton />
      </div>
    </HeaderMenu>
  );
}
