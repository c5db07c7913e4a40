/**
 * The privacy-lint language server entry. Run it with `node dist/server.js --stdio` (or `--node-ipc`, as the VS Code
 * client does), or through the CLI: `privacy-lint lsp --stdio`.
 */
import { createConnection, ProposedFeatures, type Connection } from "vscode-languageserver/node";
import { enableCompileCache } from "./compile-cache";
import { runService, type PrivacyLintService } from "./lsp/service";

/**
 * Starts the server on a connection; by default one made from the process arguments (`--stdio`, `--node-ipc`,
 * `--socket=<port>`, `--pipe=<name>`), as vscode-languageserver reads them.
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): PrivacyLintService {
  // stdout is the protocol channel under --stdio: stray console.log output would corrupt it.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(" "));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(" "));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(" "));
  return runService(connection);
}

if (require.main === module) {
  enableCompileCache(); // before the scanner (and the compiler) load, which happens on the first scan
  startServer();
}
