// The browser's calls to the Markdown endpoints of the REST API (same origin, session cookie).
export interface Warning {
  line: number;
  path: string;
  message: string;
}

export interface Problem {
  status: number;
  detail: string;
  errors?: Array<{ path: string; message: string }>;
}

export interface ImportedTask {
  task: { key: string; title: string; status: string };
  warnings: Warning[];
}

export type ApiOutcome<T> = { ok: true; value: T; etag: string | null } | { ok: false; problem: Problem };

async function outcome<T>(response: Response): Promise<ApiOutcome<T>> {
  const body = await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: body as T, etag: response.headers.get('etag') };
  const problem = (body as Problem | null) ?? {
    status: response.status,
    detail: `The server answered ${response.status}.`,
  };
  return { ok: false, problem };
}

const markdownHeaders = { 'Content-Type': 'text/markdown; charset=utf-8' };

export async function importMarkdown(markdown: string, dryRun: boolean): Promise<ApiOutcome<ImportedTask>> {
  const response = await fetch(`/api/v1/tasks/import${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: markdownHeaders,
    body: markdown,
  });
  return outcome(response);
}

export async function readMarkdown(key: string): Promise<{ markdown: string; etag: string | null }> {
  const response = await fetch(`/api/v1/tasks/${encodeURIComponent(key)}/markdown`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not load ${key} (${response.status}).`);
  return { markdown: await response.text(), etag: response.headers.get('etag') };
}

export async function replaceMarkdown(key: string, markdown: string, etag: string): Promise<ApiOutcome<ImportedTask>> {
  const response = await fetch(`/api/v1/tasks/${encodeURIComponent(key)}/markdown`, {
    method: 'PUT',
    headers: { ...markdownHeaders, 'If-Match': etag },
    body: markdown,
  });
  return outcome(response);
}
