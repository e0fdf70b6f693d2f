// The API reports which extractor made the stored data without loading the extractor itself.
export { extractorVersion } from "@dictum/extract/version";
