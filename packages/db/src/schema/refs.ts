import { bigint, integer } from 'drizzle-orm/pg-core';
import { student } from './people.js';
import { semester } from './reference.js';

/** The two references most tables carry: which semester, which student. */
export const semesterRef = () =>
  integer('semester_id')
    .notNull()
    .references(() => semester.id);

export const studentRef = () =>
  bigint('student_id', { mode: 'number' })
    .notNull()
    .references(() => student.personId);
