-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "storyCountry" TEXT;
