// Reads a JSON body with the 64 KiB limit and validates it against the route's schema.
import type { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/input";
import { isDirectRequest, serverReadBody } from "./direct-body";

export const MAX_BODY_BYTES = 64 * 1024;

async function readLimited(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("guard.payload_too_large");
  if (isDirectRequest(request)) {
    const body = serverReadBody(request);
    if (body && body.byteLength > MAX_BODY_BYTES) throw new AppError("guard.payload_too_large");
    return body ? body.toString("utf8") : "";
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new AppError("guard.payload_too_large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  const text = await readLimited(request);
  let value: unknown = {};
  if (text.trim() !== "") {
    try {
      value = JSON.parse(text);
    } catch {
      throw new AppError("guard.invalid_input", {
        issues: [{ path: "", message: "Malformed JSON" }],
      });
    }
  }
  return parseInput(schema, value);
}
