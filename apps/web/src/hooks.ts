import type { Lang } from '@isee/domain';
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { asLang } from './i18n/index.js';

/** The UI language as the domain names it, so form labels (`label[lang]`) follow the switch. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return asLang(i18n.language);
}

const subscribeOnline = (notify: () => void): (() => void) => {
  window.addEventListener('online', notify);
  window.addEventListener('offline', notify);
  return () => {
    window.removeEventListener('online', notify);
    window.removeEventListener('offline', notify);
  };
};

export const useOnline = (): boolean =>
  useSyncExternalStore(subscribeOnline, () => navigator.onLine);

/** The screen the address names (`#/student/12`): a reload, online or not, comes back to it. */
export function useRoute(): string {
  const [route, setRoute] = useState(() => window.location.hash.slice(1) || '/');
  useEffect(() => {
    const onChange = (): void => setRoute(window.location.hash.slice(1) || '/');
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const go = (route: string): void => {
  window.location.hash = route;
};

/**
 * The latest value of a prop, for work that finishes after awaits (a GPS fix, a compressed photo, a
 * server answer): the props of the render that started it may be stale by then.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
