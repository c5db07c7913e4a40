/* c8 ignore start */
import {parse, join, extname} from 'node:path';
import {readFile, writeFile} from 'node:fs/promises';
import {createHash} from 'node:crypto';
import errors from '@tryghost/errors';
import {slugify} from '@tryghost/string';
// Subtasks are created via task.newListr() instead of makeTaskRunner
import {fileTypeFromBuffer} from 'file-type';
import escapeStringRegexp from 'escape-string-regexp';
import AssetCache from './AssetCache.js';
import {needsConverting, convertImageBuffer, getFolderForMimeType, normalizePathSegment} from './utils.js';

import type {ListrTask} from 'listr2';
import type {
    FileCache,
    AssetScraperOptions,
    AssetScraperContext,
    RemoteMediaResponse,
    MediaData,
    Logger,
    GhostContentObject,
    SettingsItem,
    CustomThemeSettingsItem,
    NewsletterItem,
    DownloadResult,
    FailedDownload,
    AssetCacheEntry
} from './types.js';

const DEFAULT_BLOCKED_DOMAINS: (string | RegExp)[] = [
    'https://images.unsplash.com', // Unsplash
    'https://www.gravatar.com', // Gravatar
    new RegExp('^https?://([a-z0-9-]+\\.)?cdninstagram\\.com'), // Instagram CDN
    new RegExp('^https?://(www\\.)?instagram\\.com'), // Instagram website
    new RegExp('^https?://([a-z0-9-]+\\.)?([a-z]+\\.)?fbcdn\\.net'), // Facebook CDN
    new RegExp('^https?://(www\\.)?facebook\\.com'), // Facebook website
    new RegExp('^https?://([a-z0-9-]+\\.)?ytimg\\.com'), // YouTube images
    new RegExp('^https?://(www\\.)?(youtube\\.com|youtu\\.be)'), // YouTube website
    new RegExp('^https?://([a-z0-9-]+\\.)?twitter\\.com'), // Twitter website
    new RegExp('^https?://([a-z0-9-]+\\.)?x\\.com'), // Worse Twitter
    new RegExp('^https?://([a-z0-9-]+\\.)?twimg\\.com'), // Twitter images
    new RegExp('^https?://(www\\.)?amazon\\.[a-z]{2,}'), // Amazon website, across all locales
    new RegExp('^https?://([a-z]+\\.)?media-amazon\\.com'), // Amazon images
    new RegExp('^https?://(www\\.)?ebay\\.[a-z]{2,}'), // EBay website, across all locales
    new RegExp('^https?://i\\.ebayimg\\.com'), // EBay images
    new RegExp('^https?://(www\\.)?etsy\\.[a-z]{2,}'), // Etsy website, across all locales
    new RegExp('^https?://i\\.etsystatic\\.com') // Etsy images
];

export default class AssetScraper {
    #fileCache: FileCache;
    #findOnlyMode: boolean;
    #baseUrl: string | false;
    #defaultOptions: Required<Pick<AssetScraperOptions, 'optimize'>>;
    // eslint-disable-next-line no-unused-private-class-members -- assigned but not yet read
    #warnings: string[];
    // eslint-disable-next-line no-unused-private-class-members -- assigned but not yet read
    #logger: Logger | undefined;
    #allowedDomains: string[];
    #allowAllDomains: boolean;
    #blockedDomains: (string | RegExp)[];
    #assetCache: AssetCache;
    #processBase64Images: boolean;

    #settingsKeys: string[];
    #keys: Array<keyof GhostContentObject>;
    #ctx: AssetScraperContext;
    #jsonFilePath: string | undefined;
    #originalExport: Record<string, unknown> | undefined;
    #foundItems: string[];
    #failedDownloads: FailedDownload[];

    constructor(
        fileCache: FileCache,
        options: AssetScraperOptions = {},
        ctxOrJsonPath: AssetScraperContext | string = {}
    ) {
        this.#fileCache = fileCache;

        this.#defaultOptions = {
            optimize: options.optimize ?? true
        };

        // Set the  base URL, but also trim thr trailing slash
        this.#baseUrl = options.baseUrl ? options.baseUrl.replace(/\/$/, '') : false;
        this.#findOnlyMode = options?.findOnlyMode ?? false;
        this.#allowedDomains = options?.domains ?? [];
        this.#allowAllDomains = options?.allowAllDomains ?? false;

        if (this.#allowedDomains.length === 0 && !this.#allowAllDomains) {
            throw new errors.ValidationError({
                message: 'AssetScraper requires either `domains` or `allowAllDomains: true`'
            });
        }

        this.#blockedDomains = [...DEFAULT_BLOCKED_DOMAINS, ...(options?.blockedDomains ?? [])];
        this.#processBase64Images = options?.processBase64Images ?? false;

        if (typeof ctxOrJsonPath === 'string') {
            this.#jsonFilePath = ctxOrJsonPath;
            this.#ctx = {};
            this.#warnings = [];
        } else {
            this.#ctx = ctxOrJsonPath;
            this.#warnings = ctxOrJsonPath.warnings ? ctxOrJsonPath.warnings : [];
            this.#logger = ctxOrJsonPath.logger;
        }
        this.#settingsKeys = ['logo', 'cover_image', 'icon', 'og_image', 'twitter_image', 'portal_button_icon'];
        this.#keys = [
            'src',
            'feature_image',
            'profile_image',
            'cover_image',
            'header_image',
            'og_image',
            'twitter_image',
            'thumbnailSrc',
            'customThumbnailSrc',
            'productImageSrc'
        ];
        this.#foundItems = [];
        this.#failedDownloads = [];
        this.#assetCache = new AssetCache({
            fileCache: this.#fileCache
        });
    }

    async init() {
        await this.#assetCache.init();

        if (this.#jsonFilePath) {
            let fileContent: string;
            try {
                fileContent = await readFile(this.#jsonFilePath, 'utf-8');
            } catch (err) {
                throw new errors.InternalServerError({
                    message: `Failed to read Ghost export file: ${this.#jsonFilePath}`,
                    err: err instanceof Error ? err : undefined
                });
            }

            let ghostExport: Record<string, unknown>;
            try {
                ghostExport = JSON.parse(fileContent);
            } catch (err) {
                throw new errors.ValidationError({
                    message: `Failed to parse Ghost export file as JSON: ${this.#jsonFilePath}`,
                    err: err instanceof Error ? err : undefined
                });
            }

            // Support both { db: [{ data: {...} }] } and { data: {...} } formats
            const data = (ghostExport as any)?.db?.[0]?.data ?? (ghostExport as any)?.data;

            if (!data) {
                throw new errors.ValidationError({
                    message: 'Invalid Ghost export file: expected db[0].data or data structure'
                });
            }

            this.#originalExport = ghostExport;
            this.#ctx = data;
        }
    }

    async getRemoteMedia(requestURL: string): Promise<RemoteMediaResponse> {
        // Enforce http - http > https redirects are commonplace
        const updatedRequestURL = requestURL.replace(/^\/\//g, 'http://');

        // Encode to handle special characters in URLs
        const encodedRequestURL = encodeURI(updatedRequestURL);

        try {
            return await this.fetchWithCookies(updatedRequestURL);
        } catch {
            try {
                return await this.fetchWithCookies(encodedRequestURL);
            } catch (err: any) {
                throw new errors.InternalServerError({message: 'Failed to get remote media', err});
            }
        }
    }

    /**
     * Fetch a URL while persisting Set-Cookie headers across redirects.
     * Node's fetch with redirect:'follow' does not send cookies set by
     * intermediate redirects, which breaks cookie-gated hotlink protection
     * (e.g. WordPress "Media Permalink Lock" plugin).
     */
    private async fetchWithCookies(url: string): Promise<RemoteMediaResponse> {
        const cookies = new Map<string, string>();
        let currentUrl = url;

        for (let i = 0; i < 10; i++) {
            const headers: Record<string, string> = {};
            if (cookies.size > 0) {
                headers.cookie = Array.from(cookies.values()).join('; ');
            }

            const response = await fetch(currentUrl, {
                redirect: 'manual',
                signal: AbortSignal.timeout(60000),
                headers
            });

            // Persist cookies from Set-Cookie headers across redirects
            for (const setCookie of response.headers.getSetCookie()) {
                const nameValue = setCookie.split(';')[0].trim();
                const eqIndex = nameValue.indexOf('=');
                if (eqIndex > 0) {
                    cookies.set(nameValue.slice(0, eqIndex), nameValue);
                }
            }

            // Follow redirects manually
            if (response.status >= 300 && response.status < 400) {
                const location = response.headers.get('location');
                if (!location) {
                    break;
                }
                currentUrl = new URL(location, currentUrl).href;
                continue;
            }

            const arrayBuffer = await response.arrayBuffer();
            return {
                body: Buffer.from(arrayBuffer),
                headers: {
                    'content-type': response.headers.get('content-type') ?? undefined
                },
                statusCode: response.status
            };
        }

        throw new errors.InternalServerError({message: 'Too many redirects'});
    }

    async extractFileDataFromResponse(requestURL: string, response: RemoteMediaResponse): Promise<MediaData | null> {
        let extension: string | undefined;
        let fileMime: string | undefined;
        let body = response.body;

        // Attempt to get the file extension from the file itself
        try {
            const fileInfo = await fileTypeFromBuffer(body);
            if (fileInfo) {
                extension = fileInfo.ext;
                fileMime = fileInfo.mime;
            }
        } catch {
            // fileTypeFromBuffer threw — fall through to content-type/URL fallback below
        }

        // If fileTypeFromBuffer didn't detect the type, fall back to the content-type header and URL extension
        if (!extension || !fileMime) {
            const contentType = response.headers['content-type'];
            if (contentType) {
                fileMime = contentType.split(';')[0].trim();
            }

            const extensionFromPath = extname(new URL(requestURL).pathname)
                .replace(/^\./, '')
                .split(/[^a-z0-9]/i)
                .filter(Boolean)[0];
            if (extensionFromPath) {
                extension = extensionFromPath;
            }
        }

        // If mime is in array, it needs converting to a supported image format.
        if (fileMime && needsConverting.includes(fileMime)) {
            const converted = await convertImageBuffer(body, fileMime);
            body = converted.buffer;
            extension = converted.extension;
            fileMime = converted.mime;
        }

        if (!extension || !fileMime) {
            // console.log(`No file extension or mime found in response for file: ${requestURL}`);
            return null;
        }

        // const fileName = parse(requestURL).name + '.' + requestURL.split(/[#?]/)[0].split('.').pop().trim();
        const fileNameNoExt = parse(requestURL).name;

        // CASE: Query strings _can_ form part of the unique image URL, so rather that strip them include the in the file name
        // Then trim to last 248 chars (this will be more unique than the first 248), and trim leading & trailing dashes.
        // 248 is on the lower end of limits from various OSes and file systems
        const newFileName = slugify(parse(fileNameNoExt).base, {
            requiredChangesOnly: true
        })
            .slice(-248)
            .replace(/^-|-$/, '');

        return {
            fileBuffer: body,
            fileName: `${newFileName}.${extension}`,
            fileMime: fileMime,
            extension: `.${extension}`
        };
    }

    async resolveFileName(src: string, folder: string, newExtension?: string) {
        const assetUrl = new URL(src);

        // Decode percent-encoded values, but keep the original value when malformed.
        const decodeSegment = (segment: string): string => {
            try {
                return decodeURIComponent(segment);
            } catch {
                return segment;
            }
        };

        // Turn a pathname into normalized segments and expand nested encoded paths
        // (e.g. ".../https%3A%2F%2Fcdn.example.com%2Ffile.jpg" becomes multiple segments).
        const expandPathSegments = (pathname: string): string[] => {
            return pathname
                .split('/')
                .flatMap(segment => decodeSegment(segment).split('/'))
                .map(segment => segment.trim())
                .filter(Boolean);
        };

        // Split URL into directory segments + terminal file segment.
        const pathnameSegments = expandPathSegments(assetUrl.pathname);
        const rawFileSegment = pathnameSegments.pop() ?? 'file';
        const detectedExtension = extname(rawFileSegment) || extname(assetUrl.pathname);
        const fileExtension = newExtension ?? detectedExtension;
        const fileNameNoExt = detectedExtension ? rawFileSegment.slice(0, -detectedExtension.length) : rawFileSegment;

        // Build normalized directory path from hostname + pathname segments.
        const dirSegments = [assetUrl.host, ...pathnameSegments].map(normalizePathSegment).filter(Boolean);

        // Start filename with the normalized basename from the URL pathname.
        let normalizedFileNameBase = normalizePathSegment(fileNameNoExt);
        const fileNameParts: string[] = [];

        // Keep query params in the filename, and support path-like queries by treating
        // most query pieces as nested directories (preserving prior behavior).
        if (assetUrl.search) {
            const decodedSearch = decodeSegment(assetUrl.search.replace(/^\?/, ''));
            const searchLooksLikePath = decodedSearch.includes('/') && !decodedSearch.includes('=');

            if (searchLooksLikePath) {
                const querySegments = decodedSearch
                    .split('/')
                    .map(segment => segment.trim())
                    .filter(Boolean);

                const extensionNoDot = fileExtension.replace(/^\./, '').toLowerCase();
                if (extensionNoDot && querySegments[querySegments.length - 1]?.toLowerCase() === extensionNoDot) {
                    querySegments.pop();
                }

                if (querySegments.length > 0) {
                    const queryPathSegments = querySegments.slice(0, -1);
                    const queryFileSegment = querySegments[querySegments.length - 1];

                    // Preserve previous behavior where path-like query components become nested directories.
                    if (normalizedFileNameBase) {
                        dirSegments.push(normalizedFileNameBase);
                    }
                    dirSegments.push(...queryPathSegments.map(normalizePathSegment).filter(Boolean));

                    // The final query segment becomes the new filename base.
                    normalizedFileNameBase = normalizePathSegment(queryFileSegment);
                    fileNameParts.push(slugify(querySegments.join('/')));
                }
            } else {
                fileNameParts.push(slugify(decodedSearch));
            }
        }

        // Keep hash fragments as part of the file identity too.
        if (assetUrl.hash) {
            fileNameParts.push(slugify(decodeSegment(assetUrl.hash.replace(/^#/, ''))));
        }

        // Compose final filename + extension, then resolve collisions in FileCache.
        const fileName = [normalizedFileNameBase, ...fileNameParts].filter(Boolean).join('-');
        const theNewFileName = `${fileName}${fileExtension}`;

        const finalBasePath = join(...[...dirSegments, theNewFileName].filter(Boolean));

        // And now pass this to the file cache, which returns:
        // {
        //     filename: 'path/to/photo.jpg',
        //     storagePath: '/content/images/path/to/photo.jpg',
        //     outputPath: 'the-temp-dir/1234/abcd//content/images/path/to/photo.jpg'
        // }
        const assetFile = this.#fileCache.resolveFileName(finalBasePath, folder);

        return assetFile;
    }

    async storeMediaLocally(src: string, media: MediaData | null): Promise<string | null> {
        if (!media || !media.fileMime) {
            // console.log(`No file mime found for file: ${src}`);
            return null;
        }

        const folder = getFolderForMimeType(media.fileMime);

        if (!folder) {
            // console.log(`No storage folder found for file mime: ${media.fileMime}`);
            return null;
        }

        const assetFile = await this.resolveFileName(src, folder, media.extension);

        let imageOptions = Object.assign(assetFile, {optimize: this.#defaultOptions.optimize});

        let newLocal = await this.#fileCache.writeContentFile(media.fileBuffer, imageOptions);

        return newLocal;
    }

    async storeBase64MediaLocally(media: MediaData | null): Promise<string | null> {
        if (!media || !media.fileMime) {
            return null;
        }

        const folder = getFolderForMimeType(media.fileMime);

        if (!folder) {
            return null;
        }

        // For base64 images, use the filename directly without resolving URLs
        const imageOptions = {
            filename: media.fileName,
            outputPath: `/content/${folder}/${media.fileName}`,
            optimize: this.#defaultOptions.optimize
        };

        const newLocal = await this.#fileCache.writeContentFile(media.fileBuffer, imageOptions);

        return newLocal;
    }

    async replaceSrc(src: string, inlinedSrc: string, content: string): Promise<string> {
        if (inlinedSrc.startsWith('/content/')) {
            const theRealSrc = this.localizeSrc(inlinedSrc);
            content = content.replace(src, theRealSrc);
        } else {
            // Don't do anything yet
        }

        return content;
    }

    localizeSrc(src: string) {
        if (src.startsWith('/content/')) {
            src = join('__GHOST_URL__', src);
        }

        return src;
    }

    async downloadExtractSave(src: string, content: string): Promise<DownloadResult> {
        // Create a cache item, or find a existing item
        const cacheEntry = (await this.#assetCache.add(src)) as AssetCacheEntry;
        const {id: cacheId, localPath, skip} = cacheEntry;

        // Check the cache to see if we have a local src. If we do, use that to replace the found src
        if (localPath) {
            content = await this.replaceSrc(src, localPath, content);
            return {
                path: localPath,
                content
            };
        }

        // Check if this was previously attempted and failed
        if (skip) {
            // Don't try again, and don't add another failure record
            return {
                path: src,
                content
            };
        }

        try {
            // Get the file
            const response = await this.getRemoteMedia(src);

            if (!response) {
                // logging.warn(`Failed to download remote media: ${src}`);
                await this.#assetCache.update(cacheId, 'skip', 'no response');
                this.#failedDownloads.push({url: src, error: 'No response from server'});
                return {
                    path: src,
                    content
                };
            }

            // Update the cache with the status code (for fault-finding later on)
            await this.#assetCache.update(cacheId, 'status', response?.statusCode);

            const fileData = await this.extractFileDataFromResponse(src, response);

            // Store the file locally
            const filePath = await this.storeMediaLocally(src, fileData);
            if (!filePath) {
                await this.#assetCache.update(cacheId, 'skip', 'no storage found');
                this.#failedDownloads.push({url: src, error: 'Failed to store media locally'});
                // logging.warn(`Failed to store media locally: ${src}`);
                return {
                    path: src,
                    content
                };
            }

            // Store the local path in the cache
            await this.#assetCache.update(cacheId, 'localPath', filePath);

            return {
                path: filePath,
                content
            };
        } catch (error: any) {
            // Log the error and continue with other assets
            const errorMessage = error?.message || 'Unknown error';
            await this.#assetCache.update(cacheId, 'skip', errorMessage);
            this.#failedDownloads.push({url: src, error: errorMessage});

            // Return original src so the content remains valid
            return {
                path: src,
                content
            };
        }
    }

    async downloadExtractSaveBase64(dataUri: string, content: string): Promise<DownloadResult> {
        // Create a hash of the data URI to use as cache key
        const hash = createHash('md5').update(dataUri).digest('hex');
        const cacheKey = `base64-${hash}`;

        // Create a cache item, or find an existing item
        const cacheEntry = (await this.#assetCache.add(cacheKey)) as AssetCacheEntry;
        const {id: cacheId, localPath} = cacheEntry;

        // Check the cache to see if we have a local src. If we do, use that to replace the found src
        if (localPath) {
            content = await this.replaceSrc(dataUri, localPath, content);
            return {
                path: localPath,
                content
            };
        }

        // Extract file data from base64
        const fileData = await this.extractFileDataFromBase64(dataUri);

        if (!fileData) {
            await this.#assetCache.update(cacheId, 'skip', 'invalid base64 data');
            return {
                path: dataUri,
                content
            };
        }

        // Store the file locally without calling resolveFileName for base64
        const filePath = await this.storeBase64MediaLocally(fileData);
        if (!filePath) {
            await this.#assetCache.update(cacheId, 'skip', 'no storage found');
            return {
                path: dataUri,
                content
            };
        }

        // Store the local path in the cache
        await this.#assetCache.update(cacheId, 'localPath', filePath);

        // Replace the data URI with the local path
        content = await this.replaceSrc(dataUri, filePath, content);

        return {
            path: filePath,
            content
        };
    }

    async findMatchesInString(content: string): Promise<string[]> {
        if (this.#allowAllDomains) {
            return this.findAllUrlsExceptBlocked(content);
        }
        return this.findUrlsFromAllowedDomains(content);
    }

    private findUrlsFromAllowedDomains(content: string): string[] {
        const theMatches: string[] = [];

        for (const domain of this.#allowedDomains) {
            // NOTE: the src could end with a quote, apostrophe or double-backslash, comma, space, or ) - hence the termination symbols
            const srcTerminationSymbols = `("|\\)|'|(?=(?:,https?))| |<|\\\\|&quot;|$)`;
            const regex = new RegExp(`(${escapeStringRegexp(domain)}.*?)(${srcTerminationSymbols})`, 'igm');
            const matches = content.matchAll(regex);

            // Simplify the matches so we only get the result needed
            let matchesArray = Array.from(matches, (m: any) => m[1]);

            // Trim trailing commas from each match
            matchesArray = matchesArray.map(item => {
                return item.replace(/,$/, '');
            });

            theMatches.push(...matchesArray);
        }

        return theMatches;
    }

    private findAllUrlsExceptBlocked(content: string): string[] {
        // Match any http/https URL with same termination symbols as allowedDomains matching
        const srcTerminationSymbols = `("|\\)|'|(?=(?:,https?))| |<|\\\\|&quot;|$)`;
        const urlRegex = new RegExp(`(https?://[^\\s"'<>)\\\\,]+?)(${srcTerminationSymbols})`, 'igm');
        const matches = content.matchAll(urlRegex);

        let matchesArray = Array.from(matches, (m: any) => m[1]);

        // Trim trailing commas from each match
        matchesArray = matchesArray.map(item => {
            return item.replace(/,$/, '');
        });

        const noAllowedDomains = this.#allowedDomains.length === 0;
        const noCustomBlockedDomains = this.#blockedDomains.length === DEFAULT_BLOCKED_DOMAINS.length;
        const requireFileExtension = noAllowedDomains && noCustomBlockedDomains;

        return matchesArray.filter(url => {
            if (this.isBlockedDomain(url)) {
                return false;
            }

            if (requireFileExtension && !this.hasFileExtension(url)) {
                return false;
            }

            return true;
        });
    }

    private isBlockedDomain(url: string): boolean {
        if (this.#blockedDomains.length === 0) {
            return false;
        }

        for (const blocked of this.#blockedDomains) {
            if (blocked instanceof RegExp) {
                if (blocked.test(url)) {
                    return true;
                }
            } else {
                // Prefix match for plain URLs
                if (url.startsWith(blocked)) {
                    return true;
                }
            }
        }
        return false;
    }

    private hasFileExtension(url: string): boolean {
        try {
            const pathname = new URL(url).pathname;
            // Check if pathname ends with a file extension (e.g., .jpg, .png, .mp4)
            return /\.[a-z0-9]+$/i.test(pathname);
        } catch {
            return false;
        }
    }

    async findBase64ImagesInString(content: string): Promise<string[]> {
        const theMatches: string[] = [];

        // Match data URI scheme for images: data:image/[mime-type];base64,[base64-data]
        // Termination symbols similar to URL matching
        const base64Regex = /data:image\/[a-zA-Z0-9.+-]+;base64,[A-Za-z0-9+/=]+/gi;
        const matches = content.matchAll(base64Regex);

        // Extract the full data URI from each match
        for (const match of matches) {
            theMatches.push(match[0]);
        }

        return theMatches;
    }

    async extractFileDataFromBase64(dataUri: string): Promise<MediaData | null> {
        // Parse the data URI to extract mime type and base64 data
        const matches = dataUri.match(/^data:image\/([^;]+);base64,(.+)$/);

        if (!matches) {
            return null;
        }

        const mimeType = `image/${matches[1]}`;
        const base64Data = matches[2];

        // Decode base64 to buffer
        let body: Buffer = Buffer.from(base64Data, 'base64');

        // Generate a hash of the buffer for a consistent filename (for deduplication)
        const hash = createHash('md5').update(body).digest('hex');

        // Get file type from buffer
        let extension;
        let fileMime = mimeType;

        try {
            const fileInfo = await fileTypeFromBuffer(body);
            if (fileInfo) {
                extension = fileInfo.ext;
                fileMime = fileInfo.mime;
            }
        } catch {
            // Fallback to the mime from the data URI
            const mimeToExtMap: Record<string, string> = {
                'image/jpeg': 'jpg',
                'image/jpg': 'jpg',
                'image/png': 'png',
                'image/gif': 'gif',
                'image/webp': 'webp',
                'image/svg+xml': 'svg',
                'image/avif': 'avif',
                'image/heif': 'heif',
                'image/heic': 'heic',
                'image/tiff': 'tif'
            };
            extension = mimeToExtMap[mimeType] || 'jpg';
        }

        // If mime is in array, it needs converting to a supported image format
        if (needsConverting.includes(fileMime)) {
            const converted = await convertImageBuffer(body, fileMime);
            body = converted.buffer;
            extension = converted.extension;
            fileMime = converted.mime;
        }

        if (!extension || !fileMime) {
            return null;
        }

        // Use hash as filename for deduplication
        const fileName = `base64-${hash}.${extension}`;

        return {
            fileBuffer: body,
            fileName: fileName,
            fileMime: fileMime,
            extension: `.${extension}`
        };
    }

    async normalizeUrl(src: string): Promise<string> {
        // Replace the Ghost URL placeholder with the actual URL
        if (src.includes('__GHOST_URL__') && this.#baseUrl && typeof this.#baseUrl === 'string') {
            src = src.replace('__GHOST_URL__', this.#baseUrl);
        }

        // If UTL is like `//example.com`, add `https:` to the start
        if (src.startsWith('//')) {
            src = `https:${src}`;
        }

        // If URL is relative, add the base URL
        if (src.startsWith('/')) {
            src = `${this.#baseUrl}${src}`;
        }

        return src;
    }

    async inlineContent(content: string): Promise<string> {
        // Process base64 images first if enabled
        if (this.#processBase64Images) {
            const base64Matches = await this.findBase64ImagesInString(content);

            for (const dataUri of base64Matches) {
                // If in findOnlyMode, just push data URIs to an array and continue
                if (this.#findOnlyMode) {
                    this.#foundItems.push(dataUri);
                    continue;
                }

                const result = await this.downloadExtractSaveBase64(dataUri, content);
                content = result.content;
            }
        }

        // Then process domain-based images
        const matches = await this.findMatchesInString(content);

        for (const src of matches) {
            // If in findOnlyMode, just puch srcs to an array and continue
            if (this.#findOnlyMode) {
                this.#foundItems.push(src);
                continue;
            }

            const absoluteSrc = await this.normalizeUrl(src);

            // const result = await this.downloadExtractSave(src, content);
            const result = await this.downloadExtractSave(absoluteSrc, content);

            content = result.content;
            const filePath = result.path;

            // Replace the newly inlined src in the content
            content = await this.replaceSrc(src, filePath, content);
        }

        return content;
    }

    async inlinePostTagUserObject(post: GhostContentObject): Promise<void> {
        if (post.lexical) {
            post.lexical = await this.inlineContent(post.lexical);
        }

        if (post.html) {
            post.html = await this.inlineContent(post.html);
        }

        if (post.codeinjection_head) {
            post.codeinjection_head = await this.inlineContent(post.codeinjection_head);
        }

        if (post.codeinjection_foot) {
            post.codeinjection_foot = await this.inlineContent(post.codeinjection_foot);
        }

        for (const item of this.#keys) {
            const value = post[item];
            if (!value || typeof value !== 'string') {
                continue;
            }

            const absoluteSrc = await this.normalizeUrl(value);
            const newSrc = await this.downloadExtractSave(absoluteSrc, absoluteSrc);
            post[item] = this.localizeSrc(newSrc.path);
        }
    }

    /**
     * Process assets for a single object (post, tag, or author) using get/set methods.
     * The object is duck-typed — it needs get(field) and set(field, value).
     * Downloads and localizes images in content fields (html, lexical, codeinjection)
     * and image URL fields (feature_image, og_image, profile_image, etc.).
     * Fields not in the object's schema are silently skipped.
     */
    async processAssets(obj: {get(field: string): any; set(field: string, value: any): any}): Promise<void> {
        const contentFields = ['html', 'lexical', 'codeinjection_head', 'codeinjection_foot'];

        for (const field of contentFields) {
            let value: string | null;
            try {
                value = obj.get(field);
            } catch {
                continue;
            }
            if (value) {
                obj.set(field, await this.inlineContent(value));
            }
        }

        for (const key of this.#keys) {
            let value: string | null;
            try {
                value = obj.get(key);
            } catch {
                continue;
            }
            if (!value || typeof value !== 'string') {
                continue;
            }

            const absoluteSrc = await this.normalizeUrl(value);
            const newSrc = await this.downloadExtractSave(absoluteSrc, absoluteSrc);
            obj.set(key, this.localizeSrc(newSrc.path));
        }
    }

    async doSettingsObject(settings: SettingsItem[]): Promise<void> {
        for (const [index, {key, value}] of settings.entries()) {
            if (settings[index].key === 'codeinjection_head') {
                settings[index].value = await this.inlineContent(settings[index].value);
            }

            if (settings[index].key === 'codeinjection_foot') {
                settings[index].value = await this.inlineContent(settings[index].value);
            }

            if (!this.#settingsKeys.includes(key)) {
                continue;
            }

            const absoluteSrc = await this.normalizeUrl(value);
            const newSrc = await this.downloadExtractSave(absoluteSrc, absoluteSrc);
            settings[index].value = this.localizeSrc(newSrc.path);
        }
    }

    async doCustomThemeSettingsObject(settings: CustomThemeSettingsItem[]): Promise<void> {
        for (const [index, {type, value}] of settings.entries()) {
            if (type !== 'image' || !value) {
                continue;
            }
            const absoluteSrc = await this.normalizeUrl(value);
            const newSrc = await this.downloadExtractSave(absoluteSrc, absoluteSrc);
            settings[index].value = this.localizeSrc(newSrc.path);
        }
    }

    async doNewslettersObject(newsletters: NewsletterItem[]): Promise<void> {
        for (const newsletter of newsletters) {
            for (const item of this.#keys) {
                const value = newsletter[item as keyof NewsletterItem] as string | undefined;
                if (!value) {
                    continue;
                }

                const absoluteSrc = await this.normalizeUrl(value);
                const newSrc = await this.downloadExtractSave(absoluteSrc, absoluteSrc);
                (newsletter as Record<string, string>)[item] = this.localizeSrc(newSrc.path);
            }
        }
    }

    get foundItems() {
        return this.#foundItems;
    }

    get failedDownloads() {
        return this.#failedDownloads;
    }

    async writeUpdatedJson(outputPath?: string): Promise<string> {
        const filePath = outputPath ?? this.#jsonFilePath;

        if (!filePath) {
            throw new errors.ValidationError({
                message: 'No output path specified and no input JSON file to derive one from'
            });
        }

        if (!this.#originalExport) {
            throw new errors.InternalServerError({
                message: 'No Ghost export data available. Did you initialize with a JSON file?'
            });
        }

        // Write back in the same format as the input
        if ((this.#originalExport as any).db) {
            (this.#originalExport as any).db[0].data = this.#ctx;
        } else {
            (this.#originalExport as any).data = this.#ctx;
        }

        try {
            await writeFile(filePath, JSON.stringify(this.#originalExport, null, 4));
        } catch (err) {
            throw new errors.InternalServerError({
                message: `Failed to write updated Ghost export file: ${filePath}`,
                err: err instanceof Error ? err : undefined
            });
        }

        return filePath;
    }

    getTasks(): ListrTask[] {
        const tasks: ListrTask[] = [];

        const addSubTasks = (items: GhostContentObject[], type: string): ListrTask[] => {
            return items.map((item: GhostContentObject) => ({
                title: `Assets for ${type} ${item?.slug ?? item?.name ?? item.id ?? item.post_id}`,
                task: async () => {
                    try {
                        await this.inlinePostTagUserObject(item);
                    } catch (err) {
                        throw new errors.InternalServerError({
                            message: 'Failed to inline object',
                            err: err instanceof Error ? err : undefined
                        });
                    }
                }
            }));
        };

        // Posts
        const thePosts = this.#ctx?.posts ?? this.#ctx?.result?.data?.posts ?? [];
        tasks.push({
            title: `Posts`,
            task: (ctx: any, task: any) => {
                return task.newListr(addSubTasks(thePosts, 'posts'), {concurrent: 5});
            }
        });

        // Posts Meta
        const thePostMeta = this.#ctx?.posts_meta ?? this.#ctx?.result?.data?.posts_meta ?? [];
        tasks.push({
            title: `Posts Meta`,
            task: (ctx: any, task: any) => {
                return task.newListr(addSubTasks(thePostMeta, 'posts meta'), {concurrent: 5});
            }
        });

        // Tags
        const theTags = this.#ctx?.tags ?? this.#ctx?.result?.data?.tags ?? [];
        tasks.push({
            title: `Tags`,
            task: (ctx: any, task: any) => {
                return task.newListr(addSubTasks(theTags, 'tags'), {concurrent: 5});
            }
        });

        // Users
        const theUsers = this.#ctx?.users ?? this.#ctx?.result?.data?.users ?? [];
        tasks.push({
            title: `Users`,
            task: (ctx: any, task: any) => {
                return task.newListr(addSubTasks(theUsers, 'users'), {concurrent: 5});
            }
        });

        // Settings
        const theSettings = this.#ctx?.settings ?? this.#ctx?.result?.data?.settings ?? [];
        tasks.push({
            title: `Settings`,
            task: async () => {
                await this.doSettingsObject(theSettings);
            }
        });

        // Custom theme settings
        const customThemeSettings =
            this.#ctx?.custom_theme_settings ?? this.#ctx?.result?.data?.custom_theme_settings ?? [];
        tasks.push({
            title: `Custom theme settings`,
            task: async () => {
                await this.doCustomThemeSettingsObject(customThemeSettings);
            }
        });

        // Snippets
        const theSnippets = this.#ctx?.snippets ?? this.#ctx?.result?.data?.snippets ?? [];
        tasks.push({
            title: `Snippets`,
            task: (ctx: any, task: any) => {
                return task.newListr(addSubTasks(theSnippets, 'snippets'), {concurrent: 5});
            }
        });

        // Newsletters
        const theNewsletters = this.#ctx?.newsletters ?? this.#ctx?.result?.data?.newsletters ?? [];
        tasks.push({
            title: `Newsletters`,
            task: async () => {
                await this.doNewslettersObject(theNewsletters);
            }
        });

        return tasks;
    }
}
