// Print the wire-copy evaluation with each report's misses:
//   npx tsx tests/accuracy/print-wire-copy.ts [fixture folder, default tests/fixtures/wire-copy]
import path from "node:path";
import { evaluateWireCopy, report, WIRE_COPY } from "./wire-copy-evaluation.ts";

console.log(report(evaluateWireCopy(process.argv[2] ? path.resolve(process.argv[2]) : WIRE_COPY), true));
