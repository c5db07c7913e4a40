import { CompatClient, Stomp } from '@stomp/stompjs'; // @ts-ignore
import SockJS from 'sockjs-client/dist/sockjs';
import { components } from 'tg.service/apiSchema.generated';

type BatchJobModelStatus = components['schemas']['BatchJobModel']['status'];

type WebsocketClientOptions = {
  serverUrl?: string;
  authentication: {
    jwtToken: string;
  };
  onConnected?: () => void;
  onError?: () => void;
  onConnectionClose?: () => void;
};

type Message = {
  type: string;
  actor: any;
  data: any;
};

type Subscription<T extends string> = {
  id?: string;
  channel: T;
  callback: (data: any) => void;
  unsubscribe?: () => void;
};

export const WebsocketClient = (options: WebsocketClientOptions) => {
  options.serverUrl = options.serverUrl || window.origin;

  let client: CompatClient | undefined;
  let deactivated = false;
  let connected = false;
  let connecting = false;
  let subscriptions: Subscription<any>[] = [];

  const resubscribe = () => {
    if (deactivated) {
      return;
    }

    if (client) {
      subscriptions.forEach((subscription) => {
        subscribeToStompChannel(subscription);
      });
    }
  };

  const subscribeToStompChannel = (subscription: Subscription<any>) => {
    if (connected && client) {
      const stompSubscription = client.subscribe(
        subscription.channel,
        function (message) {
          try {
            const parsed = JSON.parse(message.body) as Message;
            subscription.callback(parsed);
          } catch (e: any) {
            // eslint-disable-next-line no-console
            console.error(`WebSocket: error parsing message: ${e.message}`);
          }
        }
      );
      subscription.unsubscribe = stompSubscription.unsubscribe;
      subscription.id = stompSubscription.id;
    }
  };

  function initClient() {
    client = Stomp.over(() => new SockJS(`${options.serverUrl}/websocket`));
    client.configure({
      reconnectDelay: 3000,
      debug: () => {},
    });
  }

  function connectIfNotAlready() {
    if (deactivated || connected || connecting) {
      return;
    }

    connecting = true;

    const stompClient = getClient();

    const onConnected = function () {
      connected = true;
      connecting = false;
      resubscribe();
      options.onConnected?.();
    };

    const onDisconnect = function () {
      connected = false;
      connecting = false;
      options.onConnectionClose?.();
    };

    const onError = () => {
      connecting = false;
      options.onError?.();
    };

    const headers: Record<string, string> | null = {
      jwtToken: options.authentication.jwtToken,
      Authorization: `Bearer ${options.authentication.jwtToken}`,
    };

    stompClient.connect(headers, onConnected, onError, onDisconnect);
  }

  const getClient = () => {
    if (client !== undefined) {
      return client;
    }
    initClient();
    return client!;
  };

  /**
   * Subscribes to channel
   * @param channel Channel URI
   * @param callback Callback function to be executed when event is triggered
   * @return Function Function unsubscribing the event listening
   */
  function subscribe<T extends ChannelProject | ChannelUser>(
    channel: T,
    callback: (data: Data<T>) => void
  ): () => void {
    if (deactivated) {
      return () => {};
    }

    connectIfNotAlready();
    const subscription: Subscription<any> = { channel, callback };
    subscriptions.push(subscription);
    subscribeToStompChannel(subscription);

    return () => {
      subscription.unsubscribe?.();
      removeSubscription(subscription);
    };
  }

  function disconnect() {
    if (client) {
      client.disconnect();
    }
  }

  function deactivate() {
    deactivated = true;
    disconnect();
  }

  function removeSubscription(subscription: Subscription<any>) {
    subscriptions = subscriptions.filter((it) => it !== subscription);
  }

  return Object.freeze({ subscribe, deactivate });
};

export type EventTypeProject =
  | 'translation-data-modified'
  | 'batch-job-progress'
  | 'qa-issues-updated';
export type ChannelProject = `/projects/${number}/${EventTypeProject}`;

export type EventTypeUser = 'notifications-changed';
export type ChannelUser = `/users/${number}/${EventTypeUser}`;

export type TranslationsModifiedData = WebsocketEvent<{
  translations: EntityModification<'translation'>[] | null;
  keys: EntityModification<'key'>[] | null;
}>;

export type BatchJobProgress = WebsocketEvent<{
  jobId: number;
  processed: number;
  status: BatchJobModelStatus;
  total: number;
  errorMessage: string | undefined;
}>;

export type NotificationsChanged = WebsocketEvent<{
  currentlyUnseenCount: number;
  newNotification?: components['schemas']['NotificationModel'];
}>;

export type QaIssueUpdate = {
  translationId: number;
  keyId: number;
  languageTag: string;
  qaIssueCount: number;
  qaChecksStale: boolean;
  qaIssues: components['schemas']['QaIssueModel'][];
};
export type QaIssuesUpdatedData = WebsocketEvent<QaIssueUpdate[]>;

export type EntityModification<T> = T extends keyof schemas
  ? {
      id: number;
      modifications: Partial<schemas[T]['mutableFields']>;
      relations: schemas[T]['relations'];
      changeType: 'MOD' | 'DEL' | 'ADD';
    }
  : never;

export type WebsocketEvent<Data> = {
  activityId: number;
  actor: { type: 'user'; data: components['schemas']['UserAccountModel'] };
  data: Data;
};

interface schemas extends Record<string, SchemaDefinition> {
  key: {
    description: {
      name: string;
    };
    mutableFields: {
      name: Modification<string>;
    };
  };
  translation: {
    description: {
      text: string;
    };
    mutableFields: {
      text: Modification<string>;
      state: Modification<components['schemas']['TranslationModel']['state']>;
    };
    relations: {
      key: Relation<schemas['key']['description']>;
      language: Relation<schemas['language']['description']>;
    };
  };
  language: {
    description: {
      name: string;
      tag: string;
    };
  };
}

type Relation<T> = {
  entityId: number;
  data: T;
  relations: Record<string, Relation<any>>;
};

type SchemaDefinition = {
  description: Record<string, any>;
  mutableFields?: Record<string, Modification<any>>;
  relations?: Record<string, Relation<any>>;
};

export type Modification<T> = { old: T; new: T };

export type Data<T> = T extends `/projects/${number}/translation-data-modified`
  ? TranslationsModifiedData
  : T extends `/projects/${number}/batch-job-progress`
  ? BatchJobProgress
  : T extends `/projects/${number}/qa-issues-updated`
  ? QaIssuesUpdatedData
  : T extends `/users/${number}/notifications-changed`
  ? NotificationsChanged
  : never;
