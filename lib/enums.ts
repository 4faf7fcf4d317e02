// The domain's enumerations, for code outside lib/ (components, pages) that must not reach into Prisma's
// generated client. Values and types are Prisma's, so they can never drift apart.
export {
  ChangeType,
  FeatureStatus,
  ReferenceKind,
  Role,
  SprintState,
  TaskStatus,
  TokenScope,
} from '@/lib/generated/prisma/enums';
