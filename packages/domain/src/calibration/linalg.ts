/**
 * Just enough linear algebra for ridge least squares on a few dozen 0/1 features: the normal
 * equations XᵀX·β = Xᵀy are accumulated in one streaming pass (O(p²) memory, whatever n is) and
 * solved by Cholesky. Matrices are dense, row-major, in Float64Array.
 */
export interface Gram {
  readonly size: number;
  /** XᵀX, full p×p (only the upper triangle is written while accumulating). */
  readonly xtx: Float64Array;
  readonly xty: Float64Array;
  count: number;
  sumY: number;
  sumYY: number;
}

export function newGram(size: number): Gram {
  return {
    size,
    xtx: new Float64Array(size * size),
    xty: new Float64Array(size),
    count: 0,
    sumY: 0,
    sumYY: 0,
  };
}

/** Adds one row whose features are 1 at `active[from..to)` (distinct indices, any order) and 0 elsewhere. */
export function addRow(gram: Gram, active: ArrayLike<number>, from: number, to: number, y: number) {
  const { size, xtx, xty } = gram;
  for (let a = from; a < to; a++) {
    const i = active[a] as number;
    xty[i] = (xty[i] as number) + y;
    for (let b = a; b < to; b++) {
      const j = active[b] as number;
      const cell = i < j ? i * size + j : j * size + i;
      xtx[cell] = (xtx[cell] as number) + 1;
    }
  }
  gram.count += 1;
  gram.sumY += y;
  gram.sumYY += y * y;
}

/** target += source: a fold's training Gram is the sum of the other folds' Grams. */
export function addGram(target: Gram, source: Gram): void {
  for (let i = 0; i < target.xtx.length; i++)
    target.xtx[i] = (target.xtx[i] as number) + (source.xtx[i] as number);
  for (let i = 0; i < target.xty.length; i++)
    target.xty[i] = (target.xty[i] as number) + (source.xty[i] as number);
  target.count += source.count;
  target.sumY += source.sumY;
  target.sumYY += source.sumYY;
}

/**
 * Ridge solution of the normal equations: (XᵀX + λ·D)·β = Xᵀy with D = diag(0, 1, …, 1), so the
 * intercept (index 0) is not shrunk. Undefined when the system is not positive definite.
 */
export function solveRidge(gram: Gram, lambda: number): Float64Array | undefined {
  const n = gram.size;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) a[i * n + j] = gram.xtx[i * n + j] as number;
    if (i > 0) a[i * n + i] = (a[i * n + i] as number) + lambda;
  }
  return choleskyUpper(a, n) ? solveWithFactor(a, n, gram.xty) : undefined;
}

/** In-place Cholesky A = UᵀU reading and writing the upper triangle; false if A is not positive definite. */
function choleskyUpper(a: Float64Array, n: number): boolean {
  const scale = Math.max(
    1,
    ...Array.from({ length: n }, (_, i) => Math.abs(a[i * n + i] as number)),
  );
  for (let i = 0; i < n; i++) {
    let d = a[i * n + i] as number;
    for (let k = 0; k < i; k++) d -= (a[k * n + i] as number) ** 2;
    // Relative tolerance: a pivot this small means a feature that no row (and no ridge) determines.
    if (!(d > scale * 1e-12)) return false;
    const r = Math.sqrt(d);
    a[i * n + i] = r;
    for (let j = i + 1; j < n; j++) {
      let s = a[i * n + j] as number;
      for (let k = 0; k < i; k++) s -= (a[k * n + i] as number) * (a[k * n + j] as number);
      a[i * n + j] = s / r;
    }
  }
  return true;
}

/** Solves UᵀU·x = b by forward then back substitution. */
function solveWithFactor(u: Float64Array, n: number, b: Float64Array): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let s = x[i] as number;
    for (let k = 0; k < i; k++) s -= (u[k * n + i] as number) * (x[k] as number);
    x[i] = s / (u[i * n + i] as number);
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i] as number;
    for (let k = i + 1; k < n; k++) s -= (u[i * n + k] as number) * (x[k] as number);
    x[i] = s / (u[i * n + i] as number);
  }
  return x;
}
