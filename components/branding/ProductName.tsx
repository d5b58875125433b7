"use client";
// The product's name as text, for server-rendered copy inside a BrandingProvider.
import { useBranding } from "./BrandingProvider";

export function ProductName() {
  return <>{useBranding().productName}</>;
}
