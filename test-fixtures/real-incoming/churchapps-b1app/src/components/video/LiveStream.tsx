"use client";
import { ChatStateInterface, EnvironmentHelper, StreamConfigInterface, StreamingServiceExtendedInterface } from "@/helpers";
import { ChatHelper } from "@/helpers/ChatHelper";
import { StreamingServiceHelper } from "@/helpers/StreamingServiceHelper";
import React, { useEffect } from "react";
import { InteractionContainer } from "./InteractionContainer";
import { VideoContainer } from "./VideoContainer";
import { ChatConfigHelper } from "@/helpers/ChatConfigHelper";
import { UserHelper } from "@churchapps/apphelper";
import { Permissions } from "@churchapps/helpers";
import type { AppearanceInterface } from "@churchapps/apphelper";
import type { UserInterface } from "@churchapps/helpers";
import { StreamingHeader } from "./StreamingHeader";
import { StreamChatManager } from "@/helpers/StreamChatManager";

interface Props {
  keyName: string,
  appearance: AppearanceInterface,
  includeInteraction: boolean,
  includeHeader: boolean,
  offlineContent?: React.ReactElement,
}

export const LiveStream: React.FC<Props> = (props) => {

  const [config, setConfig] = React.useState<StreamConfigInterface | null>(null);
  const [chatState, setChatState] = React.useState<ChatStateInterface | null>(null);
  const [currentService, setCurrentService] = React.useState<StreamingServiceExtendedInterface | null>(null);
  const [overlayContent, setOverlayContent] = React.useState(false);
  const [isClient, setIsClient] = React.useState(false);
  const [chatReady, setChatReady] = React.useState(false);
  const joinedServiceIdRef = React.useRef<string | null>(null);

  const loadData = async (keyName: string) => {
    const result: StreamConfigInterface = await fetch(`${EnvironmentHelper.Common.ContentApi}/preview/data/${keyName}`).then((response: Response) => response.json());
    StreamingServiceHelper.updateServiceTimes(result);
    result.keyName = keyName;
    ChatConfigHelper.current = result;
    setConfig(result);
    if (props.includeInteraction) {
      await StreamChatManager.initStream();
      setChatReady(true);
    }
  };

  const checkJoinRooms = async () => {
    if (!(props.includeInteraction && currentService && config && chatReady)) return;
    if (joinedServiceIdRef.current === currentService.id) return;
    joinedServiceIdRef.current = currentService.id || null;

    await StreamChatManager.joinMainRoom(ChatConfigHelper.current.churchId || "", currentService);
    await StreamChatManager.checkHost(config, currentService.id || "");
    setChatState({ ...ChatHelper.current });
  };

  useEffect(() => {
    setIsClient(true);
    if (props.includeInteraction) {
      StreamChatManager.initUser();
      setChatState({ ...ChatHelper.current });
    }
    StreamingServiceHelper.initTimer((cs) => { setCurrentService(cs); });
    loadData(props.keyName);
    return () => {
      const main = ChatHelper.current.mainConversation;
      const host = ChatHelper.current.hostConversation;
      if (main) StreamChatManager.leaveRoom(main);
      if (host) StreamChatManager.leaveRoom(host);
      ChatHelper.current.mainConversation = null;
      ChatHelper.current.hostConversation = null;
      joinedServiceIdRef.current = null;
    };
  }, []);

  React.useEffect(() => { checkJoinRooms(); }, [currentService, chatReady, config]);

  let result = (<div id="liveContainer">
    {(props.includeHeader) && <StreamingHeader user={(chatState?.user ?? {}) as UserInterface} config={config || undefined} appearance={props.appearance} isHost={UserHelper.checkAccess(Permissions.contentApi.chat.host)} />}
    <div id="liveBody">
      <VideoContainer overlayContent={overlayContent} currentService={currentService} embedded={!props.includeHeader} />
      {(props.includeInteraction && config) && <InteractionContainer chatState={chatState as ChatStateInterface} config={config} embedded={!props.includeHeader} />}
    </div>
  </div>);

  if (props.offlineContent && isClient) {
    let showAlt = !currentService;
    if (!showAlt && currentService && currentService.localCountdownTime) {
      const seconds = (currentService.localCountdownTime.getTime() - new Date().getTime()) / 1000;
      if (seconds > 3600) showAlt = true;
    }
    if (showAlt) result = props.offlineContent;
  }

  return result;

};
