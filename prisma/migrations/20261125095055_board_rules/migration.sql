-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "wipLimits" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "wipMode" TEXT NOT NULL DEFAULT 'warn';

-- Board order: ranks are fractional-indexing keys, which compare by byte ("A" < "a"), whatever the database locale.
ALTER TABLE "Task" ALTER COLUMN "rank" TYPE TEXT COLLATE "C";
