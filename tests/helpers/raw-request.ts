// A request sent byte for byte as written (fetch and node:http normalise a path such as "/%" or
// "/..%2f"), for the servers' tests: the status line it is answered with.
import { connect } from "node:net";

/** The status line a server on 127.0.0.1:`port` answers `GET target` with; a server that never answers fails the test. */
export function statusLine(port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port });
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("data", (data: string) => (answer += data));
    // Not a measure of speed: only so that a hung connection fails the test instead of the run.
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${target}`)));
    socket.once("error", reject);
    socket.once("close", () => resolve(answer.split("\r\n")[0]!));
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}
