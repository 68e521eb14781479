-- AlterTable
ALTER TABLE "EmailBatch" ADD COLUMN "notBefore" DATETIME;

