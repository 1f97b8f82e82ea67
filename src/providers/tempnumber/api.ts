/**
 * The `{ success, data, meta }` envelope over the transport: a `success: false` body is an error even
 * inside a 200, and every other body must match the endpoint's schema.
 */
import { z } from "zod";
import type { RequestSpec, Transport } from "../../core/transport/http-client.js";
import { failureSchema } from "./wire.js";

export type CallSpec = Omit<RequestSpec<unknown>, "schema" | "as">;

export interface Api {
  readonly transport: Transport;
  call<T>(spec: CallSpec, schema: z.ZodType<T>): Promise<T>;
}

export function createApi(transport: Transport): Api {
  return {
    transport,
    async call(spec, schema) {
      const body = await transport.request({ ...spec, schema: z.unknown() });
      const failure = failureSchema.safeParse(body);
      if (failure.success) throw transport.fail(failure.data.message ?? `${spec.method} ${spec.path} failed`);
      const parsed = schema.safeParse(body);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
      throw transport.badResponse(
        `unexpected reply to ${spec.method} ${spec.path}${where}: ${issue?.message ?? "invalid"}`,
        body,
      );
    },
  };
}

/** A path segment from a caller's id: encoded, so an id can never reach another endpoint. */
export function segment(id: string): string {
  return encodeURIComponent(id);
}
