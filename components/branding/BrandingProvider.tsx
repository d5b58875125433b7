"use client";
// Puts a branding on everything inside: the accent and colour scheme as CSS (app/branding.css
// re-derives the palette from them) and the product name and logo for BrandMark.
import { type CSSProperties, createContext, type ReactNode, useContext } from "react";
import { readableOn } from "@/lib/branding/contrast";
import { DEFAULT_BRANDING } from "@/lib/branding/defaults";
import type { Branding } from "@/lib/branding/schemas";
import { cx } from "../ui/cx";

/** The dark scheme's card surface (app/branding.css --surface-dark), as #rrggbb. */
const DARK_SURFACE = "#161e2f";

const BrandingContext = createContext<Branding>(DEFAULT_BRANDING);

/** The branding of the page; the default outside a provider (console setup, error pages). */
export function useBranding(): Branding {
  return useContext(BrandingContext);
}

export type BrandingProviderProps = {
  branding: Branding;
  children: ReactNode;
  className?: string;
};

export function BrandingProvider({ branding, children, className }: BrandingProviderProps) {
  return (
    <BrandingContext.Provider value={branding}>
      <div
        data-theme={branding.darkMode}
        className={cx("branded min-h-dvh bg-slate-50 text-slate-900", className)}
        style={
          {
            "--brand-primary": branding.primaryColor,
            "--brand-on-dark": readableOn(branding.primaryColor, DARK_SURFACE),
          } as CSSProperties
        }
      >
        {children}
      </div>
    </BrandingContext.Provider>
  );
}
