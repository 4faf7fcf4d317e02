'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** A header navigation link, marked current on its own page and on the pages under `activeFor`. */
export function NavLink({
  href,
  activeFor = [],
  children,
}: {
  href: string;
  activeFor?: string[];
  children: ReactNode;
}) {
  const pathname = usePathname();
  const isCurrent = pathname === href;
  const isActive = isCurrent || activeFor.some((prefix) => pathname.startsWith(prefix));
  return (
    <Link
      href={href}
      aria-current={isCurrent ? 'page' : undefined}
      className={`relative flex h-12 items-center px-2 text-sm font-medium transition-colors ${
        isActive
          ? 'text-fg after:absolute after:inset-x-2 after:bottom-0 after:h-0.5 after:rounded-full after:bg-accent'
          : 'text-fg-muted hover:text-fg'
      }`}
    >
      {children}
    </Link>
  );
}
