-- DropIndex
DROP INDEX "Subscription_newsletterId_status_idx";

-- CreateIndex
CREATE INDEX "Subscription_newsletterId_status_id_idx" ON "Subscription"("newsletterId", "status", "id");
