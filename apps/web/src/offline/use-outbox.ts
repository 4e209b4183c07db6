import { useEffect, useState } from 'react';
import type { OutboxItem } from './outbox.js';
import { outbox } from './runner.js';

/** The outbox's items, kept current as they are edited and sent. */
export function useOutbox(): readonly OutboxItem[] | undefined {
  const [items, setItems] = useState<readonly OutboxItem[] | undefined>();
  useEffect(() => {
    let live = true;
    const load = (): void =>
      void outbox.items().then((next) => {
        if (live) setItems(next);
      });
    load();
    const unsubscribe = outbox.subscribe(load);
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return items;
}
