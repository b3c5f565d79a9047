// The dev server's background jobs: one at a time, the newest waiting job replacing the others.
import { expect, test } from "vitest";
import { serialJobs } from "../../../src/dev/serial-jobs.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test("one job at a time; a job asked for while one waits replaces it; idle waits for both", async () => {
  const done: string[] = [];
  const jobs = serialJobs((error) => done.push(`error: ${error.message}`));
  const job = (name: string) => async () => {
    done.push(`${name} start`);
    await tick();
    done.push(`${name} end`);
  };
  jobs.run(job("a"));
  jobs.run(job("b"));
  jobs.run(job("c"));
  await jobs.idle();
  expect(done).toEqual(["a start", "a end", "c start", "c end"]);
});

test("a failed job is reported and the next one still runs", async () => {
  const done: string[] = [];
  const jobs = serialJobs((error) => done.push(`error: ${error.message}`));
  jobs.run(async () => {
    await tick();
    throw new Error("content problems");
  });
  jobs.run(async () => void done.push("next"));
  await jobs.idle();
  expect(done).toEqual(["error: content problems", "next"]);
});

test("idle resolves at once when nothing runs", async () => {
  await expect(serialJobs(() => {}).idle()).resolves.toBeUndefined();
});
