/**
 * The custom parts of the privacy-lint protocol, shared by the server, the VS Code client and the tests.
 * Plain constants and types only (no runtime dependency), so the client bundle stays small.
 */

/** Server → client notification: the figures behind the client's status-bar item. */
export const STATUS_NOTIFICATION = "privacyLint/status";

export interface StatusParams {
  /** `scanning` while the initial workspace scan runs. */
  state: "scanning" | "ready" | "disabled";
  /** Open problems: error and warning diagnostics currently published (code and notices). */
  problems: number;
  /** Source files with cached findings. */
  files: number;
  /** Personal-data fields found (not suppressed, not exempt). */
  findings: number;
  /** Files scanned since the server started (a notice edit must not add to it: it re-checks cached findings). */
  scans: number;
}

/** Client → server request: the data map of the workspace (which fields collect what, and what the notice says). */
export const DATA_MAP_REQUEST = "privacyLint/dataMap";

export interface DataMapParams {
  /** `markdown` (default, with a Mermaid diagram), `html` (a self-contained page with an SVG diagram, for a webview), `json` (the structured map). */
  format?: "markdown" | "html" | "json";
}

export interface DataMapResult {
  format: "markdown" | "html" | "json";
  /** The rendered map (markdown, HTML or JSON text). */
  content: string;
}

/** Server command run after a declare/create fix is applied: reveals the inserted lines in the notice. */
export const REVEAL_COMMAND = "privacyLint.revealInNotice";

/**
 * Server command: apply one fix server-side (`workspace/applyEdit`), then reveal what it inserted. Its argument is
 * the `data` of a code action from this server (e.g. `{ fix: "declare", noticeFile, category, file }`).
 */
export const APPLY_FIX_COMMAND = "privacyLint.applyFix";

/**
 * Server command: create the notice on disk (atomically, never over an existing file), load it, then show it
 * (`window/showDocument`, else a message naming the path). Offered instead of a CreateFile edit to clients whose
 * workspace edits cannot create files (no `documentChanges` or no `create` resource operation), e.g. Neovim 0.7.
 */
export const CREATE_NOTICE_COMMAND = "privacyLint.createNotice";

export interface CreateNoticeArgs {
  /** Absolute path of the notice to create: the one the server proposes for `file`. */
  noticeFile: string;
  /** Absolute path of the source file the action was offered on. */
  file: string;
}

export interface CreateNoticeResult {
  created: boolean;
  /** The notice's path (created, or already there). */
  path?: string;
  /** Why nothing was created. */
  reason?: string;
}

/** Client command that opens the data map. */
export const SHOW_DATA_MAP_COMMAND = "privacyLint.showDataMap";

/** The code action kind of "fix all in file". */
export const FIX_ALL_KIND = "source.fixAll.privacyLint";

/** The settings section (VS Code `privacyLint.*`). */
export const SETTINGS_SECTION = "privacyLint";
