/** A code sample from the document (data structures, API contracts), with its language named above it. */
export function CodeBlockView({ language, code }: { language: string; code: string }) {
  return (
    <figure className="overflow-hidden rounded-md border border-line">
      <figcaption className="flex h-7 items-center border-b border-line bg-surface px-3 font-mono text-xs text-fg-muted">
        <span className="sr-only">Language: </span>
        {language || 'text'}
      </figcaption>
      <pre className="overflow-x-auto bg-code px-3 py-2.5 font-mono text-xs leading-relaxed">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
