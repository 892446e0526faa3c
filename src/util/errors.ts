// One way to turn whatever was thrown into words for a message.

/** The message of an Error (its name when the message is empty), else the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
