// Class names shared by the forms, so every input and button has the same size, border and states.
export const inputClass =
  'h-8 w-full min-w-0 rounded-md border border-line-strong bg-canvas px-2.5 text-sm text-fg placeholder:text-fg-subtle aria-invalid:border-status-blocked-dot disabled:opacity-60 read-only:bg-surface';

const button =
  'inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-60';

export const primaryButtonClass = `${button} h-8 bg-accent px-3 text-sm text-accent-fg hover:opacity-90`;
export const secondaryButtonClass = `${button} h-8 border border-line-strong bg-canvas px-3 text-sm text-fg hover:bg-hover`;
export const smallButtonClass = `${button} h-7 border border-line-strong bg-canvas px-2 text-xs text-fg hover:bg-hover`;
export const dangerSmallButtonClass = `${button} h-7 border border-line-strong bg-canvas px-2 text-xs text-status-blocked hover:bg-status-blocked-bg`;
export const dangerConfirmButtonClass = `${button} h-7 border border-status-blocked-dot bg-status-blocked-bg px-2 text-xs text-status-blocked`;

export const labelClass = 'block text-xs font-medium text-fg';
export const errorTextClass = 'text-xs text-status-blocked';
export const hintTextClass = 'text-xs text-fg-muted';
