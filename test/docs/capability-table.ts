/** Renders the README's capability table from the adapters' declared capabilities. */
import type { Provider } from "../../src/core/provider.js";
import { fetchsms, juicysms, numariq, numpool, sandbox, tempnumber } from "../../src/index.js";

const DISPLAY: Record<string, string> = {
  numariq: "Numariq",
  numpool: "NumPool",
  juicysms: "JuicySMS v1",
  fetchsms: "FetchSMS",
  tempnumber: "Temp Number",
  sandbox: "Sandbox",
};

const FLAGS = [
  ["activations", "activations"],
  ["done", "done"],
  ["rentals", "rentals"],
  ["renew", "renew"],
  ["cancelRental", "cancel rental"],
  ["balance", "balance"],
  ["services", "services"],
  ["voice", "voice"],
  ["areaCode", "area code"],
  ["idempotency", "idempotency"],
] as const;

export function allProviders(): Provider[] {
  const apiKey = "doc-table-key";
  return [
    numariq({ apiKey }),
    numpool({ apiKey }),
    juicysms({ apiKey }),
    fetchsms({ apiKey }),
    tempnumber({ apiKey }),
    sandbox(),
  ];
}

export function renderCapabilityTable(providers: Provider[]): string {
  const header = ["provider", ...FLAGS.map(([, label]) => label), "countries", "rental days"];
  const rows = providers.map((p) => {
    const c = p.capabilities;
    return [
      DISPLAY[p.name] ?? p.name,
      ...FLAGS.map(([flag]) => (c[flag] ? "yes" : "—")),
      c.countries ? c.countries.join(", ") : "many",
      c.rentalDays.length ? c.rentalDays.join(", ") : "—",
    ];
  });
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
