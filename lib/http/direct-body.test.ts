import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { MAX_BODY_BYTES, readJson } from "./body";
import { answerBytes, directRequest } from "./direct-body";
import { route } from "./route";

const url = new URL("http://localhost:3000/api/experience/identification");
const schema = z.object({ username: z.string() });
const direct = (body?: string) =>
  directRequest(
    url,
    { method: "POST", headers: new Headers() },
    body ? Buffer.from(body) : undefined,
  );

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return "resolved";
}

describe("bodies the server read before the route ran", () => {
  it("reach readJson without a stream, parsed and validated as a streamed one is", async () => {
    const request = direct('{"username":"ada"}');
    expect(request.body).toBeNull();
    expect(await readJson(request, schema)).toEqual({ username: "ada" });
    expect(await codeOf(readJson(direct('{"username":1}'), schema))).toBe("guard.invalid_input");
    expect(await codeOf(readJson(direct("{"), schema))).toBe("guard.invalid_input");
  });

  it("are refused past the limit, as the server hands over a body cut one byte past it", async () => {
    const cut = "x".repeat(MAX_BODY_BYTES + 1);
    expect(await codeOf(readJson(direct(cut), schema))).toBe("guard.payload_too_large");
  });

  it("count as an empty body when none was sent", async () => {
    expect(await codeOf(readJson(direct(), schema))).toBe("guard.invalid_input");
    expect(await readJson(direct(), z.object({}))).toEqual({});
  });
});

describe("the route wrapper's JSON answers", () => {
  const echo = route({
    access: "public",
    input: schema,
    status: 201,
    handler: async ({ input }) => ({ hello: input.username }),
  });

  it("to a request the server built carry their text beside the response, not in a stream", async () => {
    const response = await echo(direct('{"username":"ada"}'));
    expect(response.status).toBe(201);
    expect(response.body).toBeNull();
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await answerBytes(response))?.toString()).toBe('{"hello":"ada"}');
  });

  it("to any other request are ordinary JSON responses, which the server reads from the stream", async () => {
    const request = new Request(url, { method: "POST", body: '{"username":"ada"}' });
    const response = await echo(request);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.clone().json()).toEqual({ hello: "ada" });
    expect((await answerBytes(response))?.toString()).toBe('{"hello":"ada"}');
    expect(await answerBytes(new Response(null, { status: 204 }))).toBeUndefined();
  });

  it("for an error are read from the stream, direct or not", async () => {
    const response = await echo(direct('{"username":7}'));
    expect(response.status).toBe(400);
    const text = (await answerBytes(response))?.toString() ?? "";
    expect(JSON.parse(text).code).toBe("guard.invalid_input");
  });
});
