// The audit API as the web app reads it: the shared contract (src/contracts/audit.ts), types and lists
// only (TypeBox's runtime checks compile with `new Function`, which the page's CSP forbids).
export {
  type AccessReportActor,
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  AUDIT_PATHS,
  type AuditAction,
  type AuditEventItem,
  type AuditEventPage,
  type AuditOutcome,
  MAX_ACTIONS_PER_SEARCH,
  type PersonAccessReport,
} from '../../../contracts/audit';
