/**
 * CREATE_NOTICE_COMMAND: the server writes a new notice to disk itself, for clients whose workspace edits cannot
 * create files. The caller loads it at once (code is re-checked against it) rather than waiting for a file watcher the
 * client may not have.
 */
import * as path from "path";
import { MessageType, type Range } from "vscode-languageserver/node";
import { ConcurrentEditError, writeFileAtomic } from "../core/write-file";
import { LineIndex } from "../core/notice/loader";
import type { CreateNoticeArgs, CreateNoticeResult } from "./protocol";
import { pathToUri, type WorkspaceState } from "./workspace";

export interface CreateNoticeContext {
  state: WorkspaceState;
  /** The starter notice's text; undefined when the file already exists. */
  newNoticeText(noticeFile: string): string | undefined;
  /** A window/showMessage notification: show*Message helpers send showMessageRequest, and there is nothing to ask. */
  say(type: MessageType, message: string): void;
  /** The notice was written with this text. */
  loaded(noticeFile: string, text: string): void;
  /** Shows a range of a document in the editor; false when the client cannot (or did not). */
  reveal(uri: string, range: Range): Promise<boolean>;
}

export async function createNoticeFile(arg: unknown, ctx: CreateNoticeContext): Promise<CreateNoticeResult> {
  const { state, say } = ctx;
  const args = (arg ?? {}) as Partial<CreateNoticeArgs>;
  // Only the path this server proposes for a file of the workspace: the command must not become "write a file
  // anywhere".
  const noticeFile = typeof args.noticeFile === "string" ? path.resolve(args.noticeFile) : undefined;
  const file = typeof args.file === "string" ? path.resolve(args.file) : undefined;
  if (!noticeFile || !file || !(state.folderFor(file) || state.files.has(file)) || state.newNoticePathFor(file) !== noticeFile) {
    const reason = "the command needs the notice path privacy-lint proposed for a source file";
    say(MessageType.Error, `privacy-lint: cannot create the notice: ${reason}.`);
    return { created: false, reason };
  }
  const alreadyThere = (): CreateNoticeResult => {
    const reason = `${noticeFile} already exists; privacy-lint does not overwrite it`;
    say(MessageType.Warning, `privacy-lint: ${reason}.`);
    return { created: false, path: noticeFile, reason };
  };
  const text = ctx.newNoticeText(noticeFile);
  if (text === undefined) return alreadyThere();
  try {
    writeFileAtomic(noticeFile, text, undefined);
  } catch (err) {
    if (err instanceof ConcurrentEditError) return alreadyThere();
    const reason = `cannot write ${noticeFile}: ${(err as Error).message}`;
    say(MessageType.Error, `privacy-lint: ${reason}`);
    return { created: false, path: noticeFile, reason };
  }
  ctx.loaded(noticeFile, text);
  const shown = await ctx.reveal(pathToUri(noticeFile), new LineIndex(text).range(0, text.length));
  if (!shown) say(MessageType.Info, `privacy-lint: created ${noticeFile}; fill in its TODO placeholders (purposes, basis, retention).`);
  return { created: true, path: noticeFile };
}
