import { authCondition } from "$lib/server/auth";
import { collections } from "$lib/server/database";
import { config } from "$lib/server/config";
import { models, validModelIdSchema } from "$lib/server/models";
import { ERROR_MESSAGES } from "$lib/stores/errors";
import type { Message } from "$lib/types/Message";
import { error } from "@sveltejs/kit";
import { ObjectId } from "mongodb";
import { z } from "zod";
import {
	MessageUpdateStatus,
	MessageUpdateType,
	MessageElicitationUpdateType,
	MessageReasoningUpdateType,
	type MessageUpdate,
	type MessageStreamUpdate,
} from "$lib/types/MessageUpdate";
import { uploadFile } from "$lib/server/files/uploadFile";
import { convertLegacyConversation } from "$lib/utils/tree/convertLegacyConversation";
import { isMessageId } from "$lib/utils/tree/isMessageId";
import { buildSubtree } from "$lib/utils/tree/buildSubtree.js";
import { addChildren } from "$lib/utils/tree/addChildren.js";
import { addSibling } from "$lib/utils/tree/addSibling.js";
import { usageLimits } from "$lib/server/usageLimits";
import { textGeneration } from "$lib/server/textGeneration";
import type { TextGenerationContext } from "$lib/server/textGeneration/types";
import type { McpServerConfig } from "$lib/server/mcp/httpClient";
import { logger } from "$lib/server/logger.js";
import { AbortRegistry } from "$lib/server/abortRegistry";
import { createGenerationWriter, type GenerationWriter } from "$lib/server/generation/writer";
import { clampStoppedContent } from "$lib/server/stopTruncation";
import { MetricsServer } from "$lib/server/metrics";
import { randomUUID } from "$lib/utils/randomUuid";
import { applyConversationSettings } from "$lib/server/conversationSettings";

// How long a stop marker is protected from the pre-flight cleanup of a new
// generation. A marker younger than this may still be awaiting observation by
// a running generation's 300ms watcher (possibly on another pod); deleting it
// would lose the stop. Aborted generations consume their marker on shutdown,
// so markers normally live far shorter than this.
const STOP_MARKER_GRACE_MS = 5_000;

// Shape a message's updates for storage: drop keepalives and replace each stream token
// with a length marker (content is stored separately), preserving ordering without
// duplicating text. Shared by the full save and the writer's incremental materialise so
// both persist the same thing under materializedSeq.
function compressUpdatesForStorage(updates: Message["updates"]): Message["updates"] {
	return (
		updates
			?.filter(
				(u) => !(u.type === MessageUpdateType.Status && u.status === MessageUpdateStatus.KeepAlive)
			)
			.map((u) => {
				if (u.type !== MessageUpdateType.Stream) return u;
				const len = u.len ?? (u.token ?? "").length;
				return { type: MessageUpdateType.Stream, token: "", len } satisfies MessageStreamUpdate;
			}) ?? []
	);
}

export async function POST({ request, locals, params, getClientAddress }) {
	const id = z.string().parse(params.id);
	const convId = new ObjectId(id);
	const promptedAt = new Date();

	const userId = locals.user?._id ?? locals.sessionId;

	// check user
	if (!userId) {
		error(401, "Unauthorized");
	}

	// check if the user has access to the conversation
	let conv = await collections.conversations.findOne({
		_id: convId,
		...authCondition(locals),
	});

	if (conv && !conv.rootMessageId) {
		const res = await collections.conversations.updateOne(
			{
				_id: convId,
			},
			{
				$set: { ...conv, ...convertLegacyConversation(conv) },
			}
		);

		if (!res.acknowledged) {
			error(500, "Failed to convert conversation");
		}

		// Re-read what actually persisted rather than trusting our in-memory
		// conversion: concurrent requests converting the same legacy conversation
		// each mint different synthetic root/message ids, and only one $set wins.
		// Appending to a losing tree would corrupt the conversation. The re-fetch
		// stays inside this branch so the common (already-converted) path keeps
		// its single findOne.
		conv = await collections.conversations.findOne({
			_id: convId,
			...authCondition(locals),
		});
	}

	if (!conv) {
		error(404, "Conversation not found");
	}

	// A new generation invalidates any stale stop marker for this conversation.
	// The abortedGenerations collection is the cross-pod abort channel:
	// stop-generating upserts a marker, and the watcher in the stream below
	// polls it. Clearing stale markers here — before the client could possibly
	// issue a stop for THIS generation (its fetch has not returned yet) — means
	// any marker observed later was meant for us, with no wall-clock comparison
	// between pods needed. Markers younger than the grace window are preserved:
	// they belong to a stop for a still-winding-down generation in this same
	// conversation (e.g. issued from another tab), whose watcher must get the
	// chance to observe them; aborted generations consume their marker on
	// shutdown, so a fresh marker is never a stale one.
	await Promise.all([
		collections.abortedGenerations.deleteOne({
			conversationId: convId,
			updatedAt: { $lt: new Date(Date.now() - STOP_MARKER_GRACE_MS) },
		}),
		// register the event for ratelimiting; must complete before the counts
		// below so the current message is included in its own rate-limit window
		collections.messageEvents.insertOne({
			type: "message",
			userId,
			createdAt: new Date(),
			expiresAt: new Date(Date.now() + 60_000),
			ip: getClientAddress(),
		}),
	]);

	if (usageLimits?.messagesPerMinute) {
		// check if the user is rate limited
		const nEvents = Math.max(
			...(await Promise.all([
				collections.messageEvents.countDocuments({
					userId,
					type: "message",
					expiresAt: { $gt: new Date() },
				}),
				collections.messageEvents.countDocuments({
					ip: getClientAddress(),
					type: "message",
					expiresAt: { $gt: new Date() },
				}),
			]))
		);
		if (nEvents > usageLimits.messagesPerMinute) {
			error(429, ERROR_MESSAGES.rateLimited);
		}
	}

	if (usageLimits?.messages && conv.messages.length > usageLimits.messages) {
		error(
			429,
			`This conversation has more than ${usageLimits.messages} messages. Start a new one to continue`
		);
	}

	// fetch the model
	const model = models.find((m) => m.id === conv.model);

	if (!model) {
		error(410, "Model not available anymore");
	}

	// finally parse the content of the request
	const form = await request.formData();

	const json = form.get("data");

	if (!json || typeof json !== "string") {
		error(400, "Invalid request");
	}

	const {
		inputs: newPrompt,
		id: messageId,
		is_retry: isRetry,
		resumeElicitationId,
		generationId,
		selectedMcpServerNames,
		selectedMcpServers,
		timezone,
	} = z
		.object({
			id: z.string().uuid().refine(isMessageId).optional(), // parent message id to append to for a normal message, or the message id for a retry/continue
			// client-chosen id for this generation run, echoed back by the stop
			// request so a stop point can be matched to the run it belongs to
			generationId: z.string().uuid().optional(),
			inputs: z.optional(
				z
					.string()
					.min(1)
					.transform((s) => s.replace(/\r\n/g, "\n"))
			),
			is_retry: z.optional(z.boolean()),
			/** Continue the tool call a durable elicitation parked, before generating. */
			resumeElicitationId: z.optional(z.string().uuid()),
			selectedMcpServerNames: z.optional(z.array(z.string())),
			selectedMcpServers: z
				.optional(
					z.array(
						z.object({
							name: z.string(),
							url: z.string(),
							headers: z
								.optional(z.array(z.object({ key: z.string(), value: z.string() })))
								.default([]),
						})
					)
				)
				.default([]),
			timezone: z.optional(z.string()),
			files: z.optional(
				z.array(
					z.object({
						type: z.literal("base64").or(z.literal("hash")),
						name: z.string(),
						value: z.string(),
						mime: z.string(),
					})
				)
			),
		})
		.parse(JSON.parse(json));

	// Attach MCP selection to locals so the text generation pipeline can consume it
	try {
		(locals as unknown as Record<string, unknown>).mcp = {
			selectedServerNames: selectedMcpServerNames,
			selectedServers: (selectedMcpServers ?? []).map((s) => ({
				name: s.name,
				url: s.url,
				headers:
					s.headers && s.headers.length > 0
						? Object.fromEntries(s.headers.map((h) => [h.key, h.value]))
						: undefined,
			})),
		};
	} catch {
		// ignore attachment errors, pipeline will just use env servers
	}

	// Attach user timezone so the tool prompt can include localized time
	if (timezone) {
		(locals as unknown as Record<string, unknown>).timezone = timezone;
	}

	const inputFiles = await Promise.all(
		form
			.getAll("files")
			.filter((entry): entry is File => entry instanceof File && entry.size > 0)
			.map(async (file) => {
				const [type, ...name] = file.name.split(";");

				return {
					type: z.literal("base64").or(z.literal("hash")).parse(type),
					value: await file.text(),
					mime: file.type,
					name: name.join(";"),
				};
			})
	);

	if (usageLimits?.messageLength && (newPrompt?.length ?? 0) > usageLimits.messageLength) {
		error(400, "Message too long.");
	}

	// each file is either:
	// base64 string requiring upload to the server
	// hash pointing to an existing file
	const hashFiles = inputFiles?.filter((file) => file.type === "hash") ?? [];
	const b64Files =
		inputFiles
			?.filter((file) => file.type !== "hash")
			.map((file) => {
				const blob = Buffer.from(file.value, "base64");
				return new File([blob], file.name, { type: file.mime });
			}) ?? [];

	// check sizes
	// todo: make configurable
	if (b64Files.some((file) => file.size > 10 * 1024 * 1024)) {
		error(413, "File too large, should be <10MB");
	}

	const uploadedFiles = await Promise.all(b64Files.map((file) => uploadFile(file, conv))).then(
		(files) => [...files, ...hashFiles]
	);

	// we will append tokens to the content of this message
	let messageToWriteToId: Message["id"] | undefined = undefined;
	// used for building the prompt, subtree of the conversation that goes from the latest message to the root
	let messagesForPrompt: Message[] = [];

	if (resumeElicitationId && messageId) {
		// Continue the assistant message the prompt parked, in place: its tool call and the
		// answer belong to that turn, and a new one would strand them behind an empty user
		// message.
		const parked = conv.messages.find((message) => message.id === messageId);
		if (!parked || parked.from !== "assistant") {
			error(404, "No parked message to resume");
		}
		messageToWriteToId = parked.id;
		messagesForPrompt = buildSubtree(conv, parked.id);
	} else if (isRetry && messageId) {
		// two cases, if we're retrying a user message with a newPrompt set,
		// it means we're editing a user message
		// if we're retrying on an assistant message, newPrompt cannot be set
		// it means we're retrying the last assistant message for a new answer

		const messageToRetry = conv.messages.find((message) => message.id === messageId);

		if (!messageToRetry) {
			error(404, "Message not found");
		}

		if (messageToRetry.from === "user" && newPrompt) {
			// add a sibling to this message from the user, with the alternative prompt
			// add a children to that sibling, where we can write to
			const newUserMessageId = addSibling(
				conv,
				{
					from: "user",
					content: newPrompt,
					files: uploadedFiles,
					createdAt: new Date(),
					updatedAt: new Date(),
				},
				messageId
			);
			messageToWriteToId = addChildren(
				conv,
				{
					from: "assistant",
					content: "",
					createdAt: new Date(),
					updatedAt: new Date(),
				},
				newUserMessageId
			);
			messagesForPrompt = buildSubtree(conv, newUserMessageId);
		} else if (messageToRetry.from === "assistant") {
			// we're retrying an assistant message, to generate a new answer
			// just add a sibling to the assistant answer where we can write to
			messageToWriteToId = addSibling(
				conv,
				{ from: "assistant", content: "", createdAt: new Date(), updatedAt: new Date() },
				messageId
			);
			messagesForPrompt = buildSubtree(conv, messageId);
			messagesForPrompt.pop(); // don't need the latest assistant message in the prompt since we're retrying it
		}
	} else {
		// just a normal linear conversation, so we add the user message
		// and the blank assistant message back to back
		const newUserMessageId = addChildren(
			conv,
			{
				from: "user",
				content: newPrompt ?? "",
				files: uploadedFiles,
				createdAt: new Date(),
				updatedAt: new Date(),
			},
			messageId
		);

		messageToWriteToId = addChildren(
			conv,
			{
				from: "assistant",
				content: "",
				createdAt: new Date(),
				updatedAt: new Date(),
			},
			newUserMessageId
		);
		// build the prompt from the user message
		messagesForPrompt = buildSubtree(conv, newUserMessageId);
	}

	const messageToWriteTo = conv.messages.find((message) => message.id === messageToWriteToId);
	if (!messageToWriteTo) {
		error(500, "Failed to create message");
	}
	if (messagesForPrompt.length === 0) {
		error(500, "Failed to create prompt");
	}

	// The stamp is what tells a reader a log exists; every run records one.
	const effectiveGenerationId = generationId ?? randomUUID();
	messageToWriteTo.generationId = effectiveGenerationId;

	// update the conversation with the new messages
	await collections.conversations.updateOne(
		{ _id: convId },
		{ $set: { messages: conv.messages, title: conv.title, updatedAt: new Date() } }
	);

	let doneStreaming = false;
	let clientDetached = false;

	let lastTokenTimestamp: undefined | Date = undefined;
	let firstTokenObserved = false;
	const metricsEnabled = MetricsServer.isEnabled();
	const metrics = metricsEnabled ? MetricsServer.getMetrics() : undefined;
	const metricsModelId = model.id ?? model.name ?? conv.model;
	const metricsLabels = { model: metricsModelId };

	let generationWriter: GenerationWriter | undefined;

	const persistConversation = async () => {
		// This rewrites the whole messages array, so stamp materializedSeq from the same
		// synchronous instant as the content below, or a reader resumes from a stale point
		// and replays text the message already contains.
		if (generationWriter && messageToWriteTo) {
			messageToWriteTo.materializedSeq = generationWriter.currentSeq();
		}
		const messagesForSave = conv.messages.map((msg) => ({
			...msg,
			updates: compressUpdatesForStorage(msg.updates),
		}));

		await collections.conversations.updateOne(
			{ _id: convId },
			{ $set: { messages: messagesForSave, title: conv.title, updatedAt: new Date() } }
		);
	};

	const abortRegistry = AbortRegistry.getInstance();

	// we now build the stream
	const stream = new ReadableStream({
		async start(controller) {
			const conversationKey = convId.toString();
			const ctrl = new AbortController();
			abortRegistry.register(conversationKey, ctrl);

			// Cross-pod and pre-first-token abort path. The in-process registry
			// only works when the stop request lands on this pod, and the cached
			// AbortedGenerations map is only consulted between tokens — useless
			// while awaiting the first token of a slow (e.g. reasoning) model.
			// Poll the marker collection directly and abort the upstream request
			// as soon as a stop is observed. Pre-flight deleted any stale marker,
			// so marker presence means a stop for this generation.
			const abortMarkerWatcher = setInterval(() => {
				collections.abortedGenerations
					.findOne({ conversationId: convId })
					.then((marker) => {
						if (marker && !ctrl.signal.aborted) {
							logger.info(
								{ conversationId: conversationKey },
								"Stop marker observed; aborting generation"
							);
							ctrl.abort();
						}
						if (marker || ctrl.signal.aborted) {
							clearInterval(abortMarkerWatcher);
						}
					})
					.catch(() => {
						// transient DB error; the next tick retries
					});
			}, 300);

			const writer = await createGenerationWriter({
				generationId: effectiveGenerationId,
				conversationId: convId,
				messageId: messageToWriteTo.id,
				userId: locals.user?._id,
				sessionId: locals.sessionId,
				snapshot: () => ({
					content: messageToWriteTo.content,
					reasoning: messageToWriteTo.reasoning,
					files: messageToWriteTo.files,
					routerMetadata: messageToWriteTo.routerMetadata,
					updates: compressUpdatesForStorage(messageToWriteTo.updates),
				}),
			});
			generationWriter = writer;

			let finalAnswerReceived = false;
			let abortedByUser = false;
			let finishedStatusSent = false;

			messageToWriteTo.updates ??= [];
			async function update(event: MessageUpdate) {
				if (!messageToWriteTo || !conv) {
					throw Error("No message or conversation to write events to");
				}

				if (
					event.type === MessageUpdateType.Elicitation &&
					event.subtype === MessageElicitationUpdateType.Request
				) {
					showedPrompt = true;
				}

				if (
					event.type === MessageUpdateType.Status &&
					event.status === MessageUpdateStatus.Finished
				) {
					finishedStatusSent = true;
				}

				// Add token to content or skip if empty
				if (event.type === MessageUpdateType.Stream) {
					if (event.token === "") return;
					messageToWriteTo.content += event.token;

					if (metricsEnabled && metrics) {
						const now = Date.now();
						metrics.model.tokenCountTotal.inc(metricsLabels);

						if (!firstTokenObserved) {
							metrics.model.timeToFirstToken.observe(metricsLabels, now - promptedAt.getTime());
							firstTokenObserved = true;
						}

						const previousTimestamp = lastTokenTimestamp
							? lastTokenTimestamp.getTime()
							: promptedAt.getTime();
						metrics.model.timePerOutputToken.observe(metricsLabels, now - previousTimestamp);
					}

					lastTokenTimestamp = new Date();
				}

				// Append reasoning stream tokens to message.reasoning (server-side)
				else if (
					event.type === MessageUpdateType.Reasoning &&
					event.subtype === MessageReasoningUpdateType.Stream &&
					"token" in event
				) {
					messageToWriteTo.reasoning ??= "";
					messageToWriteTo.reasoning += event.token;
				}

				// Set the title
				else if (event.type === MessageUpdateType.Title) {
					// Always strip <think> markers from titles when saving
					const sanitizedTitle = event.title.replace(/<\/?think>/gi, "").trim();
					conv.title = sanitizedTitle;
					await collections.conversations.updateOne(
						{ _id: convId },
						{ $set: { title: conv?.title, updatedAt: new Date() } }
					);
				}

				// Set the final text and the interrupted flag
				else if (event.type === MessageUpdateType.FinalAnswer) {
					messageToWriteTo.interrupted = event.interrupted;
					// Default behavior: replace the streamed text with the provider's final text.
					// However, when tools (MCP/function calls) were used, providers often stream
					// some content (e.g., a story) before triggering tools, then return a
					// different follow‑up message afterwards (e.g., an image caption). Our
					// previous logic overwrote the pre‑tool content. Preserve it by merging in
					// the pre‑tool stream when tool updates occurred and the final text does
					// not already include the streamed prefix.
					const hadTools = (messageToWriteTo.updates ?? []).some(
						(u) => u.type === MessageUpdateType.Tool
					);

					if (hadTools) {
						const existing = messageToWriteTo.content.slice(initialMessageContent.length);
						if (existing && existing.length > 0) {
							// A. If we already streamed the same final text, keep as-is.
							if (event.text && existing.endsWith(event.text)) {
								messageToWriteTo.content = initialMessageContent + existing;
							}
							// B. If the final text already includes the streamed prefix, use it verbatim.
							else if (event.text && event.text.startsWith(existing)) {
								messageToWriteTo.content = initialMessageContent + event.text;
							}
							// C. Otherwise, merge with a paragraph break for readability.
							else {
								const needsGap = !/\n\n$/.test(existing) && !/^\n/.test(event.text ?? "");
								messageToWriteTo.content =
									initialMessageContent + existing + (needsGap ? "\n\n" : "") + (event.text ?? "");
							}
						} else {
							messageToWriteTo.content = initialMessageContent + (event.text ?? "");
						}
					} else {
						messageToWriteTo.content = initialMessageContent + event.text;
					}
					finalAnswerReceived = true;

					if (metricsEnabled && metrics) {
						metrics.model.latency.observe(metricsLabels, Date.now() - promptedAt.getTime());
					}
				}

				// Add file
				else if (event.type === MessageUpdateType.File) {
					messageToWriteTo.files = [
						...(messageToWriteTo.files ?? []),
						{ type: "hash", name: event.name, value: event.sha, mime: event.mime },
					];
				}

				// Store router metadata (for router models) or provider info (for all models)
				else if (event.type === MessageUpdateType.RouterMetadata) {
					// Merge metadata updates to preserve existing fields (router may send route/model first, then provider comes later)
					if (model?.isRouter) {
						messageToWriteTo.routerMetadata = {
							route: event.route || messageToWriteTo.routerMetadata?.route || "",
							model: event.model || messageToWriteTo.routerMetadata?.model || "",
							provider: event.provider || messageToWriteTo.routerMetadata?.provider,
						};
					}
					// Store provider-only metadata for non-router models if available
					else if (event.provider) {
						messageToWriteTo.routerMetadata = {
							route: messageToWriteTo.routerMetadata?.route || "",
							model: messageToWriteTo.routerMetadata?.model || "",
							provider: event.provider,
						};
					}
				}

				// Append updates for audit/replay (streams too, to preserve ordering)
				if (!(
					event.type === MessageUpdateType.Status && event.status === MessageUpdateStatus.KeepAlive
				)) {
					messageToWriteTo?.updates?.push(
						event.type === MessageUpdateType.Stream ? { ...event } : event
					);
				}

				// Before the padding below rewrites `event`: the log stores what was
				// actually generated, not the padded wire form.
				writer.push(event);

				// Avoid remote keylogging attack executed by watching packet lengths
				// by padding the text with null chars to a fixed length
				// https://cdn.arstechnica.net/wp-content/uploads/2024/03/LLM-Side-Channel.pdf
				if (event.type === MessageUpdateType.Stream) {
					event = { ...event, token: event.token.padEnd(16, "\0") };
				}

				messageToWriteTo.updatedAt = new Date();

				const enqueueUpdate = async () => {
					if (clientDetached) return;
					try {
						controller.enqueue(JSON.stringify(event) + "\n");
						if (event.type === MessageUpdateType.FinalAnswer) {
							controller.enqueue(" ".repeat(4096));
						}
					} catch (err) {
						clientDetached = true;
						logger.info(
							{ conversationId: convId.toString() },
							"Client detached during message streaming"
						);
					}
				};

				await enqueueUpdate();
			}

			let hasError = false;
			// A run that ends showing a prompt produced no answer on purpose.
			let showedPrompt = false;
			const initialMessageContent = messageToWriteTo.content;

			// Emit the streamed-so-far text as an interrupted final answer. The
			// stopping client freezes its UI at the Stop click and reports its
			// stop point on the abort marker, while tokens keep arriving here
			// until the marker is observed (longer still when the stop request
			// was delayed or retried). Clamp the text back to the stop point so
			// the message persists exactly as the user last saw it instead of
			// "growing back" on the next sync.
			const emitInterruptedFinalAnswer = async () => {
				const marker = await collections.abortedGenerations
					.findOne({ conversationId: convId })
					.catch(() => null);
				messageToWriteTo.content = clampStoppedContent({
					content: messageToWriteTo.content,
					initialLength: initialMessageContent.length,
					generationId,
					marker,
				});
				await update({
					type: MessageUpdateType.FinalAnswer,
					text: messageToWriteTo.content.slice(initialMessageContent.length),
					interrupted: true,
				});
			};

			try {
				// Fetch user settings once for all overrides and billing org
				const userSettings = await collections.settings.findOne(authCondition(locals));

				// Add billing organization to locals for the endpoint to use
				locals.billingOrganization = userSettings?.billingOrganization;

				let parkedAgain = false;
				if (resumeElicitationId) {
					const { resumeParkedToolCall } = await import("$lib/server/mcp/resumeElicitation");
					const outcome = await resumeParkedToolCall({
						conversationId: convId,
						elicitationId: resumeElicitationId,
						generationId: effectiveGenerationId,
						extraServers: (locals as unknown as { mcp?: { selectedServers?: McpServerConfig[] } })
							?.mcp?.selectedServers,
						signal: ctrl.signal,
					});
					logger.info(
						{
							conversationId: id,
							resumed: outcome.resumed,
							parkedAgain: outcome.parkedAgain,
							reason: outcome.reason,
						},
						"[mcp] resuming a parked tool call"
					);
					for (const event of outcome.updates) await update(event);
					parkedAgain = outcome.parkedAgain === true;
				}

				const ctx: TextGenerationContext = {
					model,
					endpoint: await model.getEndpoint(),
					conv,
					messages: messagesForPrompt,
					assistant: undefined,
					promptedAt,
					ip: getClientAddress(),
					username: locals.user?.username,
					// Force-enable multimodal/tools if user settings say so for this model.
					// On HuggingChat capability comes from the upstream router, so any stored
					// per-user overrides are ignored — existing entries don't keep applying.
					forceMultimodal:
						!config.isHuggingChat && Boolean(userSettings?.multimodalOverrides?.[model.id]),
					forceTools: !config.isHuggingChat && Boolean(userSettings?.toolsOverrides?.[model.id]),
					// Inference provider preference (HuggingChat only, skip for router models)
					provider:
						config.isHuggingChat && !model.isRouter
							? userSettings?.providerOverrides?.[model.id]
							: undefined,
					// Thinking-effort override (only forwarded for reasoning-capable models;
					// per-user override can force-enable on self-hosted)
					reasoningEffort:
						(userSettings?.reasoningOverrides?.[model.id] ?? model.supportsReasoning)
							? userSettings?.reasoningEffortOverrides?.[model.id]
							: undefined,
					reasoningOverride: userSettings?.reasoningOverrides?.[model.id],
					// Artifacts aren't provider-determined, so the per-model user
					// override applies on HuggingChat too
					artifactsOverride: userSettings?.artifactsOverrides?.[model.id],
					locals,
					abortController: ctrl,
					generationId: effectiveGenerationId,
					messageId: messageToWriteTo.id,
				};
				// run the text generation and send updates to the client. Skipped when the
				// resumed call asked something else: the model has no round to answer yet.
				if (!parkedAgain) {
					for await (const event of textGeneration(ctx)) await update(event);
				}
				if (ctrl.signal.aborted) {
					abortedByUser = true;
				}
				if (abortedByUser && !finalAnswerReceived) {
					await emitInterruptedFinalAnswer();
				}
			} catch (e) {
				const err = e as Error;
				const isAbortError =
					err?.name === "AbortError" ||
					err?.name === "APIUserAbortError" ||
					// The OpenAI SDK's APIUserAbortError keeps name "Error", so
					// match the class name too
					err?.constructor?.name === "APIUserAbortError" ||
					err?.message === "Request was aborted.";
				if (isAbortError || ctrl.signal.aborted) {
					abortedByUser = true;
					logger.info({ conversationId: conversationKey }, "Generation aborted by user");
					if (!finalAnswerReceived) {
						await emitInterruptedFinalAnswer();
					}
				} else {
					hasError = true;
					// Extract status code if available from HTTPError or APIError
					const errObj = err as unknown as Record<string, unknown>;
					const statusCode =
						(typeof errObj.statusCode === "number" ? errObj.statusCode : undefined) ||
						(typeof errObj.status === "number" ? errObj.status : undefined);
					await update({
						type: MessageUpdateType.Status,
						status: MessageUpdateStatus.Error,
						message: err.message,
						...(statusCode && { statusCode }),
					});
					logger.error(err, "Error in conversation stream");
				}
			} finally {
				// check if no output was generated
				if (
					!hasError &&
					!abortedByUser &&
					!showedPrompt &&
					messageToWriteTo.content === initialMessageContent
				) {
					hasError = true;
					logger.warn(
						{
							conversationId: conversationKey,
							updatesCount: messageToWriteTo.updates?.length ?? 0,
							filesCount: messageToWriteTo.files?.length ?? 0,
							reasoningLen: messageToWriteTo.reasoning?.length ?? 0,
							initialLen: initialMessageContent.length,
							finalLen: messageToWriteTo.content.length,
						},
						"No output generated after streaming; emitting error status"
					);
					await update({
						type: MessageUpdateType.Status,
						status: MessageUpdateStatus.Error,
						message: "No output was generated. Something went wrong.",
					});
				}
			}

			if (!hasError && !finishedStatusSent) {
				await update({
					type: MessageUpdateType.Status,
					status: MessageUpdateStatus.Finished,
				});
			}

			await persistConversation();
			await writer.finish({
				status: hasError ? "error" : abortedByUser ? "interrupted" : "completed",
			});
			clearInterval(abortMarkerWatcher);
			abortRegistry.unregister(conversationKey, ctrl);

			// Consume the stop marker once the stop has been honored and the
			// interrupted state persisted. Markers are conversation-scoped, so a
			// leftover would trip the watcher of the next generation; consuming
			// here (instead of unconditionally deleting in pre-flight) keeps
			// markers alive long enough for concurrent in-flight generations to
			// observe them.
			if (abortedByUser) {
				await collections.abortedGenerations
					.deleteOne({ conversationId: convId })
					.catch((err) => logger.warn(err, "Failed to consume stop marker"));
			}

			// used to detect if cancel() is called bc of interrupt or just because the connection closes
			doneStreaming = true;
			if (!clientDetached) {
				controller.close();
			}
		},
		async cancel() {
			if (doneStreaming) return;
			clientDetached = true;
			await persistConversation();
		},
	});

	if (metricsEnabled && metrics) {
		metrics.model.messagesTotal.inc(metricsLabels);
	}

	// Todo: maybe we should wait for the message to be saved before ending the response - in case of errors
	return new Response(stream, {
		headers: {
			"Content-Type": "application/jsonl",
		},
	});
}

export async function DELETE({ locals, params }) {
	const convId = new ObjectId(params.id);

	const conv = await collections.conversations.findOne({
		_id: convId,
		...authCondition(locals),
	});

	if (!conv) {
		error(404, "Conversation not found");
	}

	await collections.conversations.deleteOne({ _id: conv._id });

	return new Response();
}

export async function PATCH({ request, locals, params }) {
	const values = z
		.object({
			title: z.string().trim().min(1).max(100).optional(),
			model: validModelIdSchema.optional(),
		})
		.parse(await request.json());

	const convId = new ObjectId(params.id);

	const conv = await collections.conversations.findOne({
		_id: convId,
		...authCondition(locals),
	});

	if (!conv) {
		error(404, "Conversation not found");
	}

	await applyConversationSettings({ _id: convId }, values);

	return new Response();
}
