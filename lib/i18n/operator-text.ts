import "server-only";
import { createTranslator } from "next-intl";
import { messages } from "@/messages";
import { parseErrorKey } from "./field-error";

const english = createTranslator({ locale: "en", messages: messages.en, namespace: "validation" });

/**
 * A validation message key (`tooLong?max=120`) as the English text operators read (the CLI's
 * one-line problems); anything else, already operators' English, as it is.
 */
export function operatorText(message: string): string {
  const { key, params } = parseErrorKey(message);
  return english.has(key as never) ? english(key as never, params as never) : message;
}
