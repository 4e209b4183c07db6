import type { schema } from '@isee/db';

export type Role = schema.Role;

/**
 * Where a role may read (SPEC §2). Teachers, directors and certifiers: one school (a teacher's
 * classes narrow it further through teacher_class). Area officers: a province, a district or an
 * OBEC service area, optionally within one affiliation. Affiliation officers: one affiliation.
 * Programme officers: the nation; analysts: the nation de-identified. System admins: no child data.
 */
export type Scope =
  | { readonly kind: 'school'; readonly schoolId: number }
  | {
      readonly kind: 'area';
      readonly provinceCode?: string;
      readonly districtCode?: string;
      readonly serviceAreaId?: number;
      readonly affiliationCode?: string;
    }
  | { readonly kind: 'affiliation'; readonly affiliationCode: string }
  | { readonly kind: 'national'; readonly deidentified: boolean }
  | { readonly kind: 'none' };

export interface RoleGrant {
  readonly role: Role;
  readonly scope: Scope;
}

export interface Principal {
  readonly userId: number;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly RoleGrant[];
}

/** A role_assignment row as the repository reads it. */
export interface AssignmentRow {
  readonly role: string;
  readonly schoolId: number | null;
  readonly provinceCode: string | null;
  readonly districtCode: string | null;
  readonly serviceAreaId: number | null;
  readonly affiliationCode: string | null;
}

/**
 * The scope an assignment grants, or undefined when its columns do not fit its role (a teacher
 * without a school): such a row grants nothing rather than something broader than meant.
 */
export function scopeOf(row: AssignmentRow): Scope | undefined {
  switch (row.role) {
    case 'teacher':
    case 'school_admin':
    case 'certifier':
      return row.schoolId === null ? undefined : { kind: 'school', schoolId: row.schoolId };
    case 'area_officer': {
      const { provinceCode, districtCode, serviceAreaId, affiliationCode } = row;
      if (provinceCode === null && districtCode === null && serviceAreaId === null)
        return undefined;
      return {
        kind: 'area',
        ...(provinceCode !== null && { provinceCode }),
        ...(districtCode !== null && { districtCode }),
        ...(serviceAreaId !== null && { serviceAreaId }),
        ...(affiliationCode !== null && { affiliationCode }),
      };
    }
    case 'affiliation_officer':
      return row.affiliationCode === null
        ? undefined
        : { kind: 'affiliation', affiliationCode: row.affiliationCode };
    case 'programme_officer':
      return { kind: 'national', deidentified: false };
    case 'analyst':
      return { kind: 'national', deidentified: true };
    case 'system_admin':
      return { kind: 'none' };
    default:
      return undefined;
  }
}

export function grantsOf(rows: readonly AssignmentRow[]): RoleGrant[] {
  return rows.flatMap((row) => {
    const scope = scopeOf(row);
    return scope === undefined ? [] : [{ role: row.role as Role, scope }];
  });
}

export const hasRole = (principal: Principal, roles: readonly Role[]): boolean =>
  principal.roles.some((grant) => roles.includes(grant.role));
