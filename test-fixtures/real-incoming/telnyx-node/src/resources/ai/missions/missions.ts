// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { APIResource } from '../../../core/resource';
import * as KnowledgeBasesAPI from './knowledge-bases';
import {
  KnowledgeBaseCreateKnowledgeBaseResponse,
  KnowledgeBaseDeleteKnowledgeBaseParams,
  KnowledgeBaseGetKnowledgeBaseParams,
  KnowledgeBaseGetKnowledgeBaseResponse,
  KnowledgeBaseListKnowledgeBasesResponse,
  KnowledgeBaseUpdateKnowledgeBaseParams,
  KnowledgeBaseUpdateKnowledgeBaseResponse,
  KnowledgeBases,
} from './knowledge-bases';
import * as McpServersAPI from './mcp-servers';
import {
  McpServerCreateMcpServerResponse,
  McpServerDeleteMcpServerParams,
  McpServerGetMcpServerParams,
  McpServerGetMcpServerResponse,
  McpServerListMcpServersResponse,
  McpServerUpdateMcpServerParams,
  McpServerUpdateMcpServerResponse,
  McpServers,
} from './mcp-servers';
import * as ToolsAPI from './tools';
import {
  ToolCreateToolResponse,
  ToolDeleteToolParams,
  ToolGetToolParams,
  ToolGetToolResponse,
  ToolListToolsResponse,
  ToolUpdateToolParams,
  ToolUpdateToolResponse,
  Tools,
} from './tools';
import * as EventsAPI from './runs/events';
import { EventDataDefaultFlatPagination } from './runs/events';
import * as RunsAPI from './runs/runs';
import {
  MissionRunData,
  MissionRunDataDefaultFlatPagination,
  MissionRunResponse,
  MissionRunsListResponse,
  RunCancelRunParams,
  RunCreateParams,
  RunListParams,
  RunListRunsParams,
  RunPauseRunParams,
  RunResumeRunParams,
  RunRetrieveParams,
  RunStatus,
  RunUpdateParams,
  Runs,
} from './runs/runs';
import * as TestSuitesRunsAPI from '../assistants/tests/test-suites/runs';
import { APIPromise } from '../../../core/api-promise';
import {
  DefaultFlatPagination,
  type DefaultFlatPaginationParams,
  PagePromise,
} from '../../../core/pagination';
import { buildHeaders } from '../../../internal/headers';
import { RequestOptions } from '../../../internal/request-options';
import { path } from '../../../internal/utils/path';

export class Missions extends APIResource {
  runs: RunsAPI.Runs = new RunsAPI.Runs(this._client);
  knowledgeBases: KnowledgeBasesAPI.KnowledgeBases = new KnowledgeBasesAPI.KnowledgeBases(this._client);
  mcpServers: McpServersAPI.McpServers = new McpServersAPI.McpServers(this._client);
  tools: ToolsAPI.Tools = new ToolsAPI.Tools(this._client);

  /**
   * Returns a paginated list of all mission definitions in your organization.
   * Missions describe a goal and the tools, knowledge bases, and MCP servers agents
   * may use to accomplish it.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const missionData of client.ai.missions.list()) {
   *   // ...
   * }
   * ```
   */
  list(
    query: MissionListParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<MissionDataDefaultFlatPagination, MissionData> {
    return this._client.getAPIList('/ai/missions', DefaultFlatPagination<MissionData>, { query, ...options });
  }

  /**
   * Creates a new mission definition from the provided configuration and returns the
   * created mission. Execute the mission by starting runs against it.
   *
   * @example
   * ```ts
   * const missionResponse = await client.ai.missions.create({
   *   name: 'Name',
   *   description: 'Description',
   *   execution_mode: 'external',
   *   instructions: 'Instructions',
   *   model: 'Model',
   * });
   * ```
   */
  create(body: MissionCreateParams, options?: RequestOptions): APIPromise<MissionResponse> {
    return this._client.post('/ai/missions', { body, ...options });
  }

  /**
   * Get a mission by ID (includes tools, knowledge_bases, mcp_servers)
   *
   * @example
   * ```ts
   * const missionResponse = await client.ai.missions.retrieve(
   *   '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
   * );
   * ```
   */
  retrieve(missionID: string, options?: RequestOptions): APIPromise<MissionResponse> {
    return this._client.get(path`/ai/missions/${missionID}`, options);
  }

  /**
   * Returns a paginated list of recent events across every mission in your
   * organization, optionally filtered by event type. Useful for building activity
   * feeds or monitoring dashboards.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const eventData of client.ai.missions.listEvents()) {
   *   // ...
   * }
   * ```
   */
  listEvents(
    query: MissionListEventsParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<EventDataDefaultFlatPagination, EventsAPI.EventData> {
    return this._client.getAPIList('/ai/missions/events', DefaultFlatPagination<EventsAPI.EventData>, {
      query,
      ...options,
    });
  }

  /**
   * Permanently deletes the specified mission definition and returns no content on
   * success.
   *
   * @example
   * ```ts
   * await client.ai.missions.deleteMission(
   *   '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
   * );
   * ```
   */
  deleteMission(missionID: string, options?: RequestOptions): APIPromise<void> {
    return this._client.delete(path`/ai/missions/${missionID}`, {
      ...options,
      headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),
    });
  }

  /**
   * Replaces the specified mission's definition with the provided configuration and
   * returns the updated mission.
   *
   * @example
   * ```ts
   * const missionResponse =
   *   await client.ai.missions.updateMission(
   *     '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
   *     {
   *       description: 'Description',
   *       execution_mode: 'external',
   *       instructions: 'Instructions',
   *       model: 'Model',
   *       name: 'Name',
   *     },
   *   );
   * ```
   */
  updateMission(
    missionID: string,
    body: MissionUpdateMissionParams,
    options?: RequestOptions,
  ): APIPromise<MissionResponse> {
    return this._client.put(path`/ai/missions/${missionID}`, { body, ...options });
  }

  /**
   * Creates a copy of the specified mission as a new mission definition, so you can
   * iterate on its configuration without modifying the original.
   *
   * @example
   * ```ts
   * const response = await client.ai.missions.cloneMission(
   *   'mission_id',
   * );
   * ```
   */
  cloneMission(missionID: string, options?: RequestOptions): APIPromise<unknown> {
    return this._client.post(path`/ai/missions/${missionID}/clone`, options);
  }
}

export type MissionDataDefaultFlatPagination = DefaultFlatPagination<MissionData>;

export interface EventsListResponse {
  data: Array<EventsAPI.EventData>;

  meta: TestSuitesRunsAPI.Meta;
}

export type ExecutionMode = 'external' | 'managed';

export interface MissionData {
  created_at: string;

  execution_mode: ExecutionMode;

  mission_id: string;

  name: string;

  updated_at: string;

  description?: string;

  instructions?: string;

  metadata?: { [key: string]: unknown };

  model?: string;
}

export interface MissionResponse {
  data: MissionData;
}

export type MissionCloneMissionResponse = unknown;

export interface MissionListParams extends DefaultFlatPaginationParams {}

export interface MissionCreateParams {
  name: string;

  description?: string;

  execution_mode?: ExecutionMode;

  instructions?: string;

  metadata?: { [key: string]: unknown };

  model?: string;
}

export interface MissionListEventsParams extends DefaultFlatPaginationParams {
  /**
   * Filter results by type.
   */
  type?: string;
}

export interface MissionUpdateMissionParams {
  description?: string;

  execution_mode?: ExecutionMode;

  instructions?: string;

  metadata?: { [key: string]: unknown };

  model?: string;

  name?: string;
}

Missions.Runs = Runs;
Missions.KnowledgeBases = KnowledgeBases;
Missions.McpServers = McpServers;
Missions.Tools = Tools;

export declare namespace Missions {
  export {
    type EventsListResponse as EventsListResponse,
    type ExecutionMode as ExecutionMode,
    type MissionData as MissionData,
    type MissionResponse as MissionResponse,
    type MissionCloneMissionResponse as MissionCloneMissionResponse,
    type MissionDataDefaultFlatPagination as MissionDataDefaultFlatPagination,
    type MissionListParams as MissionListParams,
    type MissionCreateParams as MissionCreateParams,
    type MissionListEventsParams as MissionListEventsParams,
    type MissionUpdateMissionParams as MissionUpdateMissionParams,
  };

  export {
    Runs as Runs,
    type MissionRunData as MissionRunData,
    type MissionRunResponse as MissionRunResponse,
    type MissionRunsListResponse as MissionRunsListResponse,
    type RunStatus as RunStatus,
    type MissionRunDataDefaultFlatPagination as MissionRunDataDefaultFlatPagination,
    type RunListParams as RunListParams,
    type RunCreateParams as RunCreateParams,
    type RunRetrieveParams as RunRetrieveParams,
    type RunUpdateParams as RunUpdateParams,
    type RunListRunsParams as RunListRunsParams,
    type RunCancelRunParams as RunCancelRunParams,
    type RunPauseRunParams as RunPauseRunParams,
    type RunResumeRunParams as RunResumeRunParams,
  };

  export {
    KnowledgeBases as KnowledgeBases,
    type KnowledgeBaseCreateKnowledgeBaseResponse as KnowledgeBaseCreateKnowledgeBaseResponse,
    type KnowledgeBaseGetKnowledgeBaseResponse as KnowledgeBaseGetKnowledgeBaseResponse,
    type KnowledgeBaseListKnowledgeBasesResponse as KnowledgeBaseListKnowledgeBasesResponse,
    type KnowledgeBaseUpdateKnowledgeBaseResponse as KnowledgeBaseUpdateKnowledgeBaseResponse,
    type KnowledgeBaseDeleteKnowledgeBaseParams as KnowledgeBaseDeleteKnowledgeBaseParams,
    type KnowledgeBaseGetKnowledgeBaseParams as KnowledgeBaseGetKnowledgeBaseParams,
    type KnowledgeBaseUpdateKnowledgeBaseParams as KnowledgeBaseUpdateKnowledgeBaseParams,
  };

  export {
    McpServers as McpServers,
    type McpServerCreateMcpServerResponse as McpServerCreateMcpServerResponse,
    type McpServerGetMcpServerResponse as McpServerGetMcpServerResponse,
    type McpServerListMcpServersResponse as McpServerListMcpServersResponse,
    type McpServerUpdateMcpServerResponse as McpServerUpdateMcpServerResponse,
    type McpServerDeleteMcpServerParams as McpServerDeleteMcpServerParams,
    type McpServerGetMcpServerParams as McpServerGetMcpServerParams,
    type McpServerUpdateMcpServerParams as McpServerUpdateMcpServerParams,
  };

  export {
    Tools as Tools,
    type ToolCreateToolResponse as ToolCreateToolResponse,
    type ToolGetToolResponse as ToolGetToolResponse,
    type ToolListToolsResponse as ToolListToolsResponse,
    type ToolUpdateToolResponse as ToolUpdateToolResponse,
    type ToolDeleteToolParams as ToolDeleteToolParams,
    type ToolGetToolParams as ToolGetToolParams,
    type ToolUpdateToolParams as ToolUpdateToolParams,
  };
}

export { type EventDataDefaultFlatPagination };
