-- AlterTable
ALTER TABLE "EmailRecipient" ADD COLUMN "bounce" TEXT;
ALTER TABLE "EmailRecipient" ADD COLUMN "bouncedAt" DATETIME;
ALTER TABLE "EmailRecipient" ADD COLUMN "complainedAt" DATETIME;
ALTER TABLE "EmailRecipient" ADD COLUMN "deliveredAt" DATETIME;

-- CreateTable
CREATE TABLE "DeliveryEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "provider" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "recipientId" TEXT,
    "memberId" TEXT,
    "emailId" TEXT,
    "summary" TEXT NOT NULL,
    "outcome" TEXT,
    "occurredAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "DeliveryEvent_memberId_createdAt_idx" ON "DeliveryEvent"("memberId", "createdAt");

-- CreateIndex
CREATE INDEX "DeliveryEvent_emailId_type_idx" ON "DeliveryEvent"("emailId", "type");

-- CreateIndex
CREATE INDEX "DeliveryEvent_address_idx" ON "DeliveryEvent"("address");

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryEvent_provider_eventId_key" ON "DeliveryEvent"("provider", "eventId");

-- CreateIndex
CREATE INDEX "EmailRecipient_address_idx" ON "EmailRecipient"("address");

-- CreateIndex
CREATE INDEX "Suppression_reason_createdAt_idx" ON "Suppression"("reason", "createdAt");

-- CreateIndex
CREATE INDEX "Suppression_createdAt_idx" ON "Suppression"("createdAt");

