import { FetchBoundaryError } from "@stll/errors";

import { env } from "@/env";
import { api } from "@/lib/api";
import type { DesktopEditFileType } from "@/lib/desktop-edit-formats";
import { buildSelfHostConnectDeepLink } from "@/lib/desktop-self-host-link.logic";
import { unwrapEden } from "@/lib/errors/api";
import { fetchWithTimeout } from "@/lib/fetch";
import { toSafeId } from "@/lib/safe-id";

const DESKTOP_BRIDGE_PORT = env.VITE_DESKTOP_BRIDGE_PORT;
const DESKTOP_BRIDGE_URL = `http://127.0.0.1:${String(DESKTOP_BRIDGE_PORT)}`;
const DESKTOP_HANDOFF_POLL_INTERVAL_MS = 750;
const DESKTOP_BRIDGE_START_POLL_INTERVAL_MS = 1000;
const DESKTOP_BRIDGE_START_TIMEOUT_MS = 6000;
const DESKTOP_SELF_HOST_CONNECT_POLL_INTERVAL_MS = 750;
const DESKTOP_SELF_HOST_CONNECT_TIMEOUT_MS = 120_000;
const MIN_DESKTOP_BRIDGE_VERSION = 9;
const REQUIRED_DESKTOP_BRIDGE_CAPABILITY = "office-edit.v1";

export class DesktopBridgeUnavailableError extends Error {
  public constructor() {
    super("desktop_bridge_unavailable");
    this.name = "DesktopBridgeUnavailableError";
  }
}

export class DesktopBridgeIncompatibleError extends Error {
  public constructor() {
    super("desktop_bridge_incompatible");
    this.name = "DesktopBridgeIncompatibleError";
  }
}

type LinkedAccountSnapshot = {
  email: string;
  name: string | null;
  verifiedAt: string;
};

type RemoteDesktopSession = {
  baseVersionNumber: number;
  downloadUrl: string;
  fileType: DesktopEditFileType;
  fileName: string;
  lastCheckpointAt: string | null;
  resumedFromCheckpoint: boolean;
  sessionId: string;
  sessionToken: string;
  tookOverExistingSession: boolean;
};

type DesktopEditHandoff = {
  deepLinkUrl: string;
  expiresAt: string;
  handoffId: string;
};

type DesktopEditHandoffStatus =
  | { status: "expired"; expiresAt: string }
  | { status: "opened"; sessionId: string }
  | { status: "pending"; expiresAt: string };

export type OpenFileInDesktopResult =
  | { type: "opened" }
  | { type: "handoff-pending"; waitUntilOpened: Promise<void> };

type OpenFileInDesktopInput = {
  apiBaseUrl: string;
  entityId: string;
  linkedAccount: LinkedAccountSnapshot | null;
  propertyId: string;
  workspaceId: string;
} & ({ force?: never } | { force: true });

type BridgeResponse = {
  message?: string;
};

type BridgeHealth = {
  capabilities?: string[];
  bridgeVersion?: number;
};

type SelfHostConnectionStatus = {
  trusted: boolean;
};

const isBridgeResponse = (value: unknown): value is BridgeResponse =>
  typeof value === "object" && value !== null;

const isBridgeHealth = (value: unknown): value is BridgeHealth =>
  typeof value === "object" &&
  value !== null &&
  (!("bridgeVersion" in value) || typeof value.bridgeVersion === "number") &&
  (!("capabilities" in value) ||
    (Array.isArray(value.capabilities) &&
      value.capabilities.every(
        (capability) => typeof capability === "string",
      )));

const isSelfHostConnectionStatus = (
  value: unknown,
): value is SelfHostConnectionStatus =>
  typeof value === "object" &&
  value !== null &&
  "trusted" in value &&
  typeof value.trusted === "boolean";

const parseBridgeResponse = async (response: Response) => {
  try {
    const payload: unknown = await response.json();
    return isBridgeResponse(payload) ? payload : null;
  } catch {
    return null;
  }
};

const readBridgeHealth = async (
  timeoutMs: number,
): Promise<BridgeHealth | null> => {
  try {
    const response = await fetchWithTimeout(`${DESKTOP_BRIDGE_URL}/health`, {
      method: "GET",
      timeoutMs,
    });
    if (!response.ok) {
      return null;
    }

    const payload: unknown = await response.json();
    return isBridgeHealth(payload) ? payload : {};
  } catch {
    return null;
  }
};

const isCompatibleDesktopBridge = (health: BridgeHealth) =>
  typeof health.bridgeVersion === "number" &&
  health.bridgeVersion >= MIN_DESKTOP_BRIDGE_VERSION &&
  health.capabilities?.includes(REQUIRED_DESKTOP_BRIDGE_CAPABILITY) === true;

const signalDesktopUpdateCheck = () => {
  window.location.href = "stella://ping";
};

const assertCompatibleDesktopBridge = (
  health: BridgeHealth,
  { signalUpdateCheck = true }: { signalUpdateCheck?: boolean } = {},
) => {
  if (isCompatibleDesktopBridge(health)) {
    return;
  }

  if (signalUpdateCheck) {
    signalDesktopUpdateCheck();
  }

  throw new DesktopBridgeIncompatibleError();
};

const wakeDesktopAndReadBridgeHealth =
  async (): Promise<BridgeHealth | null> => {
    signalDesktopUpdateCheck();

    const deadline = Date.now() + DESKTOP_BRIDGE_START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      // oxlint-disable-next-line no-await-in-loop -- sequential poll backoff: must wait before re-checking the bridge
      await wait(
        Math.min(DESKTOP_BRIDGE_START_POLL_INTERVAL_MS, deadline - Date.now()),
      );

      // oxlint-disable-next-line no-await-in-loop -- sequential health poll: each probe depends on the prior wait elapsing
      const health = await readBridgeHealth(1000);
      if (health) {
        return health;
      }
    }

    return null;
  };

const openRemoteDesktopSession = async ({
  entityId,
  force,
  propertyId,
  workspaceId,
}: {
  entityId: string;
  force?: true | undefined;
  propertyId: string;
  workspaceId: string;
}) => {
  const response = await api
    .entities({ workspaceId: toSafeId<"workspace">(workspaceId) })
    ["desktop-edit-sessions"].open.post({
      entityId: toSafeId<"entity">(entityId),
      ...(force && { force }),
      propertyId: toSafeId<"property">(propertyId),
    });

  return unwrapEden(response) satisfies RemoteDesktopSession;
};

const createDesktopEditHandoff = async ({
  entityId,
  force,
  linkedAccount,
  propertyId,
  workspaceId,
}: OpenFileInDesktopInput) => {
  const response = await api
    .entities({ workspaceId: toSafeId<"workspace">(workspaceId) })
    ["desktop-edit-handoffs"].post({
      entityId: toSafeId<"entity">(entityId),
      ...(force && { force }),
      linkedAccount,
      propertyId: toSafeId<"property">(propertyId),
    });

  return unwrapEden(response) satisfies DesktopEditHandoff;
};

const readDesktopEditHandoffStatus = async ({
  handoffId,
  workspaceId,
}: {
  handoffId: string;
  workspaceId: string;
}) => {
  const response = await api
    .entities({ workspaceId: toSafeId<"workspace">(workspaceId) })
    ["desktop-edit-handoffs"]({
      handoffId: toSafeId<"desktopEditHandoff">(handoffId),
    })
    .status.get();

  return unwrapEden(response) satisfies DesktopEditHandoffStatus;
};

const launchDesktopEditHandoff = (deepLinkUrl: string) => {
  window.location.href = deepLinkUrl;
};

const launchSelfHostConnect = ({
  apiBaseUrl,
  webOrigin,
}: {
  apiBaseUrl: string;
  webOrigin: string;
}) => {
  window.location.href = buildSelfHostConnectDeepLink({
    apiBaseUrl,
    webOrigin,
  });
};

const wait = async (milliseconds: number) => {
  await new Promise<void>((resolve) => {
    setTimeout(resolve, milliseconds);
  });
};

const waitForDesktopEditHandoffOpened = async ({
  expiresAt,
  handoffId,
  workspaceId,
}: {
  expiresAt: string;
  handoffId: string;
  workspaceId: string;
}) => {
  const parsedDeadline = new Date(expiresAt).getTime();
  let deadline = Number.isFinite(parsedDeadline)
    ? parsedDeadline
    : Date.now() + 30_000;

  while (Date.now() < deadline) {
    // oxlint-disable-next-line no-await-in-loop -- sequential status poll: deadline may extend per status response, so probes must be ordered
    const handoffStatus = await readDesktopEditHandoffStatus({
      handoffId,
      workspaceId,
    });

    if (handoffStatus.status === "opened") {
      return;
    }

    if (handoffStatus.status === "expired") {
      break;
    }

    const nextDeadline = new Date(handoffStatus.expiresAt).getTime();
    if (Number.isFinite(nextDeadline) && nextDeadline > deadline) {
      deadline = nextDeadline;
    }

    // oxlint-disable-next-line no-await-in-loop -- sequential poll backoff: must wait between handoff status probes
    await wait(
      Math.max(
        0,
        Math.min(DESKTOP_HANDOFF_POLL_INTERVAL_MS, deadline - Date.now()),
      ),
    );
  }

  throw new DesktopBridgeUnavailableError();
};

/**
 * Check if the desktop bridge is reachable (app is running).
 * Returns true/false without throwing.
 */
export const isDesktopBridgeReachable = async (): Promise<boolean> =>
  (await readBridgeHealth(500)) !== null;

const readSelfHostedDesktopConnection = async ({
  apiBaseUrl,
}: {
  apiBaseUrl: string;
}): Promise<SelfHostConnectionStatus | null> => {
  const params = new URLSearchParams({ apiBaseUrl });

  try {
    const response = await fetchWithTimeout(
      `${DESKTOP_BRIDGE_URL}/v1/self-host-connection?${params.toString()}`,
      {
        method: "GET",
        timeoutMs: 1000,
      },
    );
    if (!response.ok) {
      return null;
    }

    const payload: unknown = await response.json();
    return isSelfHostConnectionStatus(payload) ? payload : null;
  } catch {
    return null;
  }
};

export const connectSelfHostedDesktop = async ({
  apiBaseUrl,
  webOrigin,
}: {
  apiBaseUrl: string;
  webOrigin: string;
}) => {
  launchSelfHostConnect({ apiBaseUrl, webOrigin });

  const deadline = Date.now() + DESKTOP_SELF_HOST_CONNECT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    // oxlint-disable-next-line no-await-in-loop -- sequential approval polling: user approval updates the local desktop trust store asynchronously
    const status = await readSelfHostedDesktopConnection({ apiBaseUrl });
    if (status?.trusted) {
      return;
    }

    // oxlint-disable-next-line no-await-in-loop -- sequential approval polling: must wait before probing the local bridge again
    await wait(
      Math.max(
        0,
        Math.min(
          DESKTOP_SELF_HOST_CONNECT_POLL_INTERVAL_MS,
          deadline - Date.now(),
        ),
      ),
    );
  }

  throw new DesktopBridgeUnavailableError();
};

const openFileViaBridge = async ({
  apiBaseUrl,
  entityId,
  force,
  linkedAccount,
  propertyId,
  workspaceId,
}: OpenFileInDesktopInput) => {
  const remoteSession = await openRemoteDesktopSession({
    force,
    entityId,
    propertyId,
    workspaceId,
  });

  let response: Response;

  try {
    response = await fetchWithTimeout(`${DESKTOP_BRIDGE_URL}/v1/open-file`, {
      body: JSON.stringify({
        apiBaseUrl,
        entityId,
        linkedAccount,
        propertyId,
        remoteSession,
        workspaceId,
      }),
      headers: {
        "Content-Type": "application/json",
      },
      method: "POST",
      timeoutMs: 10_000,
    });
  } catch {
    return await rethrowAfterBridgeCompatibilityCheck(
      new DesktopBridgeUnavailableError(),
    );
  }

  if (!response.ok) {
    const payload = await parseBridgeResponse(response);
    if (payload?.message) {
      return await rethrowAfterBridgeCompatibilityCheck(
        new FetchBoundaryError({
          url: `${DESKTOP_BRIDGE_URL}/v1/open-file`,
          status: response.status,
          statusText: response.statusText,
          message: payload.message,
        }),
      );
    }

    return await rethrowAfterBridgeCompatibilityCheck(
      new DesktopBridgeUnavailableError(),
    );
  }

  return { type: "opened" } satisfies OpenFileInDesktopResult;
};

const rethrowAfterBridgeCompatibilityCheck = async (
  error: unknown,
): Promise<never> => {
  const health = await readBridgeHealth(500);
  if (health) {
    assertCompatibleDesktopBridge(health);
  }

  throw error;
};

export const openFileInDesktop = async ({
  apiBaseUrl,
  entityId,
  force,
  linkedAccount,
  propertyId,
  workspaceId,
}: OpenFileInDesktopInput) => {
  const bridgeHealth = await readBridgeHealth(500);
  if (bridgeHealth) {
    assertCompatibleDesktopBridge(bridgeHealth);

    return await openFileViaBridge({
      apiBaseUrl,
      entityId,
      linkedAccount,
      propertyId,
      workspaceId,
      ...(force && { force }),
    });
  }

  const awakenedBridgeHealth = await wakeDesktopAndReadBridgeHealth();
  if (awakenedBridgeHealth) {
    assertCompatibleDesktopBridge(awakenedBridgeHealth, {
      signalUpdateCheck: false,
    });

    return await openFileViaBridge({
      apiBaseUrl,
      entityId,
      linkedAccount,
      propertyId,
      workspaceId,
      ...(force && { force }),
    });
  }

  const handoff = await createDesktopEditHandoff({
    apiBaseUrl,
    entityId,
    linkedAccount,
    propertyId,
    workspaceId,
    ...(force && { force }),
  });
  launchDesktopEditHandoff(handoff.deepLinkUrl);
  return {
    type: "handoff-pending",
    waitUntilOpened: waitForDesktopEditHandoffOpened({
      expiresAt: handoff.expiresAt,
      handoffId: handoff.handoffId,
      workspaceId,
    }).catch(rethrowAfterBridgeCompatibilityCheck),
  } satisfies OpenFileInDesktopResult;
};
