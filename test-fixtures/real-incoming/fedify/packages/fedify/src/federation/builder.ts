import {
  assertPath,
  type Path,
  Router,
  RouterError,
} from "@fedify/uri-template";
import type {
  Activity,
  Actor,
  Hashtag,
  Like,
  Object,
  Recipient,
} from "@fedify/vocab";
import { getTypeId, Tombstone } from "@fedify/vocab";
import { getLogger } from "@logtape/logtape";
import type { Tracer } from "@opentelemetry/api";
import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import metadata from "../../deno.json" with { type: "json" };
import { ActivityListenerSet } from "./activity-listener.ts";
import type {
  ActorAliasMapper,
  ActorDispatcher,
  ActorHandleMapper,
  ActorKeyPairsDispatcher,
  AuthorizePredicate,
  CollectionCounter,
  CollectionCursor,
  CollectionDispatcher,
  CustomCollectionCounter,
  CustomCollectionCursor,
  CustomCollectionDispatcher,
  InboxErrorHandler,
  InboxListener,
  MediaUploaderCallback,
  NodeInfoDispatcher,
  ObjectAuthorizePredicate,
  ObjectDispatcher,
  OutboxListener,
  OutboxListenerErrorHandler,
  OutboxPermanentFailureHandler,
  SharedInboxKeyDispatcher,
  UnverifiedActivityHandler,
  WebFingerLinksDispatcher,
} from "./callback.ts";
import type {
  Context,
  InboxContext,
  OutboxContext,
  RequestContext,
} from "./context.ts";
import type {
  ActorCallbackSetters,
  CollectionCallbackSetters,
  ConstructorWithTypeId,
  CustomCollectionCallbackSetters,
  Federation,
  FederationBuilder,
  FederationOptions,
  IdempotencyKeyCallback,
  IdempotencyStrategy,
  InboxListenerSetters,
  MediaUploaderSetters,
  ObjectCallbackSetters,
  OutboxListenerSetters,
  Rfc6570Expression,
} from "./federation.ts";
import type {
  CollectionCallbacks,
  CustomCollectionCallbacks,
} from "./handler.ts";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import type {
  TaskDefinition,
  TaskDefinitionInternal,
  TaskDefinitionOptions,
  TaskHandler,
} from "./tasks/mod.ts";

export const ACTOR_ALIAS_PREFIX = "actorAlias:";

/**
 * Route options shared by every dispatcher whose path must expose exactly
 * one `{identifier}` variable bound to a single, non-empty value
 * for `setOutboxDispatcher/Listener()`.
 */
const identifierSingular = {
  exact: true,
  variables: {
    identifier: {
      operatables: [""],
    },
  },
} as const;

/**
 * Route options shared by every dispatcher whose path must expose
 * `{identifier}` and `{+identifier}` variables bound to the same single,
 * non-empty value for following setters:
 * - `setActorDispatcher()` (actor path)
 * - `setInboxDispatcher/Listener()` (inbox path)
 * - `setFollowingDispatcher()` (following path)
 * - `setFollowersDispatcher()` (followers path)
 * - `setLikedDispatcher()` (liked path)
 * - `setFeaturedDispatcher()` (featured path)
 * - `setFeaturedTagsDispatcher()` (featured tags path)
 */
const identifierSingularAllowPlus = {
  exact: true,
  variables: {
    identifier: {
      operatables: ["", "+"],
    },
  },
} as const;

export class FederationBuilderImpl<TContextData>
  implements FederationBuilder<TContextData> {
  router: Router;
  actorCallbacks?: ActorCallbacks<TContextData>;
  nodeInfoDispatcher?: NodeInfoDispatcher<TContextData>;
  webFingerLinksDispatcher?: WebFingerLinksDispatcher<TContextData>;
  objectCallbacks: Record<string, ObjectCallbacks<TContextData, string>>;
  objectTypeIds: Record<string, ConstructorWithTypeId<Object>>;
  inboxPath?: string;
  outboxPath?: string;
  inboxCallbacks?: CollectionCallbacks<
    Activity,
    RequestContext<TContextData>,
    TContextData,
    void
  >;
  outboxCallbacks?: CollectionCallbacks<
    Activity,
    RequestContext<TContextData>,
    TContextData,
    void
  >;
  followingCallbacks?: CollectionCallbacks<
    Actor | URL,
    RequestContext<TContextData>,
    TContextData,
    void
  >;
  followersCallbacks?: CollectionCallbacks<
    Recipient,
    Context<TContextData>,
    TContextData,
    URL
  >;
  likedCallbacks?: CollectionCallbacks<
    Like,
    RequestContext<TContextData>,
    TContextData,
    void
  >;
  featuredCallbacks?: CollectionCallbacks<
    Object,
    RequestContext<TContextData>,
    TContextData,
    void
  >;
  featuredTagsCallbacks?: CollectionCallbacks<
    Hashtag,
    RequestContext<TContextData>,
    TContextData,
    void
  >;
  inboxListeners?: ActivityListenerSet<InboxContext<TContextData>>;
  outboxListeners?: ActivityListenerSet<OutboxContext<TContextData>>;
  inboxErrorHandler?: InboxErrorHandler<TContextData>;
  outboxListenerErrorHandler?: OutboxListenerErrorHandler<TContextData>;
  outboxAuthorizePredicate?: AuthorizePredicate<TContextData>;
  mediaUploaderPath?: string;
  mediaUploaderCallback?: MediaUploaderCallback<TContextData>;
  mediaUploaderAuthorizePredicate?: AuthorizePredicate<TContextData>;
  sharedInboxKeyDispatcher?: SharedInboxKeyDispatcher<TContextData>;
  unverifiedActivityHandler?: UnverifiedActivityHandler<TContextData>;
  outboxPermanentFailureHandler?: OutboxPermanentFailureHandler<TContextData>;
  idempotencyStrategy?:
    | IdempotencyStrategy
    | IdempotencyKeyCallback<TContextData>;
  collectionTypeIds: Record<
    string | symbol,
    ConstructorWithTypeId<Object>
  >;
  collectionCallbacks: Record<
    string | symbol,
    CustomCollectionCallbacks<
      Object,
      string,
      RequestContext<TContextData>,
      TContextData
    >
  >;
  taskDefinitions: Map<string, TaskDefinitionInternal<TContextData>>;

  /**
   * Symbol registry for unique identification of unnamed symbols.
   */
  #symbolRegistry = new Map<symbol, string>();

  constructor() {
    this.router = new Router();
    this.objectCallbacks = {};
    this.objectTypeIds = {};
    this.collectionCallbacks = {};
    this.collectionTypeIds = {};
    this.taskDefinitions = new Map();
  }

  /**
   * Builds the federation object.
   * @param options Parameters for initializing the federation object.
   * @returns The federation object.
   * @throws {TypeError} If benchmark mode and `meterProvider` are both
   * specified.
   */
  async build(
    options: FederationOptions<TContextData>,
  ): Promise<Federation<TContextData>> {
    const { FederationImpl } = await import("./middleware.ts");
    const f = new FederationImpl(options);

    // In order to ensure `build()` can be called multiple times and
    // each instance does not share their state, we clone everything
    // that is mutable.  This includes the router and callbacks.

    // Assign the existing router instance but preserve the settings
    // Keep the original trailingSlashInsensitive configuration
    const trailingSlashInsensitiveValue = f.router.trailingSlashInsensitive;
    f.router = this.router.clone();
    f.router.trailingSlashInsensitive = trailingSlashInsensitiveValue;
    f._initializeRouter();

    f.actorCallbacks = this.actorCallbacks == null
      ? undefined
      : { ...this.actorCallbacks };
    f.nodeInfoDispatcher = this.nodeInfoDispatcher;
    f.webFingerLinksDispatcher = this.webFingerLinksDispatcher;
    f.objectCallbacks = { ...this.objectCallbacks };
    f.objectTypeIds = { ...this.objectTypeIds };
    f.collectionCallbacks = { ...this.collectionCallbacks };
    f.collectionTypeIds = { ...this.collectionTypeIds };
    f.inboxPath = this.inboxPath;
    f.outboxPath = this.outboxPath;
    f.inboxCallbacks = this.inboxCallbacks == null
      ? undefined
      : { ...this.inboxCallbacks };
    f.outboxCallbacks = this.outboxCallbacks == null
      ? undefined
      : { ...this.outboxCallbacks };
    f.followingCallbacks = this.followingCallbacks == null
      ? undefined
      : { ...this.followingCallbacks };
    f.followersCallbacks = this.followersCallbacks == null
      ? undefined
      : { ...this.followersCallbacks };
    f.likedCallbacks = this.likedCallbacks == null
      ? undefined
      : { ...this.likedCallbacks };
    f.featuredCallbacks = this.featuredCallbacks == null
      ? undefined
      : { ...this.featuredCallbacks };
    f.featuredTagsCallbacks = this.featuredTagsCallbacks == null
      ? undefined
      : { ...this.featuredTagsCallbacks };
    f.inboxListeners = this.inboxListeners?.clone();
    f.outboxListeners = this.outboxListeners?.clone();
    f.inboxErrorHandler = this.inboxErrorHandler;
    f.outboxListenerErrorHandler = this.outboxListenerErrorHandler;
    f.outboxAuthorizePredicate = this.outboxAuthorizePredicate;
    f.mediaUploaderPath = this.mediaUploaderPath;
    f.mediaUploaderCallback = this.mediaUploaderCallback;
    f.mediaUploaderAuthorizePredicate = this.mediaUploaderAuthorizePredicate;
    f.sharedInboxKeyDispatcher = this.sharedInboxKeyDispatcher;
    f.unverifiedActivityHandler = this.unverifiedActivityHandler;
    f.outboxPermanentFailureHandler = this.outboxPermanentFailureHandler;
    f.idempotencyStrategy = this.idempotencyStrategy;
    f.taskDefinitions = new Map(this.taskDefinitions);
    return f;
  }

  _getTracer(): Tracer {
    return trace.getTracer(metadata.name, metadata.version);
  }

  setActorDispatcher(
    path: `${string}{identifier}${string}`,
    dispatcher: ActorDispatcher<TContextData>,
  ): ActorCallbackSetters<TContextData> {
    if (this.router.has("actor")) {
      throw new RouterError("Actor dispatcher already set.");
    }
    assertPath(path);
    this.router.add(path, "actor", identifierSingularAllowPlus);
    const callbacks: ActorCallbacks<TContextData> = {
      dispatcher: async (context, identifier) => {
        const actor = await this._getTracer().startActiveSpan(
          "activitypub.dispatch_actor",
          {
            kind: SpanKind.SERVER,
            attributes: { "fedify.actor.identifier": identifier },
          },
          async (span) => {
            try {
              const actor = await dispatcher(context, identifier);
              span.setAttribute(
                "activitypub.actor.id",
                (actor?.id ?? context.getActorUri(identifier)).href,
              );
              if (actor == null) {
                span.setStatus({ code: SpanStatusCode.ERROR });
              } else {
                span.setAttribute(
                  "activitypub.actor.type",
                  getTypeId(actor).href,
                );
              }
              return actor;
            } catch (error) {
              span.setStatus({
                code: SpanStatusCode.ERROR,
                message: String(error),
              });
              throw error;
            } finally {
              span.end();
            }
          },
        );
        if (actor == null) return null;
        const logger = getLogger(["fedify", "federation", "actor"]);
        if (actor.id == null) {
          logger.warn(
            "Actor dispatcher returned an actor without an id property.  " +
              "Set the property with Context.getActorUri(identifier).",
          );
        } else if (actor.id.href != context.getActorUri(identifier).href) {
          logger.warn(
            "Actor dispatcher returned an actor with an id property that " +
              "does not match the actor URI.  Set the property with " +
              "Context.getActorUri(identifier).",
          );
        }
        if (actor instanceof Tombstone) return actor;
        if (
          this.followingCallbacks != null &&
          this.followingCallbacks.dispatcher != null
        ) {
          if (actor.followingId == null) {
            logger.warn(
              "You configured a following collection dispatcher, but the " +
                "actor does not have a following property.  Set the property " +
                "with Context.getFollowingUri(identifier).",
            );
          } else if (
            actor.followingId.href != context.getFollowingUri(identifier).href
          ) {
            logger.warn(
              "You configured a following collection dispatcher, but the " +
                "actor's following property does not match the following " +
                "collection URI.  Set the property with " +
                "Context.getFollowingUri(identifier).",
            );
          }
        }
        if (
          this.followersCallbacks != null &&
          this.followersCallbacks.dispatcher != null
        ) {
          if (actor.followersId == null) {
            logger.warn(
              "You configured a followers collection dispatcher, but the " +
                "actor does not have a followers property.  Set the property " +
                "with Context.getFollowersUri(identifier).",
            );
          } else if (
            actor.followersId.href != context.getFollowersUri(identifier).href
          ) {
            logger.warn(
              "You configured a followers collection dispatcher, but the " +
                "actor's followers property does not match the followers " +
                "collection URI.  Set the property with " +
                "Context.getFollowersUri(identifier).",
            );
          }
        }
        if (
          this.outboxCallbacks != null &&
          this.outboxCallbacks.dispatcher != null
        ) {
          if (actor?.outboxId == null) {
            logger.warn(
              "You configured an outbox collection dispatcher, but the " +
                "actor does not have an outbox property.  Set the property " +
                "with Context.getOutboxUri(identifier).",
            );
          } else if (
            actor.outboxId.href != context.getOutboxUri(identifier).href
          ) {
            logger.warn(
              "You configured an outbox collection dispatcher, but the " +
                "actor's outbox property does not match the outbox collection " +
                "URI.  Set the property with Context.getOutboxUri(identifier).",
            );
          }
        }
        if (
          this.likedCallbacks != null &&
          this.likedCallbacks.dispatcher != null
        ) {
          if (actor?.likedId == null) {
            logger.warn(
              "You configured a liked collection dispatcher, but the " +
                "actor does not have a liked property.  Set the property " +
                "with Context.getLikedUri(identifier).",
            );
          } else if (
            actor.likedId.href != context.getLikedUri(identifier).href
          ) {
            logger.warn(
              "You configured a liked collection dispatcher, but the " +
                "actor's liked property does not match the liked collection " +
                "URI.  Set the property with Context.getLikedUri(identifier).",
            );
          }
        }
        if (
          this.featuredCallbacks != null &&
          this.featuredCallbacks.dispatcher != null
        ) {
          if (actor?.featuredId == null) {
            logger.warn(
              "You configured a featured collection dispatcher, but the " +
                "actor does not have a featured property.  Set the property " +
                "with Context.getFeaturedUri(identifier).",
            );
          } else if (
            actor.featuredId.href != context.getFeaturedUri(identifier).href
          ) {
            logger.warn(
              "You configured a featured collection dispatcher, but the " +
                "actor's featured property does not match the featured collection " +
                "URI.  Set the property with Context.getFeaturedUri(identifier).",
            );
          }
        }
        if (
          this.featuredTagsCallbacks != null &&
          this.featuredTagsCallbacks.dispatcher != null
        ) {
          if (actor?.featuredTagsId == null) {
            logger.warn(
              "You configured a featured tags collection dispatcher, but the " +
                "actor does not have a featuredTags property.  Set the property " +
                "with Context.getFeaturedTagsUri(identifier).",
            );
          } else if (
            actor.featuredTagsId.href !=
              context.getFeaturedTagsUri(identifier).href
          ) {
            logger.warn(
              "You configured a featured tags collection dispatcher, but the " +
                "actor's featuredTags property does not match the featured tags " +
                "collection URI.  Set the property with " +
                "Context.getFeaturedTagsUri(identifier).",
            );
          }
        }
        if (this.router.has("inbox")) {
          if (actor.inboxId == null) {
            logger.warn(
              "You configured inbox listeners, but the actor does not " +
                "have an inbox property.  Set the property with " +
                "Context.getInboxUri(identifier).",
            );
          } else if (
            actor.inboxId.href != context.getInboxUri(identifier).href
          ) {
            logger.warn(
              "You configured inbox listeners, but the actor's inbox " +
                "property does not match the inbox URI.  Set the property " +
                "with Context.getInboxUri(identifier).",
            );
          }
          if (actor.endpoints == null || actor.endpoints.sharedInbox == null) {
            logger.warn(
              "You configured inbox listeners, but the actor does not have " +
                "a endpoints.sharedInbox property.  Set the property with " +
                "Context.getInboxUri().",
            );
          } else if (
            actor.endpoints.sharedInbox.href != context.getInboxUri().href
          ) {
            logger.warn(
              "You configured inbox listeners, but the actor's " +
                "endpoints.sharedInbox property does not match the shared inbox " +
                "URI.  Set the property with Context.getInboxUri().",
            );
          }
        }
        if (callbacks.keyPairsDispatcher != null) {
          if (actor.publicKeyId == null) {
            logger.warn(
              "You configured a key pairs dispatcher, but the actor does " +
                "not have a publicKey property.  Set the property with " +
                "Context.getActorKeyPairs(identifier).",
            );
          }
          if (actor.assertionMethodId == null) {
            logger.warn(
              "You configured a key pairs dispatcher, but the actor does " +
                "not have an assertionMethod property.  Set the property " +
                "with Context.getActorKeyPairs(identifier).",
            );
          }
        }
        if (this.mediaUploaderCallback != null) {
          if (actor.endpoints == null || actor.endpoints.uploadMedia == null) {
            logger.warn(
              "You configured a media uploader, but the actor does not have " +
                "a endpoints.uploadMedia property.  Set the property with " +
                "Context.getMediaUploaderUri(identifier).",
            );
          } else if (
            actor.endpoints.uploadMedia.href !=
              context.getMediaUploaderUri(identifier).href
          ) {
            logger.warn(
              "You configured a media uploader, but the actor's " +
                "endpoints.uploadMedia property does not match the media " +
                "upload endpoint URI.  Set the property with " +
                "Context.getMediaUploaderUri(identifier).",
            );
          }
        }
        return actor;
      },
    };
    this.actorCallbacks = callbacks;
    const setters: ActorCallbackSetters<TContextData> = {
      setKeyPairsDispatcher: (
        dispatcher: ActorKeyPairsDispatcher<TContextData>,
      ) => {
        callbacks.keyPairsDispatcher = (ctx, identifier) =>
          this._getTracer().startActiveSpan(
            "activitypub.dispatch_actor_key_pairs",
            {
              kind: SpanKind.SERVER,
              attributes: {
                "activitypub.actor.id": ctx.getActorUri(identifier).href,
                "fedify.actor.identifier": identifier,
              },
            },
            async (span) => {
              try {
                return await dispatcher(ctx, identifier);
              } catch (e) {
                span.setStatus({
                  code: SpanStatusCode.ERROR,
                  message: String(e),
                });
                throw e;
              } finally {
                span.end();
              }
            },
          );
        return setters;
      },
      mapHandle(mapper: ActorHandleMapper<TContextData>) {
        callbacks.handleMapper = mapper;
        return setters;
      },
      mapAlias(mapper: ActorAliasMapper<TContextData>) {
        callbacks.aliasMapper = mapper;
        return setters;
      },
      mapActorAlias: (path: Path, identifier: string) => {
        if (identifier === "") {
          throw new RouterError("Identifier cannot be empty.");
        }
        if (this.router.has(`${ACTOR_ALIAS_PREFIX}${identifier}`)) {
          throw new RouterError(
            `Actor alias for "${identifier}" already set.`,
          );
        }
        const variables = Router.variables(path);
        if (variables.size > 0) {
          throw new RouterError(
            "Path for actor alias must have no variables.",
          );
        }
        const existingRoute = this.router.route(path);
        if (existingRoute != null) {
          throw new RouterError(
            `Actor alias path "${path}" conflicts with existing route "${existingRoute.name}".`,
          );
        }
        this.router.add(path, `${ACTOR_ALIAS_PREFIX}${identifier}`);
        return setters;
      },
      authorize(predicate: AuthorizePredicate<TContextData>) {
        callbacks.authorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  setNodeInfoDispatcher(
    path: string,
    dispatcher: NodeInfoDispatcher<TContextData>,
  ): void {
    if (this.router.has("nodeInfo")) {
      throw new RouterError("NodeInfo dispatcher already set.");
    }
    const variables = Router.variables(path as Path);
    if (variables.size !== 0) {
      throw new RouterError(
        "Path for NodeInfo dispatcher must have no variables.",
      );
    }
    this.router.add(path as Path, "nodeInfo");
    this.nodeInfoDispatcher = dispatcher;
  }

  setWebFingerLinksDispatcher(
    dispatcher: WebFingerLinksDispatcher<TContextData>,
  ): void {
    this.webFingerLinksDispatcher = dispatcher;
  }

  defineTask<TSchema extends StandardSchemaV1>(
    name: string,
    options: TaskDefinitionOptions<TContextData, TSchema>,
  ): TaskDefinition<TContextData, StandardSchemaV1.InferOutput<TSchema>> {
    if (this.taskDefinitions.has(name)) {
      throw new TypeError(`Task ${JSON.stringify(name)} is already defined.`);
    }
    const handle: TaskDefinition<
      TContextData,
      StandardSchemaV1.InferOutput<TSchema>
    > = { name, schema: options.schema };
    this.taskDefinitions.set(name, {
      name,
      schema: options.schema,
      handle,
      handler: options.handler as TaskHandler<TContextData, unknown>,
      onError: options
        .onError as TaskDefinitionInternal<TContextData>["onError"],
      retryPolicy: options.retryPolicy,
      queue: options.queue,
    });
    return handle;
  }

  /**
   * The RFC 6570 template-literal `path` overloads were removed for
   * type-checking efficiency, so the URI variable types can no longer be
   * inferred from `path` (now typed as a plain `string`); to use them, specify
   * the variable name through the `TParam` generic argument.
   */
  setObjectDispatcher<TObject extends Object, TParam extends string>(
    cls: ConstructorWithTypeId<TObject>,
    path: string,
    dispatcher: ObjectDispatcher<TContextData, TObject, TParam>,
  ): ObjectCallbackSetters<TContextData, TObject, TParam> {
    const routeName = `object:${cls.typeId.href}`;
    if (this.router.has(routeName)) {
      throw new RouterError(`Object dispatcher for ${cls.name} already set.`);
    }
    assertPath(path);
    const variables = Router.variables(path);
    this.router.add(path, routeName);
    const callbacks: ObjectCallbacks<TContextData, TParam> = {
      dispatcher: (ctx, values) => {
        const tracer = this._getTracer();
        return tracer.startActiveSpan(
          "activitypub.dispatch_object",
          {
            kind: SpanKind.SERVER,
            attributes: {
              "fedify.object.type": cls.typeId.href,
              ...globalThis.Object.fromEntries(
                globalThis.Object.entries(values).map(([k, v]) => [
                  `fedify.object.values.${k}`,
                  v,
                ]),
              ),
            },
          },
          async (span) => {
            try {
              const object = await dispatcher(ctx, values);
              span.setAttribute(
                "activitypub.object.id",
                (object?.id ?? ctx.getObjectUri(cls, values)).href,
              );
              if (object == null) {
                span.setStatus({ code: SpanStatusCode.ERROR });
              } else {
                span.setAttribute(
                  "activitypub.object.type",
                  getTypeId(object).href,
                );
              }
              return object;
            } catch (e) {
              span.setStatus({
                code: SpanStatusCode.ERROR,
                message: String(e),
              });
              throw e;
            } finally {
              span.end();
            }
          },
        );
      },
      parameters: variables as unknown as Set<TParam>,
    };
    this.objectCallbacks[cls.typeId.href] = callbacks;
    this.objectTypeIds[cls.typeId.href] = cls;
    const setters: ObjectCallbackSetters<TContextData, TObject, TParam> = {
      authorize(predicate: ObjectAuthorizePredicate<TContextData, TParam>) {
        callbacks.authorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  setInboxDispatcher(
    path: `${string}{identifier}${string}`,
    dispatcher: CollectionDispatcher<
      Activity,
      RequestContext<TContextData>,
      TContextData,
      void
    >,
  ): CollectionCallbackSetters<
    RequestContext<TContextData>,
    TContextData,
    void
  > {
    if (this.inboxCallbacks != null) {
      throw new RouterError("Inbox dispatcher already set.");
    }
    if (this.router.has("inbox")) {
      if (this.inboxPath !== path) {
        throw new RouterError(
          "Inbox dispatcher path must match inbox listener path.",
        );
      }
    } else {
      assertPath(path);
      this.router.add(path, "inbox", identifierSingularAllowPlus);
      this.inboxPath = path;
    }
    const callbacks: CollectionCallbacks<
      Activity,
      RequestContext<TContextData>,
      TContextData,
      void
    > = { dispatcher };
    this.inboxCallbacks = callbacks;
    const setters: CollectionCallbackSetters<
      RequestContext<TContextData>,
      TContextData,
      void
    > = {
      setCounter(counter: CollectionCounter<TContextData, void>) {
        callbacks.counter = counter;
        return setters;
      },
      setFirstCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.firstCursor = cursor;
        return setters;
      },
      setLastCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.lastCursor = cursor;
        return setters;
      },
      authorize(predicate: AuthorizePredicate<TContextData>) {
        callbacks.authorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  setOutboxDispatcher(
    path: `${string}{identifier}${string}`,
    dispatcher: CollectionDispatcher<
      Activity,
      RequestContext<TContextData>,
      TContextData,
      void
    >,
  ): CollectionCallbackSetters<
    RequestContext<TContextData>,
    TContextData,
    void
  > {
    if (this.outboxCallbacks != null) {
      throw new RouterError("Outbox dispatcher already set.");
    }
    if (this.router.has("outbox")) {
      if (this.outboxPath !== path) {
        throw new RouterError(
          "Outbox dispatcher path must match outbox listener path.",
        );
      }
    } else {
      assertPath(path);
      this.router.add(path, "outbox", identifierSingular);
      this.outboxPath = path;
    }
    const callbacks: CollectionCallbacks<
      Activity,
      RequestContext<TContextData>,
      TContextData,
      void
    > = { dispatcher };
    this.outboxCallbacks = callbacks;
    const setters: CollectionCallbackSetters<
      RequestContext<TContextData>,
      TContextData,
      void
    > = {
      setCounter(counter: CollectionCounter<TContextData, void>) {
        callbacks.counter = counter;
        return setters;
      },
      setFirstCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.firstCursor = cursor;
        return setters;
      },
      setLastCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.lastCursor = cursor;
        return setters;
      },
      authorize(predicate: AuthorizePredicate<TContextData>) {
        callbacks.authorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  setOutboxListeners(
    outboxPath: `${string}${Rfc6570Expression<"identifier">}${string}`,
  ): OutboxListenerSetters<TContextData> {
    if (this.outboxListeners != null) {
      throw new RouterError("Outbox listeners already set.");
    }
    if (this.router.has("outbox")) {
      if (this.outboxPath !== outboxPath) {
        throw new RouterError(
          "Outbox listener path must match outbox dispatcher path.",
        );
      }
    } else {
      assertPath(outboxPath);
      this.router.add(outboxPath, "outbox", identifierSingular);
      this.outboxPath = outboxPath;
    }

    const listeners = this.outboxListeners = new ActivityListenerSet<
      OutboxContext<TContextData>
    >();
    const setters: OutboxListenerSetters<TContextData> = {
      on<TActivity extends Activity>(
        // deno-lint-ignore no-explicit-any
        type: new (...args: any[]) => TActivity,
        listener: OutboxListener<TContextData, TActivity>,
      ): OutboxListenerSetters<TContextData> {
        listeners.add(type, listener as OutboxListener<TContextData, Activity>);
        return setters;
      },
      onError: (
        handler: OutboxListenerErrorHandler<TContextData>,
      ): OutboxListenerSetters<TContextData> => {
        this.outboxListenerErrorHandler = handler;
        return setters;
      },
      authorize: (
        predicate: AuthorizePredicate<TContextData>,
      ): OutboxListenerSetters<TContextData> => {
        this.outboxAuthorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  setMediaUploader(
    path: `${string}${Rfc6570Expression<"identifier">}${string}`,
    callback: MediaUploaderCallback<TContextData>,
  ): MediaUploaderSetters<TContextData> {
    if (this.mediaUploaderCallback != null) {
      throw new RouterError("Media uploader already set.");
    }
    assertPath(path);
    this.router.add(path, "mediaUploader", identifierSingular);
    this.mediaUploaderPath = path;
    this.mediaUploaderCallback = callback;

    const setters: MediaUploaderSetters<TContextData> = {
      authorize: (
        predicate: AuthorizePredicate<TContextData>,
      ): MediaUploaderSetters<TContextData> => {
        this.mediaUploaderAuthorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  setFollowingDispatcher(
    path: `${string}{identifier}${string}`,
    dispatcher: CollectionDispatcher<
      Actor | URL,
      RequestContext<TContextData>,
      TContextData,
      void
    >,
  ): CollectionCallbackSetters<
    RequestContext<TContextData>,
    TContextData,
    void
  > {
    if (this.router.has("following")) {
      throw new RouterError("Following collection dispatcher already set.");
    }
    assertPath(path);
    this.router.add(path, "following", identifierSingularAllowPlus);
    const callbacks: CollectionCallbacks<
      Actor | URL,
      RequestContext<TContextData>,
      TContextData,
      void
    > = { dispatcher };
    this.followingCallbacks = callbacks;
    const setters: CollectionCallbackSetters<
      RequestContext<TContextData>,
      TContextData,
      void
    > = {
      setCounter(counter: CollectionCounter<TContextData, void>) {
        callbacks.counter = counter;
        return setters;
      },
      setFirstCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.firstCursor = cursor;
        return setters;
      },
      setLastCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.lastCursor = cursor;
        return setters;
      },
      authorize(predicate: AuthorizePredicate<TContextData>) {
        callbacks.authorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  setFollowersDispatcher(
    path: `${string}{identifier}${string}`,
    dispatcher: CollectionDispatcher<
      Recipient,
      Context<TContextData>,
      TContextData,
      URL
    >,
  ): CollectionCallbackSetters<Context<TContextData>, TContextData, URL> {
    if (this.router.has("followers")) {
      throw new RouterError("Followers collection dispatcher already set.");
    }
    assertPath(path);
    this.router.add(path, "followers", identifierSingularAllowPlus);
    const callbacks: CollectionCallbacks<
      Recipient,
      Context<TContextData>,
      TContextData,
      URL
    > = { dispatcher };
    this.followersCallbacks = callbacks;
    const setters: CollectionCallbackSetters<
      Context<TContextData>,
      TContextData,
      URL
    > = {
      setCounter(counter: CollectionCounter<TContextData, URL>) {
        callbacks.counter = counter;
        return setters;
      },
      setFirstCursor(
        cursor: CollectionCursor<Context<TContextData>, TContextData, URL>,
      ) {
        callbacks.firstCursor = cursor;
        return setters;
      },
      setLastCursor(
        cursor: CollectionCursor<Context<TContextData>, TContextData, URL>,
      ) {
        callbacks.lastCursor = cursor;
        return setters;
      },
      authorize(predicate: AuthorizePredicate<TContextData>) {
        callbacks.authorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  setLikedDispatcher(
    path: `${string}{identifier}${string}`,
    dispatcher: CollectionDispatcher<
      Like,
      RequestContext<TContextData>,
      TContextData,
      void
    >,
  ): CollectionCallbackSetters<
    RequestContext<TContextData>,
    TContextData,
    void
  > {
    if (this.router.has("liked")) {
      throw new RouterError("Liked collection dispatcher already set.");
    }
    assertPath(path);
    this.router.add(path, "liked", identifierSingularAllowPlus);
    const callbacks: CollectionCallbacks<
      Like,
      RequestContext<TContextData>,
      TContextData,
      void
    > = { dispatcher };
    this.likedCallbacks = callbacks;
    const setters: CollectionCallbackSetters<
      RequestContext<TContextData>,
      TContextData,
      void
    > = {
      setCounter(counter: CollectionCounter<TContextData, void>) {
        callbacks.counter = counter;
        return setters;
      },
      setFirstCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.firstCursor = cursor;
        return setters;
      },
      setLastCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.lastCursor = cursor;
        return setters;
      },
      authorize(predicate: AuthorizePredicate<TContextData>) {
        callbacks.authorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  setFeaturedDispatcher(
    path: `${string}{identifier}${string}`,
    dispatcher: CollectionDispatcher<
      Object,
      RequestContext<TContextData>,
      TContextData,
      void
    >,
  ): CollectionCallbackSetters<
    RequestContext<TContextData>,
    TContextData,
    void
  > {
    if (this.router.has("featured")) {
      throw new RouterError("Featured collection dispatcher already set.");
    }
    assertPath(path);
    this.router.add(path, "featured", identifierSingularAllowPlus);
    const callbacks: CollectionCallbacks<
      Object,
      RequestContext<TContextData>,
      TContextData,
      void
    > = { dispatcher };
    this.featuredCallbacks = callbacks;
    const setters: CollectionCallbackSetters<
      RequestContext<TContextData>,
      TContextData,
      void
    > = {
      setCounter(counter: CollectionCounter<TContextData, void>) {
        callbacks.counter = counter;
        return setters;
      },
      setFirstCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.firstCursor = cursor;
        return setters;
      },
      setLastCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.lastCursor = cursor;
        return setters;
      },
      authorize(predicate: AuthorizePredicate<TContextData>) {
        callbacks.authorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  setFeaturedTagsDispatcher(
    path: `${string}{identifier}${string}`,
    dispatcher: CollectionDispatcher<
      Hashtag,
      RequestContext<TContextData>,
      TContextData,
      void
    >,
  ): CollectionCallbackSetters<
    RequestContext<TContextData>,
    TContextData,
    void
  > {
    if (this.router.has("featuredTags")) {
      throw new RouterError("Featured tags collection dispatcher already set.");
    }
    assertPath(path);
    this.router.add(path, "featuredTags", identifierSingularAllowPlus);
    const callbacks: CollectionCallbacks<
      Hashtag,
      RequestContext<TContextData>,
      TContextData,
      void
    > = { dispatcher };
    this.featuredTagsCallbacks = callbacks;
    const setters: CollectionCallbackSetters<
      RequestContext<TContextData>,
      TContextData,
      void
    > = {
      setCounter(counter: CollectionCounter<TContextData, void>) {
        callbacks.counter = counter;
        return setters;
      },
      setFirstCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.firstCursor = cursor;
        return setters;
      },
      setLastCursor(
        cursor: CollectionCursor<
          RequestContext<TContextData>,
          TContextData,
          void
        >,
      ) {
        callbacks.lastCursor = cursor;
        return setters;
      },
      authorize(predicate: AuthorizePredicate<TContextData>) {
        callbacks.authorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  setInboxListeners(
    inboxPath: `${string}{identifier}${string}`,
    sharedInboxPath?: string,
  ): InboxListenerSetters<TContextData> {
    if (this.inboxListeners != null) {
      throw new RouterError("Inbox listeners already set.");
    }
    if (this.router.has("inbox")) {
      if (this.inboxPath !== inboxPath) {
        throw new RouterError(
          "Inbox listener path must match inbox dispatcher path.",
        );
      }
    } else {
      assertPath(inboxPath);
      this.router.add(inboxPath, "inbox", identifierSingularAllowPlus);
      this.inboxPath = inboxPath;
    }
    if (sharedInboxPath != null) {
      const siVars = Router.variables(sharedInboxPath as Path);
      if (siVars.size !== 0) {
        throw new RouterError(
          "Path for shared inbox must have no variables.",
        );
      }
      this.router.add(sharedInboxPath as Path, "sharedInbox");
    }
    const listeners = this.inboxListeners = new ActivityListenerSet<
      InboxContext<TContextData>
    >();
    const setters: InboxListenerSetters<TContextData> = {
      on<TActivity extends Activity>(
        // deno-lint-ignore no-explicit-any
        type: new (...args: any[]) => TActivity,
        listener: InboxListener<TContextData, TActivity>,
      ): InboxListenerSetters<TContextData> {
        listeners.add(type, listener as InboxListener<TContextData, Activity>);
        return setters;
      },
      onError: (
        handler: InboxErrorHandler<TContextData>,
      ): InboxListenerSetters<TContextData> => {
        this.inboxErrorHandler = handler;
        return setters;
      },
      onUnverifiedActivity: (
        handler: UnverifiedActivityHandler<TContextData>,
      ): InboxListenerSetters<TContextData> => {
        this.unverifiedActivityHandler = handler;
        return setters;
      },
      setSharedKeyDispatcher: (
        dispatcher: SharedInboxKeyDispatcher<TContextData>,
      ): InboxListenerSetters<TContextData> => {
        this.sharedInboxKeyDispatcher = dispatcher;
        return setters;
      },
      withIdempotency: (
        strategy: IdempotencyStrategy | IdempotencyKeyCallback<TContextData>,
      ): InboxListenerSetters<TContextData> => {
        this.idempotencyStrategy = strategy;
        return setters;
      },
    };
    return setters;
  }

  /**
   * The RFC 6570 template-literal `path` overloads were removed for
   * type-checking efficiency, so the URI variable types can no longer be
   * inferred from `path` (now typed as a plain `string`); to use them, specify
   * the variable name through the `TParam` generic argument.
   */
  setCollectionDispatcher<
    TObject extends Object,
    TParam extends string,
  >(
    name: string | symbol,
    itemType: ConstructorWithTypeId<TObject>,
    path: string,
    dispatcher: CustomCollectionDispatcher<
      TObject,
      TParam,
      RequestContext<TContextData>,
      TContextData
    >,
  ): CustomCollectionCallbackSetters<
    TParam,
    RequestContext<TContextData>,
    TContextData
  > {
    return this.#setCustomCollectionDispatcher(
      name,
      "collection",
      itemType,
      path as `${string}${Rfc6570Expression<TParam>}${string}`,
      dispatcher,
    );
  }

  /**
   * The RFC 6570 template-literal `path` overloads were removed for
   * type-checking efficiency, so the URI variable types can no longer be
   * inferred from `path` (now typed as a plain `string`); to use them, specify
   * the variable name through the `TParam` generic argument.
   */
  setOrderedCollectionDispatcher<
    TObject extends Object,
    TParam extends string,
  >(
    name: string | symbol,
    itemType: ConstructorWithTypeId<TObject>,
    path: string,
    dispatcher: CustomCollectionDispatcher<
      TObject,
      TParam,
      RequestContext<TContextData>,
      TContextData
    >,
  ): CustomCollectionCallbackSetters<
    TParam,
    RequestContext<TContextData>,
    TContextData
  > {
    return this.#setCustomCollectionDispatcher(
      name,
      "orderedCollection",
      itemType,
      path as `${string}${Rfc6570Expression<TParam>}${string}`,
      dispatcher,
    );
  }

  #setCustomCollectionDispatcher<
    TObject extends Object,
    TParam extends string,
  >(
    name: string | symbol,
    collectionType: "collection" | "orderedCollection",
    itemType: ConstructorWithTypeId<TObject>,
    path: `${string}${Rfc6570Expression<TParam>}${string}`,
    dispatcher: CustomCollectionDispatcher<
      TObject,
      TParam,
      RequestContext<TContextData>,
      TContextData
    >,
  ): CustomCollectionCallbackSetters<
    TParam,
    RequestContext<TContextData>,
    TContextData
  > {
    const strName = String(name);
    const routeName = `${collectionType}:${this.#uniqueCollectionId(name)}`;
    if (this.router.has(routeName)) {
      throw new RouterError(
        `Collection dispatcher for ${strName} already set.`,
      );
    }

    // Check if identifier is already used in collectionCallbacks
    if (this.collectionCallbacks[name] != null) {
      throw new RouterError(
        `Collection dispatcher for ${strName} already set.`,
      );
    }

    assertPath(path);
    if (Router.variables(path).size < 1) {
      throw new RouterError(
        "Path for collection dispatcher must have at least one variable.",
      );
    }

    this.router.add(path, routeName);

    const callbacks: CustomCollectionCallbacks<
      TObject,
      TParam,
      RequestContext<TContextData>,
      TContextData
    > = { dispatcher };

    // @ts-ignore: TypeScript does not infer the type correctly
    this.collectionCallbacks[name] = callbacks;
    this.collectionTypeIds[name] = itemType;

    const setters: CustomCollectionCallbackSetters<
      TParam,
      RequestContext<TContextData>,
      TContextData
    > = {
      setCounter(
        counter: CustomCollectionCounter<
          TParam,
          TContextData
        >,
      ) {
        callbacks.counter = counter;
        return setters;
      },
      setFirstCursor(
        cursor: CustomCollectionCursor<
          TParam,
          RequestContext<TContextData>,
          TContextData
        >,
      ) {
        callbacks.firstCursor = cursor;
        return setters;
      },
      setLastCursor(
        cursor: CustomCollectionCursor<
          TParam,
          RequestContext<TContextData>,
          TContextData
        >,
      ) {
        callbacks.lastCursor = cursor;
        return setters;
      },
      authorize(
        predicate: ObjectAuthorizePredicate<
          TContextData,
          TParam
        >,
      ) {
        callbacks.authorizePredicate = predicate;
        return setters;
      },
    };
    return setters;
  }

  /**
   * Get the URL path for a custom collection.
   * If the collection is not registered, returns null.
   * @template TParam The parameter names of the requested URL.
   * @param {string | symbol} name The name of the custom collection.
   * @param {TParam} values The values to fill in the URL parameters.
   * @returns {string | null} The URL path for the custom collection, or null if not registered.
   */
  getCollectionPath<TParam extends Record<string, string>>(
    name: string | symbol,
    values: TParam,
  ): string | null {
    // Check if it's a registered custom collection
    if (!(name in this.collectionCallbacks)) return null;
    const routeName = this.#uniqueCollectionId(name);
    const path = this.router.build(`collection:${routeName}`, values) ??
      this.router.build(`orderedCollection:${routeName}`, values);
    return path;
  }

  setOutboxPermanentFailureHandler(
    handler: OutboxPermanentFailureHandler<TContextData>,
  ): void {
    this.outboxPermanentFailureHandler = handler;
  }

  /**
   * Converts a name (string or symbol) to a unique string identifier.
   * For symbols, generates and caches a UUID if not already present.
   * For strings, returns the string as-is.
   * @param name The name to convert to a unique identifier
   * @returns A unique string identifier
   */
  #uniqueCollectionId(name: string | symbol): string {
    if (typeof name === "string") return name;
    // Check if symbol already has a unique ID
    if (!this.#symbolRegistry.has(name)) {
      // Generate a new UUID for this symbol
      this.#symbolRegistry.set(name, crypto.randomUUID());
    }

    return this.#symbolRegistry.get(name)!;
  }
}

/**
 * Creates a new {@link FederationBuilder} instance.
 * @returns A new {@link FederationBuilder} instance.
 * @since 1.6.0
 */
export function createFederationBuilder<TContextData>(): FederationBuilder<
  TContextData
> {
  return new FederationBuilderImpl<TContextData>();
}

interface ActorCallbacks<TContextData> {
  dispatcher?: ActorDispatcher<TContextData>;
  keyPairsDispatcher?: ActorKeyPairsDispatcher<TContextData>;
  handleMapper?: ActorHandleMapper<TContextData>;
  aliasMapper?: ActorAliasMapper<TContextData>;
  authorizePredicate?: AuthorizePredicate<TContextData>;
}

interface ObjectCallbacks<TContextData, TParam extends string> {
  dispatcher: ObjectDispatcher<TContextData, Object, string>;
  parameters: Set<TParam>;
  authorizePredicate?: ObjectAuthorizePredicate<TContextData, TParam>;
}
