// The audit search's requests and answers live with the web app's in src/contracts/audit.ts.
export {
  AuditEventItem,
  AuditEventPage,
  AuditExportQuery,
  AuditSearchQuery,
  BreakGlassListQuery,
  MAX_ACTIONS_PER_SEARCH,
  SEARCH_LIMIT,
} from '../../../../contracts/audit.ts';
