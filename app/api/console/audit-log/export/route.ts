// GET /api/console/audit-log/export: the filtered audit log as a CSV download, for admins.
import { adminRoute } from "@/lib/api/route";
import { auditLogContracts } from "@/lib/audit-log/contracts";
import { exportAuditCsv } from "@/lib/audit-log/export-events";

export const GET = adminRoute(auditLogContracts.exportAuditLog, async ({ query }) => {
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(exportAuditCsv(query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${stamp}.csv"`,
    },
  });
});
