import { createContext, useContext } from 'react';

/** Which screening the wizard is filling in: photo and signature inputs file their evidence under it. */
export interface DraftIdentity {
  readonly screeningId: string;
  readonly studentId: number;
}

export const DraftContext = createContext<DraftIdentity | null>(null);

export function useDraftIdentity(): DraftIdentity {
  const identity = useContext(DraftContext);
  if (identity === null) throw new Error('useDraftIdentity outside a DraftContext provider');
  return identity;
}
