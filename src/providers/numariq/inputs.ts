/** Input checks shared by the activation and rental halves of the adapter. */
import { ValidationError } from "../../core/errors.js";
import { NUMARIQ_COUNTRY } from "./ids.js";

/** The client already checks countries; the adapter refuses too, for direct use. */
export function checkCountry(country: string | null): void {
  if (country !== null && country !== NUMARIQ_COUNTRY) {
    throw new ValidationError(`numariq sells ${NUMARIQ_COUNTRY} numbers only, not ${country}`, {
      provider: "numariq",
      field: "country",
      allowed: [NUMARIQ_COUNTRY],
    });
  }
}
