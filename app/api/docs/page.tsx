// /api/docs – the REST API reference, rendered from the same OpenAPI document /api/v1/openapi.json serves.
import type { Metadata } from 'next';

import { type Operation, OperationView } from '@/components/api-docs/operation-view';
import { SchemaView } from '@/components/api-docs/schema-view';
import { problemTypes } from '@/lib/api/problem';
import { getOpenApiDocument } from '@/lib/api/routes';

export const metadata: Metadata = { title: 'REST API' };

type Paths = Record<string, Record<string, Operation & { tags?: string[] }>>;

export default function ApiDocsPage() {
  const document = getOpenApiDocument();
  const byTag = new Map<string, Array<{ method: string; path: string; operation: Operation }>>();
  for (const [path, operations] of Object.entries(document.paths as Paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = operation.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, operation }]);
    }
  }
  const schemas = Object.entries(document.components?.schemas ?? {});

  return (
    <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
      <nav aria-label="API sections" className="lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:overflow-auto">
        <ul className="space-y-1 text-sm">
          {[...byTag.keys(), 'Errors', 'Schemas'].map((tag) => (
            <li key={tag}>
              <a href={`#tag-${tag}`} className="text-fg-muted hover:text-fg hover:underline">
                {tag}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 space-y-10">
        <header className="space-y-2">
          <h1 className="text-xl font-semibold tracking-tight">{document.info.title}</h1>
          <p className="max-w-3xl text-sm text-fg-muted">{document.info.description}</p>
          <p className="text-sm">
            Machine-readable:{' '}
            <a href="/api/v1/openapi.json" className="font-mono text-accent underline">
              /api/v1/openapi.json
            </a>{' '}
            (OpenAPI {document.openapi}).
          </p>
        </header>
        {[...byTag.entries()].map(([tag, operations]) => (
          <section key={tag} id={`tag-${tag}`} aria-labelledby={`heading-${tag}`} className="scroll-mt-20 space-y-3">
            <h2 id={`heading-${tag}`} className="text-base font-semibold">
              {tag}
            </h2>
            {operations.map((entry) => (
              <OperationView key={`${entry.method} ${entry.path}`} {...entry} />
            ))}
          </section>
        ))}
        <section id="tag-Errors" aria-labelledby="heading-errors" className="scroll-mt-20 space-y-3">
          <h2 id="heading-errors" className="text-base font-semibold">
            Errors
          </h2>
          <p className="max-w-3xl text-sm text-fg-muted">
            Every error is <code>application/problem+json</code> (RFC 9457) with <code>type</code>, <code>title</code>,{' '}
            <code>status</code> and <code>detail</code>; validation errors add <code>errors</code>, a list of{' '}
            <code>{'{ path, message }'}</code>.
          </p>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            {Object.entries(problemTypes).map(([type, { status, title }]) => (
              <div key={type} id={`problem-${type}`} className="contents">
                <dt className="font-mono">
                  {status} {type}
                </dt>
                <dd className="text-fg-muted">{title}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section id="tag-Schemas" aria-labelledby="heading-schemas" className="scroll-mt-20 space-y-3">
          <h2 id="heading-schemas" className="text-base font-semibold">
            Schemas
          </h2>
          {schemas.map(([name, schema]) => (
            <details key={name} id={`schema-${name}`} className="scroll-mt-20">
              <summary className="cursor-pointer font-mono text-sm">{name}</summary>
              <SchemaView schema={schema} />
            </details>
          ))}
        </section>
      </div>
    </div>
  );
}
