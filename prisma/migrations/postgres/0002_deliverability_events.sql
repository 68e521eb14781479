-- CreateEnum
CREATE TYPE "BounceKind" AS ENUM ('hard', 'soft');

-- CreateEnum
CREATE TYPE "DeliveryProvider" AS ENUM ('ses', 'mailgun', 'postmark', 'sendgrid', 'dsn', 'arf');

-- CreateEnum
CREATE TYPE "DeliveryEventType" AS ENUM ('delivered', 'bounce_hard', 'bounce_soft', 'complaint');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SubscriptionSource" ADD VALUE 'complaint';
ALTER TYPE "SubscriptionSource" ADD VALUE 'mailto';

-- AlterEnum
ALTER TYPE "SuppressionReason" ADD VALUE 'soft_bounce';

-- AlterTable
ALTER TABLE "EmailRecipient" ADD COLUMN     "bounce" "BounceKind",
ADD COLUMN     "bouncedAt" TIMESTAMP(3),
ADD COLUMN     "complainedAt" TIMESTAMP(3),
ADD COLUMN     "deliveredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DeliveryEvent" (
    "id" TEXT NOT NULL,
    "provider" "DeliveryProvider" NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" "DeliveryEventType" NOT NULL,
    "address" TEXT NOT NULL,
    "recipientId" TEXT,
    "memberId" TEXT,
    "emailId" TEXT,
    "summary" TEXT NOT NULL,
    "outcome" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryEvent_pkey" PRIMARY KEY ("id")
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

