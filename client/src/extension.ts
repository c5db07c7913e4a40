/**
 * The VS Code client: starts the bundled language server, forwards the `privacyLint.*` settings, shows the count of
 * open problems in the status bar and opens the data map (a webview of the server's HTML). Everything else happens in the server.
 */
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { DATA_MAP_REQUEST, SETTINGS_SECTION, SHOW_DATA_MAP_COMMAND, STATUS_NOTIFICATION, type DataMapResult, type StatusParams } from "../../server/src/lsp/protocol";

let client: LanguageClient | undefined;
let dataMapPanel: vscode.WebviewPanel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6010"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "typescript" },
      { scheme: "file", language: "typescriptreact" },
      { scheme: "file", language: "javascript" },
      { scheme: "file", language: "javascriptreact" },
      { scheme: "file", pattern: "**/*.prisma" },
      { scheme: "file", pattern: "**/privacy-notice.{yaml,yml}" },
    ],
    synchronize: { configurationSection: SETTINGS_SECTION },
    initializationOptions: { settings: vscode.workspace.getConfiguration().get(SETTINGS_SECTION) },
  };
  client = new LanguageClient("privacyLint", "privacy-lint", serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  status.command = SHOW_DATA_MAP_COMMAND;
  status.text = "$(shield) privacy-lint";
  status.tooltip = "privacy-lint: open the data map";
  status.show();
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_DATA_MAP_COMMAND, async () => {
      if (!client) return;
      // The server renders the whole page (inline SVG, no script, its own CSP): the webview only shows it.
      const map = await client.sendRequest<DataMapResult>(DATA_MAP_REQUEST, { format: "html" });
      if (!dataMapPanel) {
        dataMapPanel = vscode.window.createWebviewPanel("privacyLint.dataMap", "Data map", vscode.ViewColumn.Active, { enableScripts: false });
        dataMapPanel.onDidDispose(() => (dataMapPanel = undefined));
      }
      dataMapPanel.webview.html = map.content;
      dataMapPanel.reveal();
    }),
  );

  await client.start();
  context.subscriptions.push(
    client.onNotification(STATUS_NOTIFICATION, (s: StatusParams) => {
      if (s.state === "disabled") status.text = "$(shield) privacy-lint: off";
      else if (s.state === "scanning") status.text = "$(sync~spin) privacy-lint";
      else status.text = s.problems === 0 ? "$(shield) privacy-lint: no problems" : `$(shield) privacy-lint: ${s.problems} problem${s.problems === 1 ? "" : "s"}`;
      status.tooltip = `privacy-lint: ${s.findings} personal-data fields in ${s.files} files; ${s.problems} errors and warnings. Click for the data map.`;
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
