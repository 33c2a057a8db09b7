-- AlterTable
ALTER TABLE "Requirement" ADD COLUMN     "deadlineRemindedAt" TIMESTAMPTZ(3);
