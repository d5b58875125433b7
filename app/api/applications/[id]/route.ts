import { managementRoute } from "@/lib/api/route";
import { deleteApplication } from "@/lib/applications/delete-application";
import { getApplication } from "@/lib/applications/find-applications";
import { updateApplication } from "@/lib/applications/update-application";
import { contracts } from "@/lib/management/contracts";

export const GET = managementRoute(contracts.getApplication, async ({ params }) =>
  getApplication(params.id ?? ""),
);

export const PATCH = managementRoute(
  contracts.updateApplication,
  async ({ params, input, apiKey, meta }) =>
    updateApplication({
      id: params.id ?? "",
      changes: input,
      actor: { type: "api_key", id: apiKey.id },
      meta,
    }),
);

export const DELETE = managementRoute(
  contracts.deleteApplication,
  async ({ params, apiKey, meta }) => {
    await deleteApplication({
      id: params.id ?? "",
      actor: { type: "api_key", id: apiKey.id },
      meta,
    });
  },
);
