// Bodies handed between the product's own server (node-bridge.ts) and the route wrapper
// (route.ts) as plain bytes and text, for the requests the server answers without Next. Under
// Next a route's request and answer carry their bodies as web streams; building and draining
// those costs about 35 µs of the JavaScript thread per request (measured: a JSON answer's stream
// 14–17 µs to make and 9 to read back, a request body's 10–13), and a sign-in is seven requests.
// A request made here has no body stream: the server has read the body already, and
// readJson (body.ts) takes it from here. The wrapper's JSON answer to such a request has no body
// stream either: its text is kept here, and the server writes it. Anything else (a route's own
// Response, an answer under Next) keeps its stream, and the server reads that as before.
// No Next.js import here: the server loads this before Next has set up its request storage.

/** The requests the server built, with the body it read (undefined: none was sent). */
const requestBodies = new WeakMap<Request, Buffer | undefined>();
/** The JSON text of answers made for those requests. */
const answerTexts = new WeakMap<Response, string>();

/** A request for a route, its body already read: what the server answers past Next. */
export function directRequest(
  url: URL,
  init: { method: string | undefined; headers: Headers },
  body: Buffer | undefined,
): Request {
  const request = new Request(url, init);
  requestBodies.set(request, body);
  return request;
}

/** Whether the server built this request: its body is here, and it writes an answer's kept text. */
export function isDirectRequest(request: Request): boolean {
  return requestBodies.has(request);
}

/** The body the server read for a request it built (undefined: none was sent). */
export function serverReadBody(request: Request): Buffer | undefined {
  return requestBodies.get(request);
}

/** Keeps a body-less answer's JSON text for the server to write. */
export function keepAnswerText<R extends Response>(response: R, text: string): R {
  answerTexts.set(response, text);
  return response;
}

/** The bytes to send: the kept text, or whatever the answer's stream holds. */
export async function answerBytes(response: Response): Promise<Buffer | undefined> {
  const text = answerTexts.get(response);
  if (text !== undefined) return Buffer.from(text);
  return response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
}
