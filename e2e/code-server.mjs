// Starting code-server for one run: a throw-away profile (user data, extensions, config) under the
// run's temp folder, the .vsix installed into it, and the server on 127.0.0.1 without auth.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { freePort, runCommand, startGroup, waitForHttp } from "./processes.mjs";

export const EXTENSION_ID = "privacy-lint.privacy-lint";

/**
 * User settings that keep the workbench quiet and deterministic: no welcome page, tips, AI chat,
 * auto-save or git, so the Problems panel holds only what the fixture and the extension produce.
 * `trust` chooses how the folder opens: "trusted" (trust granted without a prompt) or "untrusted"
 * (workspace trust on, no prompt: the folder opens in restricted mode).
 */
function userSettings(trust) {
  return {
    "workbench.startupEditor": "none",
    "workbench.welcomePage.walkthroughs.openOnInstall": false,
    "workbench.tips.enabled": false,
    "workbench.enableExperiments": false,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
    "chat.disableAIFeatures": true,
    "telemetry.telemetryLevel": "off",
    "update.mode": "none",
    "extensions.autoCheckUpdates": false,
    "extensions.autoUpdate": false,
    "extensions.ignoreRecommendations": true,
    "files.autoSave": "off",
    "git.enabled": false,
    "editor.hover.delay": 200,
    "editor.minimap.enabled": false,
    "security.workspace.trust.enabled": trust === "untrusted",
    "security.workspace.trust.startupPrompt": "never",
    "security.workspace.trust.banner": "always",
  };
}

/** Creates the throw-away profile folders under dir. */
export function prepareProfile(dir, { trust }) {
  const profile = {
    dir,
    userDataDir: join(dir, "user-data"),
    extensionsDir: join(dir, "extensions"),
    configPath: join(dir, "config.yaml"),
    xdgConfig: join(dir, "xdg-config"),
    xdgData: join(dir, "xdg-data"),
  };
  for (const folder of [profile.userDataDir, profile.extensionsDir, profile.xdgConfig, profile.xdgData]) mkdirSync(folder, { recursive: true });
  mkdirSync(join(profile.userDataDir, "User"), { recursive: true });
  writeFileSync(join(profile.userDataDir, "User", "settings.json"), JSON.stringify(userSettings(trust), null, 2));
  // An explicit config file, so code-server never writes one (with a password) into the real home.
  writeFileSync(profile.configPath, "auth: none\ncert: false\n");
  return profile;
}

function codeServerEnv(installed, profile) {
  const env = { ...process.env, XDG_CONFIG_HOME: profile.xdgConfig, XDG_DATA_HOME: profile.xdgData };
  env.PATH = `${join(installed.nodeDir, "bin")}:${process.env.PATH}`;
  delete env.NODE_OPTIONS;
  delete env.VSCODE_IPC_HOOK_CLI; // when run from a VS Code terminal, the CLI would talk to that VS Code
  return env;
}

function profileArgs(profile) {
  return ["--config", profile.configPath, "--user-data-dir", profile.userDataDir, "--extensions-dir", profile.extensionsDir];
}

/** Installs the .vsix into the profile with code-server's own CLI and checks it is listed. */
export async function installExtension(installed, profile, vsixPath) {
  const env = codeServerEnv(installed, profile);
  await runCommand(installed.nodeBin, [installed.entry, ...profileArgs(profile), "--install-extension", vsixPath, "--force"], {
    env, timeoutMs: 3 * 60_000, label: "install-extension", quiet: true,
  });
  const listed = await runCommand(installed.nodeBin, [installed.entry, ...profileArgs(profile), "--list-extensions", "--show-versions"], {
    env, timeoutMs: 60_000, label: "list-extensions", quiet: true,
  });
  const line = listed.split("\n").find((l) => l.toLowerCase().startsWith(`${EXTENSION_ID}@`));
  if (!line) throw new Error(`the .vsix installed but ${EXTENSION_ID} is not listed; code-server listed:\n${listed}`);
  return line.trim();
}

/** Starts code-server on a free 127.0.0.1 port and waits until it answers. */
export async function startCodeServer(installed, profile, { logPath, timeoutMs = 60_000 }) {
  const port = await freePort();
  const args = [
    installed.entry, ...profileArgs(profile),
    "--auth", "none", "--bind-addr", `127.0.0.1:${port}`,
    "--disable-telemetry", "--disable-update-check",
    "--disable-getting-started-override", "--ignore-last-opened",
  ];
  const server = startGroup(installed.nodeBin, args, {
    env: codeServerEnv(installed, profile), logPath, label: "code-server",
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, { timeoutMs, process: server, logPath });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { ...server, port, url: `http://127.0.0.1:${port}` };
}
