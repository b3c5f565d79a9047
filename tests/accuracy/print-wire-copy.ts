// Print the wire-copy evaluation with each report's misses: npx tsx tests/accuracy/print-wire-copy.ts
import { evaluateWireCopy, report } from "./wire-copy-evaluation.ts";

console.log(report(evaluateWireCopy(), true));
