import { ValidLoggers } from "api/types.js";
import { sleep } from "api/utils.js";
import { BaseError, GithubError } from "common/errors/index.js";
import { Octokit } from "octokit";
import { createAppAuth } from "@octokit/auth-app";
import { RequestError } from "@octokit/request-error";

interface TeamSyncGroup {
  group_id: string;
  group_name: string;
  group_description: string;
}

interface TeamSyncGroupsResponse {
  groups: TeamSyncGroup[];
}

export interface GithubAppAuth {
  appId: number;
  installationId: number;
  privateKey: string;
}

export interface CreateGithubTeamInputs {
  auth: GithubAppAuth;
  orgId: string;
  parentTeamId?: number;
  name: string;
  description?: string;
  privacy?: "secret" | "closed";
  logger: ValidLoggers;
  groupsToSync?: string[];
}

async function findIdpGroupWithRetry({
  octokit,
  orgId,
  groupId,
  logger,
  maxRetries,
}: {
  octokit: Octokit;
  groupId: string;
  orgId: string;
  logger: ValidLoggers;
  maxRetries: number;
}): Promise<{
  group_id: string;
  group_name: string;
  group_description: string;
} | null> {
  for (let attempt = 0; attempt < maxRetries; attempt++) {
    try {
      logger.info(
        `Searching for IdP group ${groupId} (attempt ${attempt + 1}/${maxRetries})`,
      );

      // List all IdP groups
      const response = await octokit.request(
        "GET /orgs/{org}/team-sync/groups",
        {
          org: orgId,
          headers: {
            "X-GitHub-Api-Version": "2022-11-28",
          },
        },
      );

      const data = response.data as TeamSyncGroupsResponse;
      const group = data.groups?.find((g) => g.group_id === groupId);

      if (group) {
        logger.info(`Found IdP group: ${group.group_name}`);
        return {
          group_id: group.group_id,
          group_name: group.group_name,
          group_description: group.group_description || "",
        };
      }

      if (attempt < maxRetries - 1) {
        const baseDelay = 250;
        const exponentialDelay = baseDelay * 2 ** attempt;
        const jitter = Math.random() * 250;
        const delay = exponentialDelay + jitter;

        logger.warn(
          `IdP group ${groupId} not found, retrying in ${Math.round(delay)}ms...`,
        );
        await sleep(delay);
      }
    } catch (error) {
      logger.error(
        `Error searching for IdP group (attempt ${attempt + 1}/${maxRetries}):`,
        error,
      );

      if (attempt < maxRetries - 1) {
        const baseDelay = 1000;
        const exponentialDelay = baseDelay * 2 ** attempt;
        const jitter = Math.random() * 1000;
        const delay = exponentialDelay + jitter;

        logger.warn(`Retrying in ${Math.round(delay)}ms...`);
        await sleep(delay);
      }
    }
  }

  return null;
}

export async function createGithubTeam({
  auth,
  orgId,
  parentTeamId,
  description,
  name,
  privacy,
  logger,
}: Omit<CreateGithubTeamInputs, "groupsToSync">) {
  try {
    const octokit = new Octokit({
      authStrategy: createAppAuth,
      auth,
    });
    logger.info(`Checking if GitHub team "${name}" exists`);
    let existingTeam: { name: string; id: number } | undefined;
    for await (const response of octokit.paginate.iterator(
      "GET /orgs/{org}/teams",
      {
        org: orgId,
        per_page: 100,
      },
    )) {
      existingTeam = response.data.find(
        (team: { name: string; id: number }) => team.name === name,
      );

      if (existingTeam) {
        break;
      }
    }

    if (existingTeam) {
      logger.info(`Team "${name}" already exists with id: ${existingTeam.id}`);
      return { updated: false, id: existingTeam.id };
    }
    logger.info(`Creating GitHub team "${name}"`);
    const response = await octokit.request("POST /orgs/{org}/teams", {
      org: orgId,
      name,
      description: `[Managed by Core API]${description ? ` ${description}` : ""}`,
      privacy: privacy || "closed",
      notification_setting: "notifications_enabled",
      parent_team_id: parentTeamId,
    });
    if (response.status !== 201) {
      logger.error(response.data);
      throw new GithubError({
        message: "Failed to create Github team.",
      });
    }
    const newTeamSlug = response.data.slug;
    const newTeamId = response.data.id;
    logger.info(`Created Github Team with slug ${newTeamSlug}`);
    return { updated: true, id: newTeamId };
  } catch (e) {
    if (e instanceof BaseError) {
      throw e;
    }
    logger.error("Failed to create GitHub team.");
    logger.error(e);
    throw new GithubError({
      message: "Failed to create GitHub team.",
    });
  }
}

export async function assignIdpGroupsToTeam({
  auth,
  teamId,
  groupsToSync,
  logger,
  orgId,
  orgName,
}: {
  auth: GithubAppAuth;
  teamId: number;
  groupsToSync: string[];
  logger: ValidLoggers;
  orgId: number;
  orgName: string;
}) {
  try {
    const octokit = new Octokit({
      authStrategy: createAppAuth,
      auth,
    });

    if (!groupsToSync || groupsToSync.length === 0) {
      logger.info("No IdP groups to sync");
      return;
    }

    try {
      logger.info(`Checking team sync availability for team ${teamId}`);
      await octokit.request(
        "GET /organizations/{org}/team/{team_id}/team-sync/group-mappings",
        {
          org: orgId,
          team_id: teamId,
          headers: {
            "X-GitHub-Api-Version": "2022-11-28",
          },
        },
      );
      logger.info("Team sync is available for this team");
    } catch (checkError) {
      logger.error(
        checkError,
        `Failed to check team sync availability for team ${teamId}`,
      );
      if (checkError instanceof BaseError) {
        throw checkError;
      }
      if (checkError instanceof RequestError && checkError.status === 404) {
        logger.warn(
          `Team sync is not available for team ${teamId}. This could mean:
          1. The organization doesn't have SAML SSO properly configured
          2. Team sync feature is not enabled for this organization
          3. The team was just created and sync isn't ready yet`,
        );
        logger.warn("Skipping IdP group assignment");
        return;
      }
      throw checkError;
    }

    const idpGroups = [];
    for (const groupId of groupsToSync) {
      const idpGroup = await findIdpGroupWithRetry({
        octokit,
        orgId: orgName,
        groupId,
        logger,
        maxRetries: 5,
      });

      if (!idpGroup) {
        logger.error(
          `Failed to find IdP group with ID ${groupId} after 5 retries`,
        );
        throw new GithubError({
          message: `IdP group with ID ${groupId} not found`,
        });
      }
      idpGroups.push(idpGroup);
    }

    logger.info(`Mapping ${idpGroups.length} IdP group(s) to team ${teamId}`);
    await octokit.request(
      "PATCH /organizations/{org}/team/{team_id}/team-sync/group-mappings",
      {
        org: orgId,
        team_id: teamId,
        groups: idpGroups,
        headers: {
          "X-GitHub-Api-Version": "2022-11-28",
        },
      },
    );

    logger.info(`Successfully mapped IdP groups to team ${teamId}`);
  } catch (e) {
    logger.error(e, `Failed to assign IdP groups to team ${teamId}`);
    if (e instanceof BaseError) {
      throw e;
    }

    if (e instanceof RequestError && e.status === 404) {
      logger.warn(
        `Team sync endpoint not available for team ${teamId}. IdP groups were not assigned.`,
      );
      return;
    }
    throw new GithubError({
      message: `Failed to assign IdP groups to team ${teamId}`,
    });
  }
}
