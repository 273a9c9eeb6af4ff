// The access report's request and answer live with the web app's in src/contracts/audit.ts.
export {
  AccessReportActor,
  AccessReportParams,
  BreakGlassOpening,
  PersonAccessReport,
} from '../../../../contracts/audit.ts';
