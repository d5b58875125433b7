"use client";
// The logo: what is set now, a file picker that uploads at once (the address is saved with the
// form), and Remove. The server checks the file; this only says what it answered.
import { useId, useRef, useState, useTransition } from "react";
import { Button } from "../../ui/Button";
import { ErrorIcon } from "../../ui/status-icons";
import type { LogoUploadResult } from "./form-model";

export type LogoFieldProps = {
  name: string;
  value: string;
  upload: (form: FormData) => Promise<LogoUploadResult>;
  onChange: (logoUrl: string) => void;
};

export function LogoField({ name, value, upload, onChange }: LogoFieldProps) {
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, startUpload] = useTransition();

  function onPick(picked: File | undefined) {
    if (!picked) return;
    const data = new FormData();
    data.set("logo", picked);
    startUpload(async () => {
      const result = await upload(data);
      if (result.status === "ok") {
        setError(null);
        onChange(result.logoUrl);
      } else {
        setError(result.message);
      }
      if (file.current) file.current.value = "";
    });
  }

  return (
    <div className="flex flex-col gap-1.5">
      <span id={`${id}-label`} className="text-sm font-medium text-slate-800">
        Logo
      </span>
      <input type="hidden" name={name} value={value} />
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex h-16 w-28 shrink-0 items-center justify-center rounded-lg border border-dashed border-slate-300 bg-slate-50 p-2">
          {value ? (
            // biome-ignore lint/performance/noImgElement: the uploaded file, served as is.
            <img src={value} alt="Current logo" className="max-h-full max-w-full object-contain" />
          ) : (
            <span className="text-xs text-slate-500">No logo</span>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <input
            ref={file}
            id={id}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/svg+xml"
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            className="sr-only"
            onChange={(event) => onPick(event.target.files?.[0])}
          />
          <Button
            type="button"
            variant="secondary"
            loading={uploading}
            onClick={() => file.current?.click()}
          >
            {value ? "Replace logo" : "Upload logo"}
          </Button>
          {value ? (
            <Button type="button" variant="ghost" onClick={() => onChange("")}>
              Remove
            </Button>
          ) : null}
        </div>
      </div>
      {error ? (
        <p
          id={`${id}-error`}
          role="alert"
          className="flex items-start gap-1.5 text-sm text-red-700"
        >
          <ErrorIcon className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        PNG, JPEG, WebP or SVG, up to 256 KiB. Shown beside the product name on every hosted page.
      </p>
    </div>
  );
}
