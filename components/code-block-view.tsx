// Code samples are highlighted on the server (lowlight: highlight.js grammars producing a syntax tree, never HTML
// strings), so the page ships no highlighter and user code can only ever become text nodes.
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { common, createLowlight } from 'lowlight';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

const lowlight = createLowlight(common);

/** The highlighted code, or the plain text when the language is unknown or not named. */
function highlighted(language: string, code: string): ReactNode {
  const name = language.trim().toLowerCase();
  if (!name || !lowlight.registered(name)) return code;
  return toJsxRuntime(lowlight.highlight(name, code), { Fragment, jsx, jsxs });
}

/** A code sample from the document (data structures, API contracts), with its language named above it. */
export function CodeBlockView({ language, code }: { language: string; code: string }) {
  return (
    <figure className="overflow-hidden rounded-md border border-line">
      <figcaption className="flex h-7 items-center border-b border-line bg-surface px-3 font-mono text-xs text-fg-muted">
        <span className="sr-only">Language: </span>
        {language || 'text'}
      </figcaption>
      <pre className="overflow-x-auto bg-code px-3 py-2.5 font-mono text-xs leading-relaxed">
        <code>{highlighted(language, code)}</code>
      </pre>
    </figure>
  );
}
