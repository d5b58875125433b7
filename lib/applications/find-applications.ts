// Reading applications for the Management API and the console.

import { AppError } from "@/lib/core/errors";
import { getDb } from "@/lib/db/client";
import { toApplicationView } from "./types";

export async function listApplications() {
  const rows = await getDb().application.findMany({ orderBy: { createdAt: "desc" } });
  return rows.map(toApplicationView);
}

/** Throws entity.not_found. */
export async function getApplication(id: string) {
  const row = await getDb().application.findUnique({ where: { id } });
  if (!row) throw new AppError("entity.not_found");
  return toApplicationView(row);
}
