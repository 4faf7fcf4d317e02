// Role names and what each may do, as the members page shows them.
export const roleOptions = [
  { value: 'ADMIN', label: 'Admin' },
  { value: 'MANAGER', label: 'Manager' },
  { value: 'MEMBER', label: 'Member' },
  { value: 'VIEWER', label: 'Viewer' },
] as const;

export type RoleName = (typeof roleOptions)[number]['value'];

export function roleLabel(role: string): string {
  return roleOptions.find((option) => option.value === role)?.label ?? role;
}

export const roleHelp =
  'Viewers read; members also edit tasks; managers also plan sprints and features; admins also manage members and tokens.';
