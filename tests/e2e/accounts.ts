// The people and workspaces the browser tests sign in as; created by setup-database.ts.
export const e2ePassword = 'e2e password that is long';
export const e2eUsers = {
  admin: { email: 'ada@e2e.test', name: 'Ada Admin' },
  viewer: { email: 'vic@e2e.test', name: 'Vic Viewer' },
  /** Owns the API token tests/api-tool/another-tool.mjs runs with. */
  tool: { email: 'ci-bot@e2e.test', name: 'CI Bot' },
} as const;
export const e2eWorkspaces = {
  first: { name: 'Rocket Team', slug: 'rocket', keyPrefix: 'RKT' },
  second: { name: 'Harbor Team', slug: 'harbor', keyPrefix: 'HBR' },
} as const;

/** Where setup-database.ts leaves the tool user's API token for the API-tool spec. */
export const apiToolTokenFile = 'test-results/api-tool-token.txt';
