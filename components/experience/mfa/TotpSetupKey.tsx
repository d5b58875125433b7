// The QR code and the setup key of a new authenticator-app secret. On a desktop the QR code
// leads and the key waits under "Can't scan the QR code?"; a phone cannot scan its own screen,
// so there the key comes first, open, and the QR code (for another device) follows.
import { ProductName } from "../../branding/ProductName";
import { buttonClasses } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { ChevronRightIcon } from "./icons";
import { SecretKey } from "./SecretKey";

export type TotpSetupKeyProps = {
  secret: string;
  qrCode: string;
  account: string;
  /** The otpauth:// URI: on a phone, one tap hands the account to the authenticator app. */
  uri?: string;
};

function Step({ n, children }: { n: number; children: React.ReactNode }) {
  return (
    <p className="flex items-start gap-2.5 text-sm font-medium text-slate-800">
      <span
        aria-hidden="true"
        className="flex size-5 shrink-0 items-center justify-center rounded-full bg-brand-fill text-xs font-semibold text-on-fill"
      >
        {n}
      </span>
      <span>{children}</span>
    </p>
  );
}

const summaryClasses = (extra: string) =>
  cx(
    "flex cursor-pointer list-none items-center gap-1.5 text-sm font-medium text-brand-700",
    "outline-none select-none hover:text-brand-800 focus-visible:ring-2 focus-visible:ring-brand-500",
    "[&::-webkit-details-marker]:hidden",
    extra,
  );

/** The disclosure's marker: points right when closed, down when open. */
const Chevron = () => (
  <ChevronRightIcon className="size-4 transition-transform group-open:rotate-90" />
);

export function TotpSetupKey({ secret, qrCode, account, uri }: TotpSetupKeyProps) {
  const qr = (
    <figure className="flex flex-col items-center gap-2">
      {/* biome-ignore lint/performance/noImgElement: a data: URL generated per request; next/image adds nothing */}
      <img
        src={qrCode}
        alt={`QR code to add ${account || "your account"} to an authenticator app`}
        width={176}
        height={176}
        // White whatever the page's colour scheme: scanners want dark modules on light.
        className="size-44 rounded-lg border border-slate-200 bg-[#fff] p-1.5 shadow-xs [image-rendering:pixelated]"
      />
      <figcaption className="text-xs text-slate-600">
        Your app lists it as{" "}
        <span className="font-medium text-slate-800" data-testid="totp-issuer">
          <ProductName />
        </span>
      </figcaption>
    </figure>
  );
  return (
    <div className="flex flex-col gap-4">
      {/* Phones: the key first, always open; the QR code below for scanning from another device. */}
      <div className="space-y-3 sm:hidden">
        <Step n={1}>In your authenticator app, add an account and enter this key</Step>
        <SecretKey secret={secret} />
        {uri ? (
          <a href={uri} className={buttonClasses("secondary", "md", true)}>
            Open in your authenticator app
          </a>
        ) : null}
        <details className="group rounded-lg border border-slate-200">
          <summary className={summaryClasses("w-full rounded-lg px-3.5 py-2.5")}>
            <Chevron />
            Show a QR code for another device
          </summary>
          <div className="px-3.5 pb-3.5">{qr}</div>
        </details>
      </div>
      {/* Larger screens: scan first; the key for those who cannot. */}
      <div className="hidden space-y-3 sm:block">
        <Step n={1}>Scan this QR code with your authenticator app</Step>
        {qr}
        <details className="group">
          <summary className={summaryClasses("mx-auto w-fit rounded-sm")}>
            <Chevron />
            Can't scan the QR code?
          </summary>
          <div className="mt-3 space-y-2">
            <p className="text-sm text-slate-600">Enter this key in your app instead:</p>
            <SecretKey secret={secret} />
          </div>
        </details>
      </div>
      <Step n={2}>Type the code the app shows</Step>
    </div>
  );
}
