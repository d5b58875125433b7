// A hosted sign-in or MFA screen in preview mode, for the console's live preview. It reads no
// flow, no session and no database: sample data only, the settings and branding from the URL
// (`?settings=`, `?branding=`), drawn on the server. The page runs no script and submits no form
// (its CSP, next.config.ts): the console shows other settings by loading another URL.
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { BrandingProvider } from "@/components/branding/BrandingProvider";
import { NotShown } from "@/components/preview/NotShown";
import { Screen } from "@/components/preview/screens";
import { otpauthUri } from "@/lib/mfa/factors/totp/codes";
import { availability } from "@/lib/preview/availability";
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
  const settings = decodeSettings(first(query.settings));
  const shown = availability(screen, settings);
  return (
    <BrandingProvider branding={decodeBranding(first(query.branding))}>
      <div data-preview-screen={screen}>
        {shown.shown ? (
          <Screen screen={screen} settings={settings} qrCode={await sampleQrCode()} />
        ) : (
          <NotShown reason={shown.reason} />
        )}
      </div>
    </BrandingProvider>
  );
}
