import { useEffect } from 'react';

/** What counts as the analyst being there. */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'focus'] as const;

/**
 * Locks an encrypted workspace after `minutes` without activity in the window (0: never). The
 * renderer only tracks activity and asks for the lock; the store closes the connection.
 */
export function IdleLock({ minutes, onIdle }: { minutes: number; onIdle: () => void }) {
  useEffect(() => {
    if (minutes <= 0) return;
    let timer = window.setTimeout(onIdle, minutes * 60_000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, minutes * 60_000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, restart, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, restart, { capture: true });
    };
  }, [minutes, onIdle]);
  return null;
}
