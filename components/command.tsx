/** A shell command to copy, set apart from prose. */
export function Command({ children }: { children: string }) {
  return (
    <pre className="overflow-x-auto rounded-md border border-line bg-code px-3 py-2 text-left font-mono text-xs break-words whitespace-pre-wrap text-fg">
      <code>
        <span aria-hidden="true" className="text-fg-subtle select-none">
          ${' '}
        </span>
        {children}
      </code>
    </pre>
  );
}
