// Reading applications for the Management API and the console.

import { AppError } from "@/lib/core/errors";
import { getDb } from "@/lib/db/client";
import { storable } from "@/lib/db/sql";
import { toApplicationView } from "./types";

export async function listApplications() {
  const rows = await getDb().application.findMany({ orderBy: { createdAt: "desc" } });
  return rows.map(toApplicationView);
}

/** Throws entity.not_found. */
export async function getApplication(id: string) {
  const row = storable(id) ? await getDb().application.findUnique({ where: { id } }) : null;
  if (!row) throw new AppError("entity.not_found");
  return toApplicationView(row);
}
