export {
  appendAudit,
  AUDIT_CHAINS,
  type AppendedAudit,
  type AuditEntry,
  type AuditExecutor,
  type SqlTransaction,
} from './append.js';
export {
  canonicalJson,
  chainHash,
  contentHash,
  GENESIS_HASH,
  type AuditDetails,
  type JsonValue,
} from './chain.js';
export {
  brokenChainIssue,
  verifyAudit,
  type AuditBreak,
  type AuditVerification,
} from './verify.js';
