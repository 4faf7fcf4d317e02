import { changeRoleAction, removeMemberAction } from '@/app/members/actions';
import { ConfirmActionForm } from '@/components/forms/confirm-action-form';
import { cellClass, type Column, TableHead } from '@/components/table-head';

import { DateCell } from '../date-cell';
import { RoleForm } from './role-form';
import { roleLabel } from './roles';

export type MemberRow = { id: string; name: string; email: string; role: string; isDisabled: boolean; createdAt: Date };

const td = `h-10 ${cellClass}`;
const columns: Column[] = [{ label: 'Name' }, { label: 'Email' }, { label: 'Role' }, { label: 'Joined' }];

/** The workspace's members; admins get a role select and a Remove button on each row. */
export function MemberTable({
  members,
  canEdit,
  currentUserId,
}: {
  members: MemberRow[];
  canEdit: boolean;
  currentUserId: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[44rem] border-separate border-spacing-0 text-[0.8125rem]">
        <caption className="sr-only">Workspace members by name</caption>
        <TableHead
          columns={[...columns, ...(canEdit ? [{ label: 'Actions', isLabelHidden: true, isNumeric: true }] : [])]}
        />
        <tbody>
          {members.map((member) => (
            <tr key={member.id} className="[&:last-child>td]:border-b-0">
              <td className={`${td} font-medium`}>
                <span className="flex items-center gap-2">
                  <span className="truncate">{member.name}</span>
                  {member.id === currentUserId ? <Tag>You</Tag> : null}
                  {member.isDisabled ? <Tag>Disabled</Tag> : null}
                </span>
              </td>
              <td className={`${td} text-fg-muted`}>{member.email}</td>
              <td className={td}>
                {canEdit ? (
                  <RoleForm
                    action={changeRoleAction.bind(null, member.id)}
                    role={member.role}
                    memberName={member.name}
                  />
                ) : (
                  roleLabel(member.role)
                )}
              </td>
              <DateCell className={td} date={member.createdAt} />
              {canEdit ? (
                <td className={`${td} text-right`}>
                  <ConfirmActionForm
                    action={removeMemberAction.bind(null, member.id)}
                    confirmText="Confirm remove"
                    target={member.name}
                  >
                    Remove
                  </ConfirmActionForm>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Tag({ children }: { children: string }) {
  return (
    <span className="inline-flex h-5 shrink-0 items-center rounded-full bg-hover px-2 text-xs font-medium text-fg-muted">
      {children}
    </span>
  );
}
