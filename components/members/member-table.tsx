import { changeRoleAction, removeMemberAction } from '@/app/members/actions';
import { ConfirmActionForm } from '@/components/forms/confirm-action-form';

import { DateCell } from '../date-cell';
import { RoleForm } from './role-form';
import { roleLabel } from './roles';

export type MemberRow = { id: string; name: string; email: string; role: string; isDisabled: boolean; createdAt: Date };

const th = 'h-8 border-b border-line bg-surface px-3 text-left text-xs font-medium text-fg-muted';
const td = 'h-10 border-b border-line px-3 align-middle';

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
        <thead>
          <tr>
            <th scope="col" className={`${th} rounded-tl-lg`}>
              Name
            </th>
            <th scope="col" className={th}>
              Email
            </th>
            <th scope="col" className={th}>
              Role
            </th>
            <th scope="col" className={`${th} ${canEdit ? '' : 'rounded-tr-lg'}`}>
              Joined
            </th>
            {canEdit ? (
              <th scope="col" className={`${th} rounded-tr-lg text-right`}>
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
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
