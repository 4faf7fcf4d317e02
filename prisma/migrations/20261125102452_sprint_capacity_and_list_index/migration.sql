-- AlterTable
ALTER TABLE "Sprint" ADD COLUMN     "capacityHours" DOUBLE PRECISION,
ADD COLUMN     "capacityPoints" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "SprintCarryOver" (
    "id" UUID NOT NULL,
    "sprintId" UUID NOT NULL,
    "toSprintId" UUID,
    "taskId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SprintCarryOver_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SprintCarryOver_sprintId_idx" ON "SprintCarryOver"("sprintId");

-- CreateIndex
CREATE INDEX "SprintCarryOver_toSprintId_idx" ON "SprintCarryOver"("toSprintId");

-- CreateIndex
CREATE INDEX "Task_workspaceId_status_number_idx" ON "Task"("workspaceId", "status", "number");
