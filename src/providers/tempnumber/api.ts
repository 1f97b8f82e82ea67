/**
 * The `{ success, data, meta }` envelope over the transport: a `success: false` body is an error even
 * inside a 200, and every other body must match the endpoint's schema.
 */
import * as z from "zod/mini";
import { lazy } from "../../core/lazy.js";
import type { RequestSpec, Transport } from "../../core/transport/http-client.js";
import { failureSchema } from "./wire.js";

/** The body as it came: the envelope is read below, once a failure is ruled out. */
const anyBody = /* @__PURE__ */ lazy(() => z.unknown());

export type CallSpec = Omit<RequestSpec<unknown>, "schema" | "as">;

export interface Api {
  readonly transport: Transport;
  call<T>(spec: CallSpec, schema: z.core.$ZodType<T>): Promise<T>;
}

export function createApi(transport: Transport): Api {
  return {
    transport,
    async call(spec, schema) {
      const body = await transport.request({ ...spec, schema: anyBody() });
      const failure = failureSchema().safeParse(body);
      if (failure.success) throw transport.fail(failure.data.message ?? `${spec.method} ${spec.path} failed`);
      return transport.read(schema, body, `unexpected reply to ${spec.method} ${spec.path}`);
    },
  };
}
