-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'MANAGER', 'MEMBER', 'VIEWER');

-- CreateEnum
CREATE TYPE "FeatureStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SprintState" AS ENUM ('PLANNED', 'ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('TODO', 'IN_PROGRESS', 'IN_REVIEW', 'DONE', 'BLOCKED');

-- CreateEnum
CREATE TYPE "ChecklistKind" AS ENUM ('ACCEPTANCE_CRITERIA', 'DEFINITION_OF_DONE', 'SUCCESS_FUNCTIONAL', 'SUCCESS_TECHNICAL', 'SUCCESS_PROCESS');

-- CreateEnum
CREATE TYPE "ChangeType" AS ENUM ('NEW', 'MODIFIED', 'DELETED');

-- CreateEnum
CREATE TYPE "CodeBlockKind" AS ENUM ('DATA_STRUCTURES', 'API_CONTRACTS');

-- CreateEnum
CREATE TYPE "TestScenarioKind" AS ENUM ('EDGE_CASE', 'ERROR_SCENARIO');

-- CreateEnum
CREATE TYPE "RiskKind" AS ENUM ('TECHNICAL', 'PERFORMANCE', 'SECURITY');

-- CreateEnum
CREATE TYPE "ReferenceKind" AS ENUM ('DESIGN_DOCUMENT', 'TECHNICAL_SPEC', 'RESEARCH', 'OTHER');

-- CreateEnum
CREATE TYPE "TaskLinkKind" AS ENUM ('PREREQUISITE', 'BLOCKS', 'RELATED');

-- CreateTable
CREATE TABLE "Workspace" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "keyPrefix" TEXT NOT NULL,
    "taskCounter" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "isDisabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feature" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "FeatureStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Feature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sprint" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "goal" TEXT NOT NULL DEFAULT '',
    "startDate" DATE,
    "endDate" DATE,
    "state" "SprintState" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sprint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'TODO',
    "assigneeId" UUID,
    "featureId" UUID,
    "sprintId" UUID,
    "createdById" UUID,
    "estimatePoints" DOUBLE PRECISION,
    "estimateHours" DOUBLE PRECISION,
    "reviewDate" DATE,
    "completionTarget" DATE,
    "rank" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "summary" TEXT NOT NULL DEFAULT '',
    "solution" TEXT NOT NULL DEFAULT '',
    "dbTables" TEXT NOT NULL DEFAULT '',
    "dbMigrations" TEXT NOT NULL DEFAULT '',
    "dbData" TEXT NOT NULL DEFAULT '',
    "apiEndpoints" TEXT NOT NULL DEFAULT '',
    "apiRequestResponse" TEXT NOT NULL DEFAULT '',
    "apiDocumentation" TEXT NOT NULL DEFAULT '',
    "archNewComponents" TEXT NOT NULL DEFAULT '',
    "archModifiedComponents" TEXT NOT NULL DEFAULT '',
    "archIntegrationPoints" TEXT NOT NULL DEFAULT '',
    "testPlanUnit" TEXT NOT NULL DEFAULT '',
    "testPlanIntegration" TEXT NOT NULL DEFAULT '',
    "testPlanManual" TEXT NOT NULL DEFAULT '',
    "reviewReviewers" TEXT NOT NULL DEFAULT '',
    "reviewFocus" TEXT NOT NULL DEFAULT '',
    "reviewDocumentation" TEXT NOT NULL DEFAULT '',
    "configEnvVars" TEXT NOT NULL DEFAULT '',
    "configFeatureFlags" TEXT NOT NULL DEFAULT '',
    "configSettings" TEXT NOT NULL DEFAULT '',
    "rollbackTrigger" TEXT NOT NULL DEFAULT '',
    "rollbackSteps" TEXT NOT NULL DEFAULT '',
    "rollbackData" TEXT NOT NULL DEFAULT '',
    "monitoringHealthChecks" TEXT NOT NULL DEFAULT '',
    "monitoringAlerts" TEXT NOT NULL DEFAULT '',
    "monitoringMetrics" TEXT NOT NULL DEFAULT '',
    "docInlineComments" TEXT NOT NULL DEFAULT '',
    "docReadme" TEXT NOT NULL DEFAULT '',
    "docApi" TEXT NOT NULL DEFAULT '',
    "docUserGuides" TEXT NOT NULL DEFAULT '',
    "docHelpContent" TEXT NOT NULL DEFAULT '',
    "docArchitecture" TEXT NOT NULL DEFAULT '',
    "docDeploymentGuides" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "kind" "ChecklistKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "isDone" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyComponent" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "KeyComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodeChange" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "changeType" "ChangeType",
    "details" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "CodeChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentStep" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "estimatedTime" TEXT NOT NULL DEFAULT '',
    "dependencies" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DevelopmentStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamDependency" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "TeamDependency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalDependency" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ExternalDependency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodeBlock" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "kind" "CodeBlockKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "language" TEXT NOT NULL DEFAULT '',
    "code" TEXT NOT NULL,

    CONSTRAINT "CodeBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitTestCase" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "given" TEXT NOT NULL DEFAULT '',
    "when" TEXT NOT NULL DEFAULT '',
    "then" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "UnitTestCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationTestCase" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "setup" TEXT NOT NULL DEFAULT '',
    "steps" TEXT NOT NULL DEFAULT '',
    "validation" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "IntegrationTestCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TestScenario" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "kind" "TestScenarioKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "handling" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "TestScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Risk" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "kind" "RiskKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "mitigation" TEXT NOT NULL DEFAULT '',
    "contingency" TEXT NOT NULL DEFAULT '',
    "monitoring" TEXT NOT NULL DEFAULT '',
    "optimization" TEXT NOT NULL DEFAULT '',
    "requirements" TEXT NOT NULL DEFAULT '',
    "validation" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeploymentStep" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DeploymentStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImplementationNote" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ImplementationNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reference" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "kind" "ReferenceKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "value" TEXT NOT NULL,

    CONSTRAINT "Reference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskLink" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "kind" "TaskLinkKind" NOT NULL,
    "fromTaskId" UUID NOT NULL,
    "toTaskId" UUID NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_workspaceId_userId_key" ON "Membership"("workspaceId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Feature_workspaceId_name_key" ON "Feature"("workspaceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Sprint_workspaceId_number_key" ON "Sprint"("workspaceId", "number");

-- CreateIndex
CREATE INDEX "Task_workspaceId_status_rank_idx" ON "Task"("workspaceId", "status", "rank");

-- CreateIndex
CREATE INDEX "Task_workspaceId_updatedAt_idx" ON "Task"("workspaceId", "updatedAt");

-- CreateIndex
CREATE INDEX "Task_sprintId_status_idx" ON "Task"("sprintId", "status");

-- CreateIndex
CREATE INDEX "Task_assigneeId_idx" ON "Task"("assigneeId");

-- CreateIndex
CREATE INDEX "Task_featureId_idx" ON "Task"("featureId");

-- CreateIndex
CREATE UNIQUE INDEX "Task_workspaceId_number_key" ON "Task"("workspaceId", "number");

-- CreateIndex
CREATE INDEX "ChecklistItem_taskId_kind_position_idx" ON "ChecklistItem"("taskId", "kind", "position");

-- CreateIndex
CREATE INDEX "KeyComponent_taskId_position_idx" ON "KeyComponent"("taskId", "position");

-- CreateIndex
CREATE INDEX "CodeChange_taskId_position_idx" ON "CodeChange"("taskId", "position");

-- CreateIndex
CREATE INDEX "DevelopmentStep_taskId_position_idx" ON "DevelopmentStep"("taskId", "position");

-- CreateIndex
CREATE INDEX "TeamDependency_taskId_position_idx" ON "TeamDependency"("taskId", "position");

-- CreateIndex
CREATE INDEX "ExternalDependency_taskId_position_idx" ON "ExternalDependency"("taskId", "position");

-- CreateIndex
CREATE INDEX "CodeBlock_taskId_kind_position_idx" ON "CodeBlock"("taskId", "kind", "position");

-- CreateIndex
CREATE INDEX "UnitTestCase_taskId_position_idx" ON "UnitTestCase"("taskId", "position");

-- CreateIndex
CREATE INDEX "IntegrationTestCase_taskId_position_idx" ON "IntegrationTestCase"("taskId", "position");

-- CreateIndex
CREATE INDEX "TestScenario_taskId_kind_position_idx" ON "TestScenario"("taskId", "kind", "position");

-- CreateIndex
CREATE INDEX "Risk_taskId_kind_position_idx" ON "Risk"("taskId", "kind", "position");

-- CreateIndex
CREATE INDEX "DeploymentStep_taskId_position_idx" ON "DeploymentStep"("taskId", "position");

-- CreateIndex
CREATE INDEX "ImplementationNote_taskId_position_idx" ON "ImplementationNote"("taskId", "position");

-- CreateIndex
CREATE INDEX "Reference_taskId_position_idx" ON "Reference"("taskId", "position");

-- CreateIndex
CREATE INDEX "TaskLink_toTaskId_kind_idx" ON "TaskLink"("toTaskId", "kind");

-- CreateIndex
CREATE INDEX "TaskLink_workspaceId_kind_idx" ON "TaskLink"("workspaceId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "TaskLink_fromTaskId_toTaskId_kind_key" ON "TaskLink"("fromTaskId", "toTaskId", "kind");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feature" ADD CONSTRAINT "Feature_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sprint" ADD CONSTRAINT "Sprint_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_featureId_fkey" FOREIGN KEY ("featureId") REFERENCES "Feature"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_sprintId_fkey" FOREIGN KEY ("sprintId") REFERENCES "Sprint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyComponent" ADD CONSTRAINT "KeyComponent_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeChange" ADD CONSTRAINT "CodeChange_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentStep" ADD CONSTRAINT "DevelopmentStep_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamDependency" ADD CONSTRAINT "TeamDependency_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalDependency" ADD CONSTRAINT "ExternalDependency_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeBlock" ADD CONSTRAINT "CodeBlock_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitTestCase" ADD CONSTRAINT "UnitTestCase_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationTestCase" ADD CONSTRAINT "IntegrationTestCase_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestScenario" ADD CONSTRAINT "TestScenario_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentStep" ADD CONSTRAINT "DeploymentStep_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationNote" ADD CONSTRAINT "ImplementationNote_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reference" ADD CONSTRAINT "Reference_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskLink" ADD CONSTRAINT "TaskLink_fromTaskId_fkey" FOREIGN KEY ("fromTaskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskLink" ADD CONSTRAINT "TaskLink_toTaskId_fkey" FOREIGN KEY ("toTaskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;
