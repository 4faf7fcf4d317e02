'use client';

import { signOut } from 'next-auth/react';

import { menuItemClass } from './menu-styles';

/** Ends the session (next-auth revokes its row) and returns to the sign-in page. */
export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/sign-in' })} className={menuItemClass}>
      Sign out
    </button>
  );
}
