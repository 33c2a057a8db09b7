/** What `npm run demo`'s launcher sends the demo process to make it stop (scripts/demo.ts). */
export const STOP_MESSAGE = { type: "zhipei-demo-stop" } as const;

export function isStopMessage(message: unknown): boolean {
  return (
    typeof message === "object" &&
    message !== null &&
    (message as { type?: unknown }).type === STOP_MESSAGE.type
  );
}
