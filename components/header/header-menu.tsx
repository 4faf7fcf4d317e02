'use client';

import { usePathname } from 'next/navigation';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/**
 * A disclosure menu for the header: a button that shows a panel of links and buttons below it. Escape, a click
 * outside, leaving it with Tab, navigating or submitting a form in it closes it.
 */
export function HeaderMenu({
  label,
  button,
  align = 'left',
  children,
}: {
  /** What the button does, for screen readers ("Switch workspace", "Account menu"). */
  label: string;
  button: ReactNode;
  align?: 'left' | 'right';
  children: ReactNode;
}) {
  const [isOpen, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState<string | null>(null);
  const pathname = usePathname();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // Navigating to another page closes the menu (the header stays mounted across pages).
  const isShown = isOpen && openedAt === pathname;

  useEffect(() => {
    if (!isShown) return;
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    }
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [isShown]);

  return (
    <div
      ref={rootRef}
      className="relative"
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
      onSubmit={() => setOpen(false)}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isShown}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!isShown);
          setOpenedAt(pathname);
        }}
        className="flex h-8 max-w-56 items-center gap-1.5 rounded-md px-2 text-sm text-fg-muted hover:bg-hover hover:text-fg"
      >
        <span className="sr-only">{label}: </span>
        {button}
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 shrink-0" fill="none" stroke="currentColor">
          <path d="m4.5 6.5 3.5 3.5 3.5-3.5" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!isShown}
        className={`absolute top-full z-40 mt-1 min-w-56 rounded-lg border border-line bg-canvas p-1 shadow-lg ${
          align === 'right' ? 'right-0' : 'left-0'
        }`}
      >
        {children}
      </div>
    </div>
  );
}
