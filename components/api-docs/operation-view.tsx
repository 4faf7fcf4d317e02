// One operation of the OpenAPI document: method, path, what it does, its parameters, body and responses.
import { SchemaView } from './schema-view';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: unknown;
}
export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}

const methodColors: Record<string, string> = {
  get: 'bg-status-done-bg text-status-done',
  post: 'bg-status-progress-bg text-status-progress',
  put: 'bg-status-review-bg text-status-review',
  patch: 'bg-status-review-bg text-status-review',
  delete: 'bg-status-blocked-bg text-status-blocked',
};

export function OperationView({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const body = operation.requestBody?.content['application/json']?.schema;
  return (
    <article id={operation.operationId} className="scroll-mt-20 space-y-3 rounded-lg border border-line bg-surface p-4">
      <header className="space-y-1">
        <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
          <span className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase ${methodColors[method] ?? ''}`}>
            {method}
          </span>
          <span className="break-all">/api/v1{path}</span>
        </h3>
        <p className="text-sm font-medium">{operation.summary}</p>
        {operation.description && <p className="text-sm text-fg-muted">{operation.description}</p>}
      </header>
      {operation.parameters && operation.parameters.length > 0 && (
        <table className="w-full text-left text-xs">
          <caption className="sr-only">Parameters</caption>
          <thead className="text-fg-muted">
            <tr>
              <th className="py-1 pr-3 font-medium">Parameter</th>
              <th className="py-1 pr-3 font-medium">In</th>
              <th className="py-1 font-medium">Description</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((parameter) => (
              <tr key={`${parameter.in}:${parameter.name}`} className="border-t border-line align-top">
                <td className="py-1 pr-3 font-mono">
                  {parameter.name}
                  {parameter.required && <span className="text-status-blocked"> *</span>}
                </td>
                <td className="py-1 pr-3">{parameter.in}</td>
                <td className="py-1 text-fg-muted">{parameter.description ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {body !== undefined && (
        <details>
          <summary className="cursor-pointer text-xs font-medium">Request body (application/json)</summary>
          <SchemaView schema={body} />
        </details>
      )}
      <details>
        <summary className="cursor-pointer text-xs font-medium">
          Responses: {Object.keys(operation.responses).join(', ')}
        </summary>
        <ul className="mt-2 space-y-2 text-xs">
          {Object.entries(operation.responses).map(([status, response]) => {
            const schema = Object.values(response.content ?? {})[0]?.schema;
            return (
              <li key={status}>
                <span className="font-mono font-semibold">{status}</span> {response.description}
                {schema !== undefined && status.startsWith('2') && <SchemaView schema={schema} />}
              </li>
            );
          })}
        </ul>
      </details>
    </article>
  );
}
