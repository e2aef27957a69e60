/**
 * Named points in the send path where a crash-safety test kills the process (kill -9, no cleanup runs):
 * the process that reaches the point named by SWITCHBOARD_FAULT_POINT dies there. Unset (always, outside
 * those tests) each point is a comparison and nothing else. test/hardening/crash-safety.test.ts kills at
 * every point and checks that a retry delivers exactly once.
 */
export type FaultPoint =
  /** The idempotency key is taken; nothing is sent yet. */
  | 'send:claimed'
  /** The provider has the message; the key does not record it yet. */
  | 'send:sent'
  /** The key records the message. */
  | 'send:completed'
  /** A scheduled message was sent; its row does not say SENT yet. */
  | 'scheduler:sent';

export function faultPoint(name: FaultPoint): void {
  if (process.env.SWITCHBOARD_FAULT_POINT === name) process.kill(process.pid, 'SIGKILL');
}
