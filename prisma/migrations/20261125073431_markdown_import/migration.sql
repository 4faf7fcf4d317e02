-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "assigneeName" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "PendingTaskLink" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "set" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,

    CONSTRAINT "PendingTaskLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingTaskLink_workspaceId_key_idx" ON "PendingTaskLink"("workspaceId", "key");

-- CreateIndex
CREATE INDEX "PendingTaskLink_taskId_idx" ON "PendingTaskLink"("taskId");

-- AddForeignKey
ALTER TABLE "PendingTaskLink" ADD CONSTRAINT "PendingTaskLink_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;
