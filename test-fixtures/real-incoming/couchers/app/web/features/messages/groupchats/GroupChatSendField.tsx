import Button from "components/Button";
import TextField from "components/TextField";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { RpcError } from "grpc-web";
import { useTranslation } from "i18n";
import { GLOBAL, MESSAGES } from "i18n/namespaces";
import { usePersistedState } from "platform/usePersistedState";
import React from "react";
import { useForm } from "react-hook-form";
import { UseMutationResult } from "react-query";

import useSendFieldStyles from "../useSendFieldStyles";

interface MessageFormData {
  text: string;
}

export interface GroupChatSendFieldProps {
  sendMutation: UseMutationResult<string | undefined | Empty, RpcError, string>;
  chatId: number;
  currentUserId: number;
}

export default function GroupChatSendField({
  sendMutation,
  chatId,
  currentUserId,
}: GroupChatSendFieldProps) {
  const { t } = useTranslation([GLOBAL, MESSAGES]);
  const classes = useSendFieldStyles();

  const { mutate: handleSend, isLoading } = sendMutation;

  const { register, handleSubmit, reset } = useForm<MessageFormData>();
  const [persistedMessage, setPersistedMessage, clearPersistedMessage] =
    usePersistedState(
      `messages.${currentUserId}.${chatId}`,
      "",
      "sessionStorage"
    );

  const onSubmit = handleSubmit(async (data: MessageFormData) => {
    handleSend(data.text.trimRight());
    clearPersistedMessage();
    reset({ text: "" });
  });

  const handleKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "Enter" && event.ctrlKey) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <form onSubmit={onSubmit} className={classes.container}>
      <TextField
        id="group-chat-message-field"
        label={t("messages:chat_input.label")}
        name="text"
        defaultValue={persistedMessage ?? ""}
        inputRef={register}
        multiline
        fullWidth
        onKeyDown={handleKeyDown}
        onChange={(event) => setPersistedMessage(event.target.value)}
        maxRows={4}
        size="small"
        className={classes.textField}
      />

      <Button
        type="submit"
        variant="contained"
        color="primary"
        onClick={onSubmit}
        loading={isLoading}
        className={classes.button}
      >
        {t("global:send")}
      </Button>
    </form>
  );
}
