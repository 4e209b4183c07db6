import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * The latest value of a prop, for work that finishes after awaits (a GPS fix, a compressed photo):
 * the wizard's `onSet` and form of the render that started it may be stale by then, and writing
 * through them would undo answers given meanwhile.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
