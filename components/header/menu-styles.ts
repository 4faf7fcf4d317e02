/** A row in a header menu: a link or a button, full width. */
export const menuItemClass =
  'flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm text-fg hover:bg-hover aria-[current=true]:font-medium';
