// Free text from the document, rendered as Markdown, safely: raw HTML is shown as text rather than rendered, link
// URLs with unsafe protocols (javascript:, data:, ...) are dropped by react-markdown's URL filter, and images are
// not loaded (a stranger's image URL in a task would tell its server who read the task).
import type { Components } from 'react-markdown';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

const components: Components = {
  a: ({ href, children }) => (
    <a href={href} rel="nofollow ugc noopener noreferrer" className="text-accent underline underline-offset-2">
      {children}
    </a>
  ),
  p: ({ children }) => <p className="my-1.5 first:mt-0 last:mb-0">{children}</p>,
  ul: ({ children }) => <ul className="my-1.5 list-disc space-y-0.5 pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="my-1.5 list-decimal space-y-0.5 pl-5">{children}</ol>,
  blockquote: ({ children }) => (
    <blockquote className="my-1.5 border-l-2 border-line-strong pl-3 text-fg-muted">{children}</blockquote>
  ),
  code: ({ children, className }) =>
    className ? (
      <code className={className}>{children}</code>
    ) : (
      <code className="rounded bg-code px-1 py-0.5 font-mono text-[0.8125em]">{children}</code>
    ),
  pre: ({ children }) => (
    <pre className="my-1.5 overflow-x-auto rounded-md bg-code p-3 font-mono text-xs">{children}</pre>
  ),
  h1: ({ children }) => <p className="my-1.5 font-semibold">{children}</p>,
  h2: ({ children }) => <p className="my-1.5 font-semibold">{children}</p>,
  h3: ({ children }) => <p className="my-1.5 font-semibold">{children}</p>,
  h4: ({ children }) => <p className="my-1.5 font-semibold">{children}</p>,
  table: ({ children }) => (
    <div className="my-1.5 overflow-x-auto">
      <table className="border-collapse text-xs [&_td]:border [&_td]:border-line [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-line [&_th]:px-2 [&_th]:py-1">
        {children}
      </table>
    </div>
  ),
};

export function TextBlock({ text, className = '' }: { text: string; className?: string }) {
  return (
    <div className={`break-words ${className}`}>
      <Markdown remarkPlugins={[remarkGfm]} components={components} disallowedElements={['img']} unwrapDisallowed>
        {text}
      </Markdown>
    </div>
  );
}
