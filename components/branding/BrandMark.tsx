"use client";
// The product's mark on hosted pages: the uploaded logo when there is one, else Twofold's mark,
// with the product name beside it.
import { cx } from "../ui/cx";
import { Logo, type LogoSize } from "../ui/Logo";
import { useBranding } from "./BrandingProvider";

const heights: Record<LogoSize, string> = { sm: "h-6", md: "h-8", lg: "h-10" };
const words: Record<LogoSize, string> = { sm: "text-base", md: "text-lg", lg: "text-xl" };

export function BrandMark({ size = "md", className }: { size?: LogoSize; className?: string }) {
  const { productName, logoUrl } = useBranding();
  if (!logoUrl && productName === "Twofold") return <Logo size={size} className={className} />;
  return (
    <span className={cx("inline-flex min-w-0 items-center gap-2.5", className)}>
      {logoUrl ? (
        // biome-ignore lint/performance/noImgElement: an uploaded file of any size, served as is.
        <img
          src={logoUrl}
          alt=""
          className={cx("w-auto max-w-40 shrink-0 object-contain", heights[size])}
        />
      ) : (
        // The name beside it is the accessible name; the mark is decoration.
        <span aria-hidden="true" className="inline-flex">
          <Logo size={size} showWordmark={false} />
        </span>
      )}
      <span className={cx("truncate font-semibold tracking-tight text-slate-900", words[size])}>
        {productName}
      </span>
    </span>
  );
}
