/* eslint-disable ghost/filenames/match-exported-class */
import {DatabaseSync} from 'node:sqlite';

export interface SlugRename {
    oldSlug: string;
    newSlug: string;
    url: string;
}

/**
 * A value that was changed on its way into the database to satisfy Ghost's
 * schema — see MigrateBase.sanitize().
 */
export interface SanitizedField {
    /** Which context the value belongs to, e.g. "PostContext" */
    context: string;
    /** Slug of the post/tag/author the value belongs to, for locating it afterwards */
    slug: string;
    field: string;
    /** truncated: over Ghost's maximum length. trimmed: surrounding whitespace. replaced: rewritten to a valid value. */
    reason: 'truncated' | 'trimmed' | 'replaced';
    oldValue: string;
    newValue: string | null;
}

export interface DatabaseModels {
    db: DatabaseSync;
    stmts: PreparedStatements;
    tagCache: Map<string, {dbId: number; ghostId: string}>;
    authorCache: Map<string, {dbId: number; ghostId: string}>;
    slugRenames: SlugRename[];
    sanitizedFields: SanitizedField[];
    inTransaction: boolean;
}

export interface PreparedStatements {
    // Posts
    insertPost: ReturnType<DatabaseSync['prepare']>;
    updatePost: ReturnType<DatabaseSync['prepare']>;
    updatePostData: ReturnType<DatabaseSync['prepare']>;
    updatePostSlug: ReturnType<DatabaseSync['prepare']>;
    findPostById: ReturnType<DatabaseSync['prepare']>;
    findPostByLookupKey: ReturnType<DatabaseSync['prepare']>;
    findPostsBySlug: ReturnType<DatabaseSync['prepare']>;
    findRenamedPosts: ReturnType<DatabaseSync['prepare']>;
    slugExists: ReturnType<DatabaseSync['prepare']>;
    findPostsForConversion: ReturnType<DatabaseSync['prepare']>;
    countPosts: ReturnType<DatabaseSync['prepare']>;
    findAllPostsOrdered: ReturnType<DatabaseSync['prepare']>;
    findPostsPaginated: ReturnType<DatabaseSync['prepare']>;

    // Tags
    insertTag: ReturnType<DatabaseSync['prepare']>;
    updateTagById: ReturnType<DatabaseSync['prepare']>;
    findTagById: ReturnType<DatabaseSync['prepare']>;
    findTagBySlug: ReturnType<DatabaseSync['prepare']>;
    findTagByName: ReturnType<DatabaseSync['prepare']>;
    findTagsBySlug: ReturnType<DatabaseSync['prepare']>;
    findTagsByName: ReturnType<DatabaseSync['prepare']>;
    findAllTags: ReturnType<DatabaseSync['prepare']>;
    findUsedTags: ReturnType<DatabaseSync['prepare']>;
    findUsedTagIds: ReturnType<DatabaseSync['prepare']>;

    // Authors
    insertAuthor: ReturnType<DatabaseSync['prepare']>;
    updateAuthorById: ReturnType<DatabaseSync['prepare']>;
    findAuthorById: ReturnType<DatabaseSync['prepare']>;
    findAuthorBySlug: ReturnType<DatabaseSync['prepare']>;
    findAuthorByName: ReturnType<DatabaseSync['prepare']>;
    findAuthorByEmail: ReturnType<DatabaseSync['prepare']>;
    findAuthorsBySlug: ReturnType<DatabaseSync['prepare']>;
    findAuthorsByName: ReturnType<DatabaseSync['prepare']>;
    findAuthorsByEmail: ReturnType<DatabaseSync['prepare']>;
    findAllAuthors: ReturnType<DatabaseSync['prepare']>;
    findUsedAuthors: ReturnType<DatabaseSync['prepare']>;
    findUsedAuthorIds: ReturnType<DatabaseSync['prepare']>;

    // PostTag junction
    insertPostTag: ReturnType<DatabaseSync['prepare']>;
    deletePostTagsByPostId: ReturnType<DatabaseSync['prepare']>;
    findPostTagsByPostId: ReturnType<DatabaseSync['prepare']>;
    findPostTagsByTagId: ReturnType<DatabaseSync['prepare']>;

    // PostAuthor junction
    insertPostAuthor: ReturnType<DatabaseSync['prepare']>;
    deletePostAuthorsByPostId: ReturnType<DatabaseSync['prepare']>;
    findPostAuthorsByPostId: ReturnType<DatabaseSync['prepare']>;
    findPostAuthorsByAuthorId: ReturnType<DatabaseSync['prepare']>;

    // Links
    insertLink: ReturnType<DatabaseSync['prepare']>;
    findLink: ReturnType<DatabaseSync['prepare']>;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS Posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    data TEXT NOT NULL,
    source TEXT DEFAULT '{}',
    meta TEXT DEFAULT '{}',
    content_format TEXT DEFAULT 'html',
    lookup_key TEXT,
    ghost_id TEXT,
    created_at TEXT,
    updated_at TEXT,
    published_at TEXT,
    original_slug TEXT,
    slug TEXT,
    webscrape_data TEXT
);
CREATE INDEX IF NOT EXISTS idx_posts_lookup_key ON Posts(lookup_key);
CREATE INDEX IF NOT EXISTS idx_posts_created_at ON Posts(created_at);
CREATE INDEX IF NOT EXISTS idx_posts_published_at ON Posts(published_at);
CREATE INDEX IF NOT EXISTS idx_posts_slug ON Posts(slug);
CREATE INDEX IF NOT EXISTS idx_posts_original_slug ON Posts(original_slug);

CREATE TABLE IF NOT EXISTS Tags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    data TEXT NOT NULL,
    slug TEXT,
    name TEXT,
    ghost_id TEXT
);
CREATE INDEX IF NOT EXISTS idx_tags_slug ON Tags(slug);
CREATE INDEX IF NOT EXISTS idx_tags_name ON Tags(name);

CREATE TABLE IF NOT EXISTS Authors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    data TEXT NOT NULL,
    slug TEXT,
    name TEXT,
    email TEXT,
    ghost_id TEXT
);
CREATE INDEX IF NOT EXISTS idx_authors_slug ON Authors(slug);
CREATE INDEX IF NOT EXISTS idx_authors_name ON Authors(name);
CREATE INDEX IF NOT EXISTS idx_authors_email ON Authors(email);

CREATE TABLE IF NOT EXISTS PostTags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id INTEGER NOT NULL,
    tag_id INTEGER NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS idx_posttags_post_id ON PostTags(post_id);
CREATE INDEX IF NOT EXISTS idx_posttags_tag_id ON PostTags(tag_id);

CREATE TABLE IF NOT EXISTS PostAuthors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id INTEGER NOT NULL,
    author_id INTEGER NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS idx_postauthors_post_id ON PostAuthors(post_id);
CREATE INDEX IF NOT EXISTS idx_postauthors_author_id ON PostAuthors(author_id);

CREATE TABLE IF NOT EXISTS Links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    old_url TEXT NOT NULL,
    new_url TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_links_old_url ON Links(old_url);
`;

function prepareStatements(db: DatabaseSync): PreparedStatements {
    return {
        // Posts
        insertPost: db.prepare(
            'INSERT INTO Posts (data, source, meta, content_format, lookup_key, ghost_id, created_at, updated_at, published_at, original_slug, slug, webscrape_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
        ),
        updatePost: db.prepare(
            'UPDATE Posts SET data = ?, source = ?, meta = ?, content_format = ?, lookup_key = ?, ghost_id = ?, created_at = ?, updated_at = ?, published_at = ?, slug = ?, webscrape_data = ? WHERE id = ?'
        ),
        updatePostData: db.prepare('UPDATE Posts SET data = ? WHERE id = ?'),
        updatePostSlug: db.prepare('UPDATE Posts SET slug = ?, data = ? WHERE id = ?'),
        findPostById: db.prepare('SELECT * FROM Posts WHERE id = ?'),
        findPostByLookupKey: db.prepare('SELECT * FROM Posts WHERE lookup_key = ?'),
        findPostsBySlug: db.prepare('SELECT * FROM Posts WHERE slug = ? ORDER BY id ASC'),
        findRenamedPosts: db.prepare(
            'SELECT id, slug, original_slug, source, data FROM Posts WHERE original_slug IS NOT NULL AND original_slug <> slug ORDER BY id ASC'
        ),
        slugExists: db.prepare('SELECT 1 FROM Posts WHERE slug = ? LIMIT 1'),
        findPostsForConversion: db.prepare(
            'SELECT id, data, content_format FROM Posts ORDER BY id ASC LIMIT ? OFFSET ?'
        ),
        countPosts: db.prepare('SELECT COUNT(*) as count FROM Posts'),
        findAllPostsOrdered: db.prepare('SELECT * FROM Posts ORDER BY id ASC'),
        findPostsPaginated: db.prepare('SELECT * FROM Posts ORDER BY id ASC LIMIT ? OFFSET ?'),

        // Tags
        insertTag: db.prepare('INSERT INTO Tags (data, slug, name, ghost_id) VALUES (?, ?, ?, ?)'),
        updateTagById: db.prepare('UPDATE Tags SET data = ?, slug = ?, name = ?, ghost_id = ? WHERE id = ?'),
        findTagById: db.prepare('SELECT * FROM Tags WHERE id = ?'),
        findTagBySlug: db.prepare('SELECT * FROM Tags WHERE slug = ? LIMIT 1'),
        findTagByName: db.prepare('SELECT * FROM Tags WHERE name = ? LIMIT 1'),
        findTagsBySlug: db.prepare('SELECT * FROM Tags WHERE slug = ?'),
        findTagsByName: db.prepare('SELECT * FROM Tags WHERE name = ?'),
        findAllTags: db.prepare('SELECT * FROM Tags'),
        findUsedTags: db.prepare(
            'SELECT DISTINCT t.* FROM Tags t INNER JOIN PostTags pt ON t.id = pt.tag_id ORDER BY t.id ASC'
        ),
        findUsedTagIds: db.prepare(
            'SELECT DISTINCT t.id FROM Tags t INNER JOIN PostTags pt ON t.id = pt.tag_id ORDER BY t.id ASC'
        ),

        // Authors
        insertAuthor: db.prepare('INSERT INTO Authors (data, slug, name, email, ghost_id) VALUES (?, ?, ?, ?, ?)'),
        updateAuthorById: db.prepare(
            'UPDATE Authors SET data = ?, slug = ?, name = ?, email = ?, ghost_id = ? WHERE id = ?'
        ),
        findAuthorById: db.prepare('SELECT * FROM Authors WHERE id = ?'),
        findAuthorBySlug: db.prepare('SELECT * FROM Authors WHERE slug = ? LIMIT 1'),
        findAuthorByName: db.prepare('SELECT * FROM Authors WHERE name = ? LIMIT 1'),
        findAuthorByEmail: db.prepare('SELECT * FROM Authors WHERE email = ? LIMIT 1'),
        findAuthorsBySlug: db.prepare('SELECT * FROM Authors WHERE slug = ?'),
        findAuthorsByName: db.prepare('SELECT * FROM Authors WHERE name = ?'),
        findAuthorsByEmail: db.prepare('SELECT * FROM Authors WHERE email = ?'),
        findAllAuthors: db.prepare('SELECT * FROM Authors'),
        findUsedAuthors: db.prepare(
            'SELECT DISTINCT a.* FROM Authors a INNER JOIN PostAuthors pa ON a.id = pa.author_id ORDER BY a.id ASC'
        ),
        findUsedAuthorIds: db.prepare(
            'SELECT DISTINCT a.id FROM Authors a INNER JOIN PostAuthors pa ON a.id = pa.author_id ORDER BY a.id ASC'
        ),

        // PostTag junction
        insertPostTag: db.prepare('INSERT INTO PostTags (post_id, tag_id, sort_order) VALUES (?, ?, ?)'),
        deletePostTagsByPostId: db.prepare('DELETE FROM PostTags WHERE post_id = ?'),
        findPostTagsByPostId: db.prepare('SELECT * FROM PostTags WHERE post_id = ? ORDER BY sort_order ASC'),
        findPostTagsByTagId: db.prepare('SELECT * FROM PostTags WHERE tag_id = ?'),

        // PostAuthor junction
        insertPostAuthor: db.prepare('INSERT INTO PostAuthors (post_id, author_id, sort_order) VALUES (?, ?, ?)'),
        deletePostAuthorsByPostId: db.prepare('DELETE FROM PostAuthors WHERE post_id = ?'),
        findPostAuthorsByPostId: db.prepare('SELECT * FROM PostAuthors WHERE post_id = ? ORDER BY sort_order ASC'),
        findPostAuthorsByAuthorId: db.prepare('SELECT * FROM PostAuthors WHERE author_id = ?'),

        // Links
        insertLink: db.prepare('INSERT OR IGNORE INTO Links (old_url, new_url) VALUES (?, ?)'),
        findLink: db.prepare('SELECT new_url FROM Links WHERE old_url = ? LIMIT 1')
    };
}

export function createDatabase(dbPath: string): DatabaseModels {
    const db = new DatabaseSync(dbPath);

    db.exec('PRAGMA journal_mode = WAL;');
    db.exec('PRAGMA synchronous = NORMAL;');
    db.exec('PRAGMA cache_size = -64000;');
    db.exec('PRAGMA temp_store = MEMORY;');

    db.exec(SCHEMA);

    const stmts = prepareStatements(db);

    return {
        db,
        stmts,
        tagCache: new Map(),
        authorCache: new Map(),
        slugRenames: [],
        sanitizedFields: [],
        inTransaction: false
    };
}
