-- Access levels public / members / paid (docs/decisions/0030). Existing 'members' content keeps
-- its value: members-level now means every verified subscriber signed in. Existing granted
-- memberships (tier 'member') become the paid level, marked complimentary.
-- AlterTable
ALTER TABLE "Member" ADD COLUMN "membershipSource" TEXT;


UPDATE "Member" SET "membershipSource" = 'comped' WHERE "membershipTier" = 'member';
