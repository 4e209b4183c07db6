import { useCallback, useEffect, useState } from 'react';
import { outbox } from '../offline/runner.js';
import { photo, photosOf, type LocalPhoto } from '../offline/store.js';

/**
 * The photos kept on this phone for one screening, by id; undefined until read. Read again after
 * every outbox pass, which is when the uploader marks photos sent, and when `reload` is called.
 */
export function useLocalPhotos(screeningId: string): {
  readonly photos: ReadonlyMap<string, LocalPhoto> | undefined;
  readonly reload: () => void;
} {
  const [photos, setPhotos] = useState<ReadonlyMap<string, LocalPhoto>>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    const load = (): void =>
      void photosOf(screeningId).then((list) => {
        if (live) setPhotos((before) => new Map(list.map((p) => [p.id, sameBlob(p, before)])));
      });
    load();
    const unsubscribe = outbox.subscribe(load);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [screeningId, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { photos, reload };
}

/** A photo's bytes never change: the blob read before is kept, so its thumbnail's URL stays. */
function sameBlob(
  read: LocalPhoto,
  before: ReadonlyMap<string, LocalPhoto> | undefined,
): LocalPhoto {
  const blob = before?.get(read.id)?.blob;
  return blob === undefined ? read : { ...read, blob };
}

/** One kept photo by id: 'loading' first, undefined when it is not on this phone. */
export function useStoredPhoto(id: string | undefined): LocalPhoto | undefined | 'loading' {
  const [found, setFound] = useState<{ id: string; photo: LocalPhoto | undefined }>();
  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    void photo(id).then((kept) => {
      if (live) setFound({ id, photo: kept });
    });
    return () => {
      live = false;
    };
  }, [id]);
  if (id === undefined) return undefined;
  return found?.id === id ? found.photo : 'loading';
}

/** An object URL for a stored blob, revoked when the blob changes or the screen goes away. */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (blob === undefined) return;
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(undefined);
    };
  }, [blob]);
  return url;
}
