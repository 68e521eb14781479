-- DropIndex
DROP INDEX "Subscription_newsletterId_status_idx";

-- AlterTable
ALTER TABLE "EmailBatch" ADD COLUMN "notBefore" DATETIME;

-- CreateIndex
CREATE INDEX "Subscription_newsletterId_status_id_idx" ON "Subscription"("newsletterId", "status", "id");
