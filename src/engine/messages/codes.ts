import type { enGB } from "./en-GB";

/** Every issue code the engine can give. Each has an entry in the message catalogue. */
export type IssueCode = keyof typeof enGB;
