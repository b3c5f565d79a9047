// Eleventy's dev server (@11ty/eleventy-dev-server 2.x) listens on every interface and has no option
// to say where: this gives it one, `host` in setServerOptions, by replacing the one method of it
// that listens. Eleventy loads the same module (one copy in node_modules), so its server is changed.
import { createRequire } from "node:module";

interface DevServerInstance {
  options: { host?: string };
  server: { listen(options: { port: number; host?: string }): void };
}

interface DevServerClass {
  prototype: { _serverListen?: (this: DevServerInstance, port: number) => void };
}

const require = createRequire(import.meta.url);
let taught = false;

/** Make the dev server listen on its `host` option; call before Eleventy starts serving. */
export function teachDevServerHost(): void {
  if (taught) return;
  const { prototype } = require("@11ty/eleventy-dev-server") as DevServerClass;
  // A later version that listens some other way must not go back to every interface unnoticed.
  if (typeof prototype._serverListen !== "function") {
    throw new Error("@11ty/eleventy-dev-server has no _serverListen(port) any more: src/dev/listen-host.ts cannot choose where it listens.");
  }
  // Also what it calls for the next port when one is taken.
  prototype._serverListen = function (this: DevServerInstance, port: number) {
    this.server.listen({ port, host: this.options.host });
  };
  taught = true;
}
