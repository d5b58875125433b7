// What every preview view takes: the settings to draw for, and the sample QR code.
import type { PreviewSettings } from "@/lib/preview/protocol";

export type ViewProps = { settings: PreviewSettings; qrCode: string };
