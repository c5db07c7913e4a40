export type BookmarkAttrs = {
    jid: string;
    name?: string;
    autojoin?: boolean;
    nick?: string;
    password?: string;
    extensions: string[];
}
