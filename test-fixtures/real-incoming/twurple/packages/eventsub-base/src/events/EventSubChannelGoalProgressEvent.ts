import { Enumerable } from '@d-fischer/shared-utils';
import type { ApiClient, HelixUser } from '@twurple/api';
import { checkRelationAssertion, DataObject, rawDataSymbol, rtfm } from '@twurple/common';
import type { EventSubChannelGoalType } from './common/EventSubChannelGoalType.js';
import { type EventSubChannelGoalProgressEventData } from './EventSubChannelGoalProgressEvent.external.js';

/**
 * An EventSub event representing a creator goal starting in a channel.
 */
@rtfm<EventSubChannelGoalProgressEvent>('eventsub-base', 'EventSubChannelGoalProgressEvent', 'broadcasterId')
export class EventSubChannelGoalProgressEvent extends DataObject<EventSubChannelGoalProgressEventData> {
	/** @internal */ @Enumerable(false) private readonly _client?: ApiClient;

	/** @internal */
	constructor(data: EventSubChannelGoalProgressEventData, client?: ApiClient) {
		super(data);
		this._client = client;
	}

	/**
	 * The ID of the goal.
	 */
	get id(): string {
		return this[rawDataSymbol].id;
	}

	/**
	 * The ID of the broadcaster.
	 */
	get broadcasterId(): string {
		return this[rawDataSymbol].broadcaster_user_id;
	}

	/**
	 * The name of the broadcaster.
	 */
	get broadcasterName(): string {
		return this[rawDataSymbol].broadcaster_user_login;
	}

	/**
	 * The display name of the broadcaster.
	 */
	get broadcasterDisplayName(): string {
		return this[rawDataSymbol].broadcaster_user_name;
	}

	/**
	 * Gets more information about the broadcaster.
	 */
	async getBroadcaster(): Promise<HelixUser> {
		if (!this._client) {
			throw new Error('EventSubChannelGoalProgressEvent#getBroadcaster is not supported in this context');
		}
		return checkRelationAssertion(await this._client.users.getUserById(this[rawDataSymbol].broadcaster_user_id));
	}

	/**
	 * The type of the goal.
	 */
	get type(): EventSubChannelGoalType {
		return this[rawDataSymbol].type;
	}

	/**
	 * The description of the goal.
	 */
	get description(): string {
		return this[rawDataSymbol].description;
	}

	/**
	 * The current value of the goal.
	 */
	get currentAmount(): number {
		return this[rawDataSymbol].current_amount;
	}

	/**
	 * The target value of the goal.
	 */
	get targetAmount(): number {
		return this[rawDataSymbol].target_amount;
	}

	/**
	 * The time when the goal started.
	 */
	get startDate(): Date {
		return new Date(this[rawDataSymbol].started_at);
	}
}
