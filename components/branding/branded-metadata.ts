// Page titles on hosted pages end with the product's name: "Sign in · Acme".
import type { Metadata } from "next";
import { getSettings } from "@/lib/settings/store";

export async function brandedMetadata(): Promise<Metadata> {
  const { productName } = (await getSettings()).branding;
  return { title: { template: `%s · ${productName}`, default: productName } };
}
