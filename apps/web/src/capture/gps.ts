/** A position fix as the server takes it (`fix` in docs/API.md): accuracy in metres as the phone states it. */
export interface Fix {
  readonly lat: number;
  readonly lon: number;
  readonly accuracyM?: number;
}

export type Located =
  | { readonly kind: 'fix'; readonly fix: Fix; readonly at: string }
  | { readonly kind: 'denied' | 'unavailable' | 'timeout' | 'unsupported' };

/** Wait this long for a fix; a village without signal can still give one from the satellites. */
const TIMEOUT_MS = 20_000;

const rounded = (value: number, digits: number): number => Number(value.toFixed(digits));

/**
 * One position fix from the phone's GPS (high accuracy, no cached fix older than a minute).
 * Never throws: a refused permission or no fix is an answer the screen explains.
 */
export function locate(): Promise<Located> {
  if (typeof navigator === 'undefined' || !('geolocation' in navigator))
    return Promise.resolve({ kind: 'unsupported' });
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (position) =>
        resolve({
          kind: 'fix',
          // Six decimals are about 10 cm: more digits only pretend to precision.
          fix: {
            lat: rounded(position.coords.latitude, 6),
            lon: rounded(position.coords.longitude, 6),
            accuracyM: Math.round(position.coords.accuracy),
          },
          at: new Date(position.timestamp).toISOString(),
        }),
      (error) =>
        resolve({
          kind:
            error.code === error.PERMISSION_DENIED
              ? 'denied'
              : error.code === error.TIMEOUT
                ? 'timeout'
                : 'unavailable',
        }),
      { enableHighAccuracy: true, timeout: TIMEOUT_MS, maximumAge: 60_000 },
    );
  });
}
