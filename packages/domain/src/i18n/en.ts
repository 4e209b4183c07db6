import type { MessageKey } from './th.js';

/** The English dictionary: the same keys as th.ts, in the same groups. */
export const en: Readonly<Record<MessageKey, string>> = {
  // ── core: generic input errors ──
  'error.NOT_AN_OBJECT': 'Expected an object',
  'error.NOT_A_LIST': 'Expected a list',
  'error.NOT_A_STRING': 'Expected text',
  'error.NOT_A_NUMBER': 'Expected a number',
  'error.NOT_AN_INTEGER': 'Expected a whole number',
  'error.OUT_OF_RANGE': 'Must be between {min} and {max}',
  'error.REQUIRED': 'Required',
  'error.UNKNOWN_OPTION': 'Unknown option "{value}"',
  'error.INVALID_DATE': 'Invalid date (expected YYYY-MM-DD, Gregorian)',
  'error.TOO_MANY_ITEMS': 'At most {max} item(s) allowed',
  'error.TOO_FEW_ITEMS': 'At least {min} item(s) required',
  'error.NESTED_TOO_DEEP': 'The data is nested more than {max} levels deep',
  'error.DUPLICATE_KEY': 'Duplicate value "{value}"',

  // ── vocabulary ──
  'region.north': 'North',
  'region.northeast': 'Northeast',
  'region.central': 'Central',
  'region.south': 'South',
  'povertyClass.not_poor': 'Not poor',
  'povertyClass.poor': 'Poor',
  'povertyClass.extremely_poor': 'Extremely poor',
  'levelGroup.pre_primary': 'Pre-primary',
  'levelGroup.primary': 'Primary',
  'levelGroup.lower_secondary': 'Lower secondary',
  'levelGroup.upper_secondary': 'Upper secondary',
  'levelGroup.vocational': 'Vocational certificate',
  'error.UNKNOWN_REGION': 'Unknown region "{value}"',
  'error.UNKNOWN_GRADE': 'Unknown grade "{value}"',
  'error.INVALID_SEMESTER': 'Invalid semester (academic year 2500–2700 BE, term 1 or 2)',

  // ── identity ──
  'error.ID_FORMAT': 'A national ID has 13 digits',
  'error.ID_CHECKSUM': 'Invalid national ID (the last digit does not match the check digit)',
  'error.GCODE_FORMAT': 'A G-code is G followed by 13 digits',
  'error.GCODE_CHECKSUM': 'Invalid G-code (the last digit does not match the check digit)',
  'error.HASH_KEY_TOO_SHORT': 'The hash key must be at least {min} bytes long',

  // ── forms ──
  'error.FORM_UNKNOWN_REVISION': 'Unknown form revision "{value}" (known: {known})',
  'error.FORM_NOT_IN_VARIANT': 'This kind of form has no such section',
  'error.FORM_NOT_ASKED': 'Not asked, given the answer to {field}: leave it empty',
  'error.FORM_NOT_A_BOOLEAN': 'Expected yes or no',
  'error.FORM_TEXT_TOO_LONG': 'At most {max} characters',
  'error.FORM_TEXT_FORMAT': 'Wrong format',
  'error.FORM_INVALID_PHONE': 'Invalid phone number (starts with 0, 9 or 10 digits)',
  'error.FORM_INVALID_DATE_TIME':
    'Invalid date and time (expected YYYY-MM-DDTHH:MM with a time zone, Gregorian)',
  'error.FORM_GPS_OUTSIDE_THAILAND': 'The location is outside Thailand',
  'error.FORM_EXCLUSIVE_OPTION': 'Option "{value}" cannot be chosen with other options',
  'error.FORM_DECLARATION_REQUIRED': 'This declaration must be confirmed',
  'error.FORM_NO_STUDENT_MEMBER': 'The student must be listed as one household member',
  'error.FORM_STUDENT_NOT_UNIQUE': 'Only one member can be the student being screened',
  'error.FORM_LIVES_WITH_VARIANT':
    'Who the student lives with does not match the kind of form (ordinary or institutional household)',
  'error.FORM_PHOTO_OUTSIDE_REQUIRED': 'At least one photo of the outside of the home is required',
  'error.FORM_PHOTO_INSIDE_REQUIRED': 'At least one photo of the inside of the home is required',
  'error.FORM_PHOTO_SCHOOL_SIGN_REQUIRED':
    'When the home cannot be photographed, a photo of the student beside the school sign is required',
  'error.FORM_PHOTO_NOT_EXPECTED':
    'This kind of photo does not fit the case: home photos (outside and inside) when the home can be photographed, the student beside the school sign when it cannot',

  // ── pmt ──
  'error.PMT_INSTITUTION_NOT_SCORED':
    'Institutional households (shelter, foundation, temple) are not PMT-scored: they go to a programme officer for review',
  'error.PMT_REVISION_MISMATCH':
    'A revision {form} form cannot be scored by a model for revision {model}',
  'error.PMT_UNKNOWN_QUESTION': 'Question "{value}" is not on this form revision',
  'error.PMT_AGE_GROUPS_MISMATCH':
    'Children, elderly and working-age members must add up to the member count ({members})',
  'error.PMT_INCOME_PER_PERSON_MISMATCH':
    'Income per person does not match total income divided by the member count',
  'error.PMT_MISSING_POINTS': 'Option "{option}" has no points',
  'error.PMT_KIND_MISMATCH':
    'The points kind must be "{expected}" for this question (got "{value}")',
  'error.PMT_NOT_MONOTONE':
    'Option "{option}" must score at least as much as the less deprived "{other}"',
  'error.PMT_EXCLUSIVE_NOT_ZERO': 'Option "{option}" must give 0 points',
  'error.PMT_BANDS_NOT_ASCENDING': 'Bands must ascend, in their lower bounds and in their points',
  'error.PMT_CAP_NOT_POSITIVE': 'The income cap must be above 0 baht',
  'error.PMT_SCALE_MIN': 'The smallest reachable total must be 0 (got {min})',
  'error.PMT_SCALE_MAX': 'The largest reachable total must be 100 (got {max})',
  'error.PMT_DEMONSTRATION_FLAG': 'Say whether this is a demonstration model (true or false)',
  'error.PMT_VALID_TO_BEFORE_FROM': 'The end date must not be before the start date',
  'error.PMT_NOT_COMPILABLE':
    'Question "{question}" has more than {max} options and cannot be compiled into a table',
  'error.PMT_BATCH_MISMATCH': 'This household batch was not built for this model',
  'error.PMT_OUTPUT_TOO_SHORT': 'The output must have room for at least {min} values',
  'pmt.gain.one': '+{points} point',
  'pmt.gain.other': '+{points} points',
  'pmt.line.choice': '{question}: {answer} {gain}',
  'pmt.line.assetsOnly': '{question}: only {answer} {gain}',
  'pmt.line.memberCount': 'Household members: {value} {gain}',
  'pmt.line.dependencyRatio': 'Children and elderly per working-age member: {value} {gain}',
  'pmt.line.childrenUnder15': 'Children under 15: {value} {gain}',
  'pmt.line.elderly60Plus': 'Members aged 60 or over: {value} {gain}',
  'pmt.line.disabledOrIll': 'Disabled or chronically ill members: {value} {gain}',
  'pmt.summary.not_poor':
    'Income of {income} baht per person per month is above the {cap}-baht cap, so the household is "{class}" (the score {score} does not decide it)',
  'pmt.summary.poor':
    'Income of {income} baht per person per month is within the {cap}-baht cap but the score {score} is not above the threshold {threshold}, so the household is "{class}"',
  'pmt.summary.extremely_poor':
    'Income of {income} baht per person per month is within the {cap}-baht cap and the score {score} is above the threshold {threshold}, so the household is "{class}"',
  'pmt.notice.demonstration': 'Computed with a demonstration model, not the official EEF weights',

  // ── calibration ──
  'error.CALIBRATION_NO_DATA': 'No households of region {region} to calibrate on',
  'error.CALIBRATION_SINGULAR':
    'The regression of region {region} cannot be solved: some answers are given by no household; use λ above 0',
  'error.CALIBRATION_FLAT_REGION':
    'In region {region} no answer predicts a lower income, so points cannot be scaled to 0–100',
  'error.CALIBRATION_BANDS':
    'Band bounds must hold at least one value, ascend strictly and start above {min}',
  'error.CALIBRATION_REVISIONS_DIFFER':
    'The two models score different form revisions ({a} and {b})',
  'calibration.label': 'PMT model calibrated on data (form revision {revision}, {date})',
  'calibration.provenance':
    'Calibrated on {date} from {households} households: per-region ridge regression (λ = {lambda}) of log income per person on the answers, coefficients turned into 0–100 points; {rule}',
  'calibration.rule.fixed': 'threshold {value} in every region',
  'calibration.rule.share':
    'per-region threshold with the top-scoring {percent}% of households above it',
  'calibration.rule.incomeLine':
    'per-region threshold that best separates households at or below {cap} baht per person per month',

  // ── money ──
  'error.UNKNOWN_LEVEL_GROUP': 'Unknown level group "{value}"',
  'error.UNKNOWN_POVERTY_CLASS': 'Unknown poverty class "{value}"',
  'error.UNKNOWN_RATIONING': 'Unknown rationing rule "{value}" (allowed: pro_rata, score_rank)',
  'error.TOP_UP_BANDS_NOT_ASCENDING':
    'A top-up band must start above the previous band ({previous})',
  'error.TOP_UP_DECREASING':
    'A higher top-up band must not pay less than the previous band ({previous} baht)',
  'error.SUPPORT_YEAR_IN_FUTURE':
    'Supported year {value} is after the academic year considered ({year})',
  'error.SCREENING_IN_FUTURE':
    'Last screening year {value} is after the academic year considered ({year})',
  'money.line.base': 'Rate for {levelEn}, {classEn}, term {term}: {baht} baht',
  'money.line.topUp': 'Equity top-up (poverty score {score} above {scoreAbove}): +{baht} baht',
  'money.line.reduction.pro_rata':
    'The budget covers {percent}% of entitlements, so every amount is reduced in proportion: −{baht} baht',
  'money.line.reduction.score_rank':
    'The budget pays in full from the highest poverty score down and ran out at rank {cutoff}; this student is rank {rank}: −{baht} baht',
  'money.window.in_year':
    'Already supported in academic year {year}; its other term is paid without a new decision ({used} of {max} years used)',
  'money.window.continuing':
    'Continuing grantee: the screening of academic year {screened} carries over without re-screening ({used} of {max} years used)',
  'money.window.screened':
    'Screened in academic year {year}: eligible according to that screening ({used} of {max} years used)',
  'money.window.needs_screening':
    'A household screening is needed before support in academic year {year} ({used} of {max} years used)',
  'money.window.window_spent': 'All {max} academic years of support have been used',

  // ── conditions ──
  'growth.bmi.severe_thinness': 'Severe thinness',
  'growth.bmi.thinness': 'Thinness',
  'growth.bmi.normal': 'Normal',
  'growth.bmi.overweight': 'Overweight',
  'growth.bmi.obesity': 'Obesity',
  'growth.height.severely_stunted': 'Severely stunted',
  'growth.height.stunted': 'Stunted',
  'growth.height.normal': 'Normal height',
  'error.GROWTH_BEFORE_BIRTH': 'The measurement date is before the birth date',
  'error.GROWTH_AGE_OUT_OF_RANGE':
    'Age {months} months is outside the WHO 2007 reference ({min}–{max} months)',
  'error.GROWTH_NOT_POSITIVE': 'The measured value must be greater than 0',
  'error.GROWTH_IMPLAUSIBLE_BMI_FOR_AGE':
    "BMI-for-age z-score {z} is outside WHO's plausible range ({min} to {max}); check the weight and height",
  'error.GROWTH_IMPLAUSIBLE_HEIGHT_FOR_AGE':
    "Height-for-age z-score {z} is outside WHO's plausible range ({min} to {max}); check the height and birth date",
  'error.GROWTH_IMPLAUSIBLE_WEIGHT_FOR_AGE':
    "Weight-for-age z-score {z} is outside WHO's plausible range ({min} to {max}); check the weight and birth date",
  'error.ATTENDANCE_THRESHOLD_PRECISION': 'The attendance threshold may have at most two decimals',
  'error.ATTENDANCE_EXCEEDS_SCHOOL_DAYS':
    'Days attended cannot exceed the {schoolDays} school days',
  'error.ATTENDANCE_PERIOD_REVERSED': 'The semester cannot end before it starts',
  'error.ATTENDANCE_DATE_OUTSIDE_PERIOD': 'Date {date} is outside the semester ({start} to {end})',
  'error.COMPLIANCE_GROWTH_INCONSISTENT':
    'The growth assessment contradicts itself: healthy growth does not match its concerns',
  'error.LADDER_CONFIG_ORDER':
    'Steps must come in order: case ≤ payment hold ≤ suspension (consecutive failing semesters)',
  'error.LADDER_STATE_INCONSISTENT': 'The follow-up state does not match its history',
  'error.LADDER_SEMESTER_OUT_OF_ORDER':
    'Cannot record an event for an earlier semester (the last event is in term {last})',
  'error.LADDER_ALREADY_EVALUATED':
    'Conditions are evaluated once per semester (last evaluated term {last})',
  'error.LADDER_NO_FAILURE': 'There is no failed condition to follow up',
  'error.LADDER_CASE_ALREADY_OPEN': 'A follow-up case is already open',
  'error.LADDER_NO_OPEN_CASE': 'No follow-up case is open',
  'error.LADDER_APPEAL_PENDING': 'An appeal is already pending',
  'error.LADDER_NO_APPEAL_PENDING': 'No appeal is pending',
  'attendance.meetsThreshold':
    'Attended {attended} of {schoolDays} school days ({percent}%), meeting the {threshold}% threshold',
  'attendance.belowThreshold':
    'Attended {attended} of {schoolDays} school days ({percent}%), below the {threshold}% threshold',
  'compliance.compliant': '{semester}: conditions met',
  'compliance.notCompliant':
    '{semester}: conditions not met — a signal for further help, not a penalty',
  'compliance.reason.ATTENDANCE_MISSING': 'No attendance was recorded for this semester',
  'compliance.reason.ATTENDANCE_BELOW_THRESHOLD':
    'Attended {attended} of {schoolDays} school days ({percent}%), below the {threshold}% threshold, which needs at least {required} days',
  'compliance.reason.GROWTH_NOT_MEASURED': 'Weight and height were not measured by the deadline',
  'compliance.reason.GROWTH_UNHEALTHY': 'Growth needs attention: {concerns}',
  'compliance.short.ATTENDANCE_MISSING': 'no attendance record',
  'compliance.short.ATTENDANCE_BELOW_THRESHOLD': 'attendance below threshold',
  'compliance.short.GROWTH_NOT_MEASURED': 'weight and height not measured',
  'compliance.short.GROWTH_UNHEALTHY': 'growth needs attention',
  'ladder.step.none': 'Nothing to follow up',
  'ladder.step.reason_recorded': 'Reason recorded',
  'ladder.step.case_open': 'Follow-up case open',
  'ladder.step.payment_held': 'Payment held while the case is open',
  'ladder.step.suspended': 'Payment suspended',
  'ladder.event.compliant': 'Conditions met',
  'ladder.event.failed': 'Conditions not met ({reasons})',
  'ladder.event.case_opened': 'Case opened: {action}',
  'ladder.event.case_action': 'Follow-up: {action}',
  'ladder.event.resolved': 'Case closed: resolved',
  'ladder.event.appeal_lodged': 'Appeal lodged',
  'ladder.event.appeal_upheld': 'Appeal upheld: the failure is set aside',
  'ladder.event.appeal_rejected': 'Appeal rejected',
  'ladder.action.home_visit': 'home visit',
  'ladder.action.referral': 'referral to a support service',
  'ladder.action.guardian_meeting': 'meeting with the guardian',
  'ladder.entry': '{semester} · {event} — {from} → {to}',

  // ── http ──
  'error.HTTP_NOT_FOUND': 'Nothing at {path}',
  'error.HTTP_INVALID_REQUEST': 'Invalid request: {detail}',
  'error.HTTP_URI_TOO_LONG': 'The address (URL) is too long; check the link',
  'error.HTTP_BAD_REQUEST': 'Bad request',
  'error.HTTP_INTERNAL': 'Something went wrong on our side; please try again',
  'error.CONFIG_PORT': 'PORT must be a port number 1–65535 (got "{value}")',
  'error.HTTP_NOT_READY': 'The service is not ready yet',

  // ── tracking ──
  'error.ROSTER_MIXED_SEMESTERS':
    'Every row of one roster must be of the same semester ({expectedEn})',
  'error.SEMESTERS_NOT_CONSECUTIVE':
    'The second roster must be of {expectedEn} (the semester after the first) but is of {actualEn}',
  'error.GRADE_WENT_DOWN': 'Grade went down from {fromEn} to {toEn}',
  'error.GRADE_CHANGED_MID_YEAR': 'Grade changed within the academic year from {fromEn} to {toEn}',
  'error.UNEXPECTED_GRADE':
    'Grade changed from {fromEn} to {toEn}, which is not the usual next grade',
  'tracking.movement.continuing': 'Continuing',
  'tracking.movement.promoted': 'Promoted',
  'tracking.movement.repeated': 'Repeated a grade',
  'tracking.movement.transferred': 'Transferred',
  'tracking.movement.transitioned': 'Moved on to the next level',
  'tracking.movement.graduated_left': 'Completed basic education',
  'tracking.movement.dropout_suspected': 'Suspected dropout',
  'tracking.movement.new': 'New',
  'tracking.explain.continuing': 'Continues in {toEn} at the same school ({toSchool})',
  'tracking.explain.promoted': 'Promoted from {fromEn} to {toEn} at the same school ({toSchool})',
  'tracking.explain.repeated':
    'In {toEn} (was {fromEn}) at the same school ({toSchool}), not promoted',
  'tracking.explain.transferred':
    'Moved from school {fromSchool} to school {toSchool} ({fromEn} → {toEn}); the grant follows the student',
  'tracking.explain.transitioned': 'Finished {fromEn} and went on to {toEn} at school {toSchool}',
  'tracking.explain.graduated_left':
    'Finished {fromEn} at the end of the academic year and is not on the next roster',
  'tracking.explain.dropout_suspected':
    'Not on the next roster without having finished the level ({fromEn}, school {fromSchool}); follow up',
  'tracking.explain.left_between_levels':
    'Finished {fromEn} but is not enrolled anywhere in the next academic year (school {fromSchool}); follow up so the student continues',
  'tracking.explain.new': 'New on the roster in {toEn} at school {toSchool}',

  // ── db: roster import and export ──
  'error.ROSTER_UNSUPPORTED_FILE': 'A roster file must be .csv or .xlsx (got "{value}")',
  'error.ROSTER_UNREADABLE': 'Cannot read the roster file: {reason}',
  'error.ROSTER_MISSING_COLUMN': 'The roster has no column {column}',
  'error.ROSTER_EMPTY': 'The roster has no data rows',
  'error.ROSTER_UNKNOWN_SEMESTER': 'Semester {value} is not in the database',
  'error.ROSTER_NO_IDENTITY':
    'Give the national ID or, for a student who has none, the school-issued G-code',
  'error.ROSTER_INVALID_DATE':
    'Invalid date (write dd/mm/yyyy in the Buddhist Era, e.g. 12/05/2555, or YYYY-MM-DD)',
  'error.ROSTER_BIRTH_DATE_RANGE': 'The birth date must be between {min} and {max}',
  'error.ROSTER_UNKNOWN_SCHOOL': 'Unknown school code "{value}"',
  'error.ROSTER_DUPLICATE_ROW': 'The same student is already on row {row} of this file',
  'error.ROSTER_IDENTITY_CONFLICT':
    'This G-code belongs to another person, who has a different national ID',
  'error.ROSTER_TOO_MANY_REJECTED':
    'File refused: {rejected} of {total} rows were rejected (more than {max} %), so nothing was imported; see the report {report}',
  'error.ROSTER_IMPORT_FAILED':
    'The import failed in the database ({reason}), so nothing was imported',
  'error.EXPORT_UNWRITABLE': 'Cannot write the export to {file}: {reason}',

  // ── db: configuration, connections, data-directory lock, keys ──
  'error.CONFIG_DATABASE_URL':
    'DATABASE_URL must be a PostgreSQL URL, e.g. postgres://user@host:5432/database',
  'error.CONFIG_DATA_KEY': 'ISEE_DATA_KEY must be a 32-byte key written in base64',
  'error.DATA_KEY_REQUIRED':
    'With PostgreSQL (DATABASE_URL), ISEE_DATA_KEY must be set so that every server uses the same encryption key',
  'error.DATA_KEY_FILE_INVALID': 'The key file {file} is not a 32-byte key in base64',
  'error.DATA_KEY_FILE_EXPOSED':
    'The key file {file} can be read by others (mode {mode}); restrict it with chmod 600 {file}',
  'error.DATA_DIR_UNAVAILABLE': 'Cannot use the data directory {dir}: {reason}',
  'error.DATA_DIR_LOCKED':
    'The data directory {dir} is in use by another iSEE process (pid {pid} on {host} since {since}); stop it first or use another ISEE_DATA_DIR',
  'error.DATABASE_UNAVAILABLE': 'Cannot open the database ({engine}): {reason}',
  'error.MIGRATION_FAILED': 'Database migration failed: {reason}',
  'error.NATIONAL_ID_UNREADABLE':
    'Cannot decrypt the national ID (the key is not the one it was encrypted with, or the data is damaged)',
  'error.SECRET_UNREADABLE':
    'Cannot decrypt the stored secret (the key is not the one it was encrypted with, or the data is damaged); ask the system administrator',

  // ── db: reference data ──
  'error.UNKNOWN_PROVINCE': 'Unknown province code "{value}" (a DOPA province code has 2 digits)',

  // ── db: synthetic nation (seed) ──
  'error.SEED_NOT_EMPTY':
    'The database already holds data (schools, people or a screening cycle), so no synthetic data is added to it: seed a new, empty database',

  // ── db: audit trail ──
  'error.AUDIT_PERSONAL_DATA':
    'The audit trail must not hold national IDs, G-codes or other personal data (a 13-digit number was found)',
  'error.AUDIT_UNSTORABLE_VALUE':
    'This value cannot be kept unchanged in the audit trail: only plain JSON (finite numbers, text without NUL or broken characters)',
  'error.AUDIT_NEEDS_READ_COMMITTED':
    'An audit row can be appended only in a READ COMMITTED transaction (this one is {isolation})',
  'error.AUDIT_ROW_EDITED':
    'Audit row {id} does not match its hash: it was changed after it was written',
  'error.AUDIT_ROW_UNLINKED':
    'Audit row {id} does not link to the row before it in its chain: a row was deleted, inserted, moved to another chain or rewritten',

  // ── server: access (accounts, sessions, roles) ──
  'error.AUTH_FAILED':
    'Wrong username or password, or the account is locked for {minutes} minutes after repeated failures',
  'error.AUTH_TOTP_REQUIRED': 'Enter the 6-digit code from your authenticator app',
  'error.AUTH_TOTP_UNAVAILABLE':
    'This account needs a one-time code, but this server cannot read its TOTP secret; ask the system administrator',
  'error.AUTH_REQUIRED': 'Please log in',
  'error.AUTH_FORBIDDEN': 'Your role does not allow this ({roles} only)',
  'error.AUTH_CSRF':
    'The request lacks the right X-CSRF-Token header; reload the page and try again',
  'error.AUTH_LOCKED':
    'The account is locked after repeated wrong passwords or PINs; try again in {minutes} minutes',
  'error.AUTH_PASSWORD_WRONG': 'The current password is wrong; enter the password you log in with',
  'error.AUTH_PIN_FORMAT': 'The signing PIN must be exactly {digits} digits',
  'error.AUTH_PIN_WEAK':
    'This PIN is too easy to guess (one digit repeated, or a run such as 123456); choose another',
  'error.AUTH_PIN_NOT_SET':
    'You have no signing PIN yet: set one under My account › Signing PIN (your password confirms it), then sign again',
  'error.AUTH_PIN_WRONG':
    'Wrong signing PIN; after repeated failures the account is locked for {minutes} minutes',
  'error.AUTH_TOTP_ENROLMENT_INVALID':
    'This authenticator enrolment has expired or is not valid; start again (confirm within {minutes} minutes)',
  'error.AUTH_TOTP_WRONG':
    'The 6-digit code does not match the secret; check the phone’s clock and enter the latest code from the app',
  'error.USER_NOT_FOUND': 'There is no user {userId}',
  'error.USER_USERNAME_TAKEN': 'The username "{username}" is taken; choose another',
  'error.USER_ROLE_SCOPE_MISMATCH':
    'The scope does not fit the role {role}: teachers, directors and certifiers take a school only; area officers a province, district or education service area (optionally an affiliation); affiliation officers an affiliation only; national roles and system admins no scope',
  'error.USER_SCOPE_UNKNOWN': '"{value}" is not in the reference data; check the code',
  'error.USER_ROLE_DUPLICATE': 'The user already has the role {role} with this scope',
  'error.USER_ROLE_NOT_FOUND': 'This user has no role assignment {assignmentId}',
  'error.USER_SELF_LOCKOUT':
    'You cannot deactivate your own account or remove your own system admin role; ask another system admin',
  'error.TEACHER_CLASS_NOT_SCHOOL_ADMIN':
    'Only the director (school admin) of school {schoolId} can assign its teachers’ classes',
  'error.TEACHER_NOT_FOUND': 'User {userId} is not a teacher of school {schoolId}',
  'error.TEACHER_CLASS_SEMESTER_UNKNOWN': 'There is no semester {semesterId}',
  'error.TEACHER_CLASS_GRADE_UNKNOWN': 'There is no grade "{grade}"',
  'error.TEACHER_CLASS_DUPLICATE':
    'This class repeats an earlier one (grade {grade}, room "{room}")',

  // ── server: logging ──
  'error.CONFIG_LOG_LEVEL': 'LOG_LEVEL must be one of {levels} (got "{value}")',

  // ── screening workflow ──
  'error.SCREENING_TRANSITION_INVALID':
    'A screening with status "{status}" cannot take the action "{action}" by your role',
  'error.SCREENING_NOT_FOUND': 'Screening {screeningId} does not exist or is outside your scope',
  'error.SCREENING_CONFLICT':
    'Screening {screeningId} changed on the server (version {version}) since the version you edited; compare them and choose which to keep',
  'error.SCREENING_STUDENT_NOT_IN_CLASS':
    "Student {studentId} is not in one of your classes in the screening cycle's semester",
  'error.SCREENING_STUDENT_ALREADY_SCREENED':
    'This student already has a screening in this cycle ({screeningId}); edit that one instead of starting another',
  'error.SCREENING_MOVED':
    'Screening {screeningId} belongs to another student or cycle than the one sent',
  'error.SCREENING_CYCLE_NOT_FOUND': 'Screening cycle {cycleId} does not exist',
  'error.SCREENING_REVISION_MISMATCH':
    'This cycle uses form revision {expected}, but the form sent is revision {actual}',
  'error.SCREENING_REASON_REQUIRED': 'Give the reason for returning it for correction',
  'error.SCREENING_PERSON_IN_OTHER_SCREENING':
    'The person at {path} is also in another screening of the same cycle ({screeningId}); please check',
  'error.SCREENING_PERSON_IN_OTHER_HOUSEHOLD':
    'The person at {path} is a member of another registered household (household {householdId}); please check',
  'error.CERTIFICATION_FAR_FROM_HOME':
    'Signed {km} km from the home (more than {max} km); please check',
  'error.SCREENING_VISIT_FAR_FROM_HOME':
    'The form was submitted {km} km from the home (more than {max} km): the visit may not have been at this home; please check',
  'error.SYNC_CURSOR_INVALID':
    'The sync cursor is not valid; sync everything again (send no cursor)',

  // ── server: evidence photos ──
  'error.PHOTO_TOO_LARGE': 'The photo has {bytes} bytes; at most {max} are accepted',
  'error.PHOTO_TYPE_UNKNOWN': 'Only JPEG, PNG and WebP photos are accepted',
  'error.PHOTO_TYPE_MISMATCH': 'The file is {actual} but was declared {declared}',
  'error.PHOTO_TOO_MANY_PIXELS': 'The photo has {pixels} pixels; at most {max} are accepted',
  'error.PHOTO_UNREADABLE': 'The photo cannot be read (a damaged or incomplete file)',
  'error.PHOTO_REUSED':
    "The same or a nearly identical photo is attached to another household's screening ({screeningId}): review it",
  'error.PHOTO_FAR_FROM_HOME':
    'The photo was taken {km} km from the home (more than {max} km): review it',
  'error.PHOTO_TIME_MISMATCH':
    'The photo was taken {days} days from the visit (more than {max} days): review it',
  'error.EVIDENCE_SCREENING_NOT_FOUND':
    'No screening {screeningId}, or it is outside your classes or scope',
  'error.UPLOAD_ID_FORMAT': 'The upload id must be a UUID made by the sending device',
  'error.UPLOAD_NOT_FOUND': 'No upload {uploadId} (never started, or cleaned up): start again',
  'error.UPLOAD_CONFLICT':
    'Upload {uploadId} was started with other details (screening, kind, source, type or length)',
  'error.UPLOAD_OFFSET_MISMATCH':
    'The chunk starts at byte {offset} but {current} bytes have arrived: resume from byte {current}',
  'error.UPLOAD_BEYOND_LENGTH': 'The chunk goes past the declared length of {length} bytes',
  'error.EVIDENCE_SCREENING_CLOSED':
    'Screening {screeningId} is {status}: photos can no longer be added. To add one, ask the certifier or the director to return the form for correction',
  'error.PHOTO_NOT_FOUND': 'No photo {photoId}, or it is outside your scope',
  'error.UPLOAD_CHUNK_TOO_LARGE':
    'A chunk may have at most {max} bytes: send the file in chunks of {chunk} bytes',
  'error.UPLOAD_CONTENT_TYPE':
    'Send chunks as raw bytes (Content-Type: application/offset+octet-stream)',
};
