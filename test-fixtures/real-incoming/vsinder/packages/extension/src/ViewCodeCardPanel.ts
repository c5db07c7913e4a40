import * as vscode from "vscode";
import { accessTokenKey, apiBaseUrl, refreshTokenKey } from "./constants";
import { flairMap, FlairProvider } from "./FlairProvider";
import { getNonce } from "./getNonce";
import { mutationNoErr } from "./mutation";
import { Util } from "./Util";

type UserInfo = {
  id: string;
  flair: string;
  displayName: string;
};

export class ViewCodeCardPanel {
  /**
   * Track the currently panel. Only allow a single panel to exist at a time.
   */
  public static currentPanel: ViewCodeCardPanel | undefined;

  public static readonly viewType = "view-code-card";

  private readonly _panel: vscode.WebviewPanel;
  private readonly _extensionUri: vscode.Uri;
  private _userInfo: UserInfo;
  private _disposables: vscode.Disposable[] = [];

  public static createOrShow(extensionUri: vscode.Uri, userInfo: UserInfo) {
    const column = vscode.window.activeTextEditor
      ? vscode.window.activeTextEditor.viewColumn
      : undefined;

    // If we already have a panel, show it.
    if (ViewCodeCardPanel.currentPanel) {
      ViewCodeCardPanel.currentPanel._panel.reveal(column);
      ViewCodeCardPanel.currentPanel._userInfo = userInfo;
      ViewCodeCardPanel.currentPanel._update();
      return;
    }

    // Otherwise, create a new panel.
    const panel = vscode.window.createWebviewPanel(
      ViewCodeCardPanel.viewType,
      "VSinder",
      column || vscode.ViewColumn.One,
      {
        // Enable javascript in the webview
        enableScripts: true,

        // And restrict the webview to only loading content from our extension's `media` directory.
        localResourceRoots: [
          vscode.Uri.joinPath(extensionUri, "media"),
          vscode.Uri.joinPath(extensionUri, "out/compiled"),
        ],
      }
    );

    ViewCodeCardPanel.currentPanel = new ViewCodeCardPanel(
      panel,
      extensionUri,
      userInfo
    );
  }

  public static kill() {
    ViewCodeCardPanel.currentPanel?.dispose();
    ViewCodeCardPanel.currentPanel = undefined;
  }

  public static revive(
    panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    userInfo: UserInfo
  ) {
    ViewCodeCardPanel.currentPanel = new ViewCodeCardPanel(
      panel,
      extensionUri,
      userInfo
    );
  }

  private constructor(
    panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    userInfo: UserInfo
  ) {
    this._panel = panel;
    this._extensionUri = extensionUri;
    this._userInfo = userInfo;

    // Set the webview's initial html content
    this._update();

    // Listen for when the panel is disposed
    // This happens when the user closes the panel or when the panel is closed programatically
    this._panel.onDidDispose(() => this.dispose(), null, this._disposables);

    // // Handle messages from the webview
    // this._panel.webview.onDidReceiveMessage(
    //   (message) => {
    //     switch (message.command) {
    //       case "alert":
    //         vscode.window.showErrorMessage(message.text);
    //         return;
    //     }
    //   },
    //   null,
    //   this._disposables
    // );
  }

  public dispose() {
    ViewCodeCardPanel.currentPanel = undefined;

    // Clean up our resources
    this._panel.dispose();

    while (this._disposables.length) {
      const x = this._disposables.pop();
      if (x) {
        x.dispose();
      }
    }
  }

  private async _update() {
    const webview = this._panel.webview;

    this._panel.webview.html = this._getHtmlForWebview(webview);
    webview.onDidReceiveMessage(async (data) => {
      switch (data.type) {
        case "report": {
          const message = await vscode.window.showInputBox({
            placeHolder: "why are you reporting this user?",
          });
          if (message) {
            await mutationNoErr(`/report`, { message, ...data.value });
            webview.postMessage({
              command: "report-done",
              data,
            });
            vscode.window.showInformationMessage("Thank you for reporting!");
          }
          break;
        }
        case "onInfo": {
          if (!data.value) {
            return;
          }
          vscode.window.showInformationMessage(data.value);
          break;
        }
        case "onError": {
          if (!data.value) {
            return;
          }
          vscode.window.showErrorMessage(data.value);
          break;
        }
        case "tokens": {
          await Util.globalState.update(accessTokenKey, data.accessToken);
          await Util.globalState.update(refreshTokenKey, data.refreshToken);
          break;
        }
      }
    });
  }

  private _getHtmlForWebview(webview: vscode.Webview) {
    // // And the uri we use to load this script in the webview
    const scriptUri = webview.asWebviewUri(
      vscode.Uri.joinPath(
        this._extensionUri,
        "out",
        "compiled/view-code-card.js"
      )
    );

    // Local path to css styles
    const styleResetPath = vscode.Uri.joinPath(
      this._extensionUri,
      "media",
      "reset.css"
    );
    const stylesPathMainPath = vscode.Uri.joinPath(
      this._extensionUri,
      "media",
      "vscode.css"
    );

    // Uri to load styles into webview
    const stylesResetUri = webview.asWebviewUri(styleResetPath);
    const stylesMainUri = webview.asWebviewUri(stylesPathMainPath);
    const cssUri = webview.asWebviewUri(
      vscode.Uri.joinPath(
        this._extensionUri,
        "out",
        "compiled/view-code-card.css"
      )
    );

    this._panel.title = this._userInfo.displayName;
    if (this._userInfo.flair in flairMap) {
      const both = vscode.Uri.parse(
        `https://flair.benawad.com/` +
          flairMap[this._userInfo.flair as keyof typeof flairMap]
      );
      this._panel.iconPath = {
        light: both,
        dark: both,
      };
    }

    // Use a nonce to only allow specific scripts to be run
    const nonce = getNonce();

    return `<!DOCTYPE html>
			<html lang="en">
			<head>
				<meta charset="UTF-8">
				<!--
					Use a content security policy to only allow loading images from https or from our extension directory,
					and only allow scripts that have a specific nonce.
        -->
        <meta http-equiv="Content-Security-Policy" content="default-src ${apiBaseUrl}; img-src https: data:; style-src 'unsafe-inline' ${
      webview.cspSource
    }; script-src 'nonce-${nonce}';">
				<meta name="viewport" content="width=device-width, initial-scale=1.0">
				<link href="${stylesResetUri}" rel="stylesheet">
				<link href="${stylesMainUri}" rel="stylesheet">
        <link href="${cssUri}" rel="stylesheet">
        <script nonce="${nonce}">
            const apiBaseUrl = ${JSON.stringify(apiBaseUrl)};
            const tsvscode = acquireVsCodeApi();
            let accessToken = ${JSON.stringify(Util.getAccessToken())};
            let refreshToken = ${JSON.stringify(Util.getRefreshToken())};
            let userId = ${JSON.stringify(this._userInfo.id)}
            ${FlairProvider.getJavascriptMapString()}
        </script>
			</head>
      <body>
			</body>
				<script nonce="${nonce}" src="${scriptUri}"></script>
			</html>`;
  }
}
