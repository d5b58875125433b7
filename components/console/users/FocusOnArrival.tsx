"use client";
// Moves keyboard focus to a region when it appears (a confirmation opened by a link), so the
// next Tab lands on its buttons. Without JavaScript the link's #fragment scrolls it into view.
import { type ReactNode, useEffect, useRef } from "react";

export function FocusOnArrival({
  children,
  className,
  labelledBy,
}: {
  children: ReactNode;
  className?: string;
  labelledBy: string;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby={labelledBy} className={className}>
      {children}
    </section>
  );
}
