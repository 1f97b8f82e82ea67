import { runContractSuite } from "./contract-suite.js";
import { contractFakes } from "./fakes.js";

for (const [label, makeFake] of contractFakes) runContractSuite(label, makeFake);
