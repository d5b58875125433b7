// The enrollment prompt and the list of methods, as the preview draws them.
import {
  EnrollPromptScreen,
  FactorListScreen,
} from "@/components/experience/screens/EnrollScreens";
import { canSkip, enrollable } from "@/lib/preview/availability";
import { SAMPLE } from "@/lib/preview/sample";
import { noopVoid } from "../noop-actions";
import type { ViewProps } from "./types";

export function EnrollPromptView({ settings }: ViewProps) {
  return (
    <EnrollPromptScreen
      account={SAMPLE.account}
      skipAction={canSkip(settings) ? noopVoid : undefined}
    />
  );
}

export function FactorListView({ settings }: ViewProps) {
  return (
    <FactorListScreen
      enrollable={enrollable(settings)}
      required={!canSkip(settings)}
      startTotpAction={noopVoid}
      skipAction={canSkip(settings) ? noopVoid : undefined}
    />
  );
}
