// Human task keys: `${workspace.keyPrefix}-${task.number}`, e.g. TASK-41.
const keyPattern = /^([A-Z][A-Z0-9]{0,9})-(\d{1,9})$/;

export function formatTaskKey(prefix: string, number: number): string {
  return `${prefix}-${number}`;
}

export function parseTaskKey(key: string): { prefix: string; number: number } | undefined {
  const match = keyPattern.exec(key.trim().toUpperCase());
  if (!match?.[1] || !match[2]) return undefined;
  return { prefix: match[1], number: Number(match[2]) };
}

export const keyPrefixPattern = /^[A-Z][A-Z0-9]{0,9}$/;
