// A hosted sign-in or MFA screen in preview mode, for the console's live preview. It reads no
// flow, no session and no database: sample data only, settings from `?settings=` and messages.
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { PreviewScreen } from "@/components/preview/PreviewScreen";
import { otpauthUri } from "@/lib/mfa/factors/totp/codes";
import { SAMPLE } from "@/lib/preview/sample";
import { decodeBranding, decodeSettings } from "@/lib/preview/schemas";
import { isPreviewScreen } from "@/lib/preview/screens";

type Props = {
  params: Promise<{ screen: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The sample secret never changes, so neither does its QR code: draw it once per server.
let sampleQr: Promise<string> | undefined;
function sampleQrCode(): Promise<string> {
  const uri = otpauthUri({ issuer: "Twofold", account: SAMPLE.account, secret: SAMPLE.totpSecret });
  sampleQr ??= QRCode.toDataURL(uri, { margin: 1, width: 240 });
  return sampleQr;
}

export default async function PreviewPage({ params, searchParams }: Props) {
  const { screen } = await params;
  if (!isPreviewScreen(screen)) notFound();
  const query = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return (
    <PreviewScreen
      screen={screen}
      initialSettings={decodeSettings(first(query.settings))}
      initialBranding={decodeBranding(first(query.branding))}
      qrCode={await sampleQrCode()}
    />
  );
}
