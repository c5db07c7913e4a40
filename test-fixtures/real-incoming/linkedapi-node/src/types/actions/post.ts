import { TBaseActionParams, TLimitParams } from '../params';

export interface TPost {
  url: string;
  time: string;
  type: TPostType;
  activityUrn: string | null;
  author: TPostAuthor | null;
  reposter: TPostReposter | null;
  repostText: string | null;
  hashtags: ReadonlyArray<string>;
  mentions: ReadonlyArray<string>;
  externalLinks: ReadonlyArray<string>;
  text: string | null;
  images: ReadonlyArray<string> | null;
  documentSlides: ReadonlyArray<string>;
  hasVideo: boolean;
  videoThumbnail: string | null;
  hasPoll: boolean;
  reactionsCount: number;
  commentsCount: number;
  repostsCount: number;
  comments?: ReadonlyArray<TPostComment>;
  reactions?: ReadonlyArray<TPostReaction>;
}

export const POST_TYPE = {
  original: 'original',
  repost: 'repost',
} as const;
export type TPostType = (typeof POST_TYPE)[keyof typeof POST_TYPE];

export const POST_ACTOR_TYPE = {
  company: 'company',
  person: 'person',
} as const;
export type TPostActorType = (typeof POST_ACTOR_TYPE)[keyof typeof POST_ACTOR_TYPE];

export interface TPostPersonAuthor {
  type: typeof POST_ACTOR_TYPE.person;
  name: string | null;
  profileUrl: string | null;
  headline: string | null;
}

export interface TPostCompanyAuthor {
  type: typeof POST_ACTOR_TYPE.company;
  name: string | null;
  companyUrl: string | null;
}

export type TPostAuthor = TPostPersonAuthor | TPostCompanyAuthor;

export interface TPostPersonReposter {
  type: typeof POST_ACTOR_TYPE.person;
  name: string | null;
  profileUrl: string | null;
  headline: string | null;
}

export interface TPostCompanyReposter {
  type: typeof POST_ACTOR_TYPE.company;
  name: string | null;
  companyUrl: string | null;
}

export type TPostReposter = TPostPersonReposter | TPostCompanyReposter;

export interface TReaction {
  postUrl: string;
  time: string;
  reactionType: TReactionType;
}

export const REACTION_TYPE = {
  like: 'like',
  celebrate: 'celebrate',
  support: 'support',
  love: 'love',
  insightful: 'insightful',
  funny: 'funny',
} as const;
export type TReactionType = (typeof REACTION_TYPE)[keyof typeof REACTION_TYPE];

export interface TComment {
  postUrl: string;
  time: string;
  text: string | null;
  image: string | null;
  reactionsCount: number;
}

export interface TReactToPostParams extends TBaseActionParams {
  postUrl: string;
  type: TReactionType;
  companyUrl?: string;
}

export interface TCommentOnPostParams extends TBaseActionParams {
  postUrl: string;
  text: string;
  companyUrl?: string;
}

export const POST_COMMENTER_TYPE = {
  person: 'person',
  company: 'company',
} as const;
export type TPostCommenterType = (typeof POST_COMMENTER_TYPE)[keyof typeof POST_COMMENTER_TYPE];

export interface TPostComment {
  commenterUrl: string;
  commenterName: string;
  commenterHeadline: string;
  commenterType: TPostCommenterType;
  time: string;
  text: string | null;
  image: string | null;
  isReply: boolean;
  reactionsCount: number;
  repliesCount: number;
}

export const POST_ENGAGER_TYPE = {
  person: 'person',
  company: 'company',
} as const;
export type TPostEngagerType = (typeof POST_ENGAGER_TYPE)[keyof typeof POST_ENGAGER_TYPE];

export interface TPostReaction {
  engagerUrl: string;
  engagerName: string;
  engagerHeadline: string;
  engagerType: TPostEngagerType;
  type: TReactionType;
}

export const POST_COMMENTS_SORT = {
  mostRelevant: 'mostRelevant',
  mostRecent: 'mostRecent',
} as const;
export type TPostCommentsSort = (typeof POST_COMMENTS_SORT)[keyof typeof POST_COMMENTS_SORT];

export interface TPostCommentsRetrievalConfig extends TLimitParams {
  replies?: boolean;
  sort?: TPostCommentsSort;
}

export type TPostReactionsRetrievalConfig = TLimitParams;

export interface TBaseFetchPostParams extends TBaseActionParams {
  postUrl: string;
  retrieveComments?: boolean;
  retrieveReactions?: boolean;
}

export interface TBaseFetchPostParamsWide extends TBaseFetchPostParams {
  retrieveComments: true;
  retrieveReactions: true;
}

export type TFetchPostParams<T extends TBaseFetchPostParams = TBaseFetchPostParams> = T & {
  commentsRetrievalConfig?: T['retrieveComments'] extends true
    ? TPostCommentsRetrievalConfig | undefined
    : never;
  reactionsRetrievalConfig?: T['retrieveReactions'] extends true
    ? TPostReactionsRetrievalConfig | undefined
    : never;
};

export type TFetchPostResult = TPost;

export const ATTACHMENT_TYPE = {
  image: 'image',
  video: 'video',
  document: 'document',
} as const;
export type TAttachmentType = (typeof ATTACHMENT_TYPE)[keyof typeof ATTACHMENT_TYPE];

export interface TCreatePostAttachment {
  url: string;
  type: TAttachmentType;
  name?: string;
}

export interface TCreatePostParams extends TBaseActionParams {
  text: string;
  attachments?: ReadonlyArray<TCreatePostAttachment>;
  companyUrl?: string;
}

export interface TCreatePostResult {
  postUrl: string;
}
