-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "extractorVersion" TEXT;
