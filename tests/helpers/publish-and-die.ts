// Run in a child process by tests/unit/write/publish-output.test.ts: publish a tiny site labelled
// argv[4] to argv[2], and SIGKILL this process right after step argv[3], as `kill -9` or a power
// cut would: no catch, no finally, no cleanup runs.
import type { PublishStep } from "../../src/write/publish-output.ts";
import { publishTiny } from "./tiny-publish.ts";

const [out, crashAfter, label] = process.argv.slice(2) as [string, PublishStep, string];
publishTiny(out, label, {
  afterStep(step) {
    if (step === crashAfter) process.kill(process.pid, "SIGKILL");
  },
});
