-- AlterTable
ALTER TABLE "EmailBatch" ADD COLUMN     "notBefore" TIMESTAMP(3);

