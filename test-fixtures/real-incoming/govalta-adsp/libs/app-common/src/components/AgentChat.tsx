import { GoabDetails, GoabFormItem, GoabSkeleton, GoabTextArea, GoabIconButton } from '@abgov/react-components';
import { GoabTextAreaOnChangeDetail } from '@abgov/ui-components-common';
import { FunctionComponent, memo, useMemo, useRef, useState } from 'react';
import Markdown from 'react-markdown';
import styled from 'styled-components';
import { useAutoScroll } from '../hooks';
import {
  AgentMessage,
  AgentError as AgentErrorType,
  Reasoning,
  Message,
  ToolCall,
  UserMessage,
  UserContent,
  Attachment,
  ResolvedImagePart,
  ResolvedFilePart,
} from '../types/agent';

// ========================================
// Type Definitions
// ========================================

interface AgentChatProps {
  disabled?: boolean;
  threadId: string;
  context: Record<string, unknown>;
  messages: Message[];
  draft?: string;
  onDraftChange?: (value: string) => void;
  onSend: (threadId: string, context: Record<string, unknown>, content: UserContent) => void;
  onAttachmentUpload?: (file: File) => Promise<Attachment>;
}

interface UserMessageItemProps {
  className?: string;
  message: UserMessage;
}

interface AgentMessageItemProps {
  className?: string;
  message: AgentMessage;
}

interface AgentToolCallProps {
  className?: string;
  toolCall: ToolCall;
}

interface AgentReasoningProps {
  className?: string;
  reasoning: Reasoning;
}

interface AgentErrorProps {
  className?: string;
  error: AgentErrorType;
}

// ========================================
// Helpers
// ========================================

const createWelcomeMessage = (threadId: string): AgentMessage => ({
  id: null,
  threadId,
  streaming: false,
  toolCalls: [],
  from: 'agent',
  content: 'How can I help you?',
  reasoning: null,
});

// ========================================
// Styled Components
// ========================================

const ContainerDiv = styled.div`
  display: flex;
  flex-direction: column;
  height: 100%;

  & > :first-child {
    overflow: auto;
    flex: 1;
    min-height: 0;

    & .message-list {
      min-height: 100%;
      display: flex;
      flex-direction: column;
      justify-content: flex-end;
    }

    .message-list > :last-child {
      padding-top: var(--goa-space-l);
    }
  }

  & > :last-child {
    flex: 0;
  }

  & .message-list .activity-indicator {
    padding: var(--goa-space-m) var(--goa-space-xs) 0 var(--goa-space-xs);
    display: flex;
    flex-direction: column;
    gap: var(--goa-space-xs);

    & span {
      color: var(--goa-color-text-secondary);
      font-style: italic;
      font-size: var(--goa-font-size-1);
    }
  }

  & .content {
    margin: var(--goa-space-m) var(--goa-space-xs) var(--goa-space-l) var(--goa-space-xs);
    max-width: 100%;
    overflow-wrap: break-word;
    word-break: break-word;
  }

  & .content[data-from='agent'] {
    margin-right: var(--goa-space-l);
  }

  & .content pre,
  & .content code {
    max-width: 100%;
    overflow-x: auto;
    font-size: var(--goa-font-size-2);
  }
`;

const FormDiv = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--goa-space-m);
  padding: var(--goa-space-m);
`;

const AttachmentItemDiv = styled.div`
  display: flex;
  align-items: center;
  gap: var(--goa-space-xs);
  padding: var(--goa-space-xs) var(--goa-space-s);
  background: var(--goa-color-greyscale-100);
  border-radius: var(--goa-border-radius-m);
  font-size: var(--goa-font-size-0);

  & > img {
    max-width: 60px;
    max-height: 60px;
    object-fit: cover;
    border-radius: var(--goa-border-radius-s);
  }

  & > button {
    padding: 0;
    margin-left: var(--goa-space-xs);
  }
`;

const AttachmentListDiv = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--goa-space-s);
`;

// ========================================
// Message Components
// ========================================

const UserMessageItem = memo(styled(({ className, message }: UserMessageItemProps) => {
  return (
    <div className={className} data-from={message.from}>
      {message.content.map((part, index) => {
        if (part.type === 'text') {
          return (
            <Markdown key={index} className="content" data-from={message.from}>
              {part.text}
            </Markdown>
          );
        } else if (part.type === 'image') {
          const imagePart = part as ResolvedImagePart;
          return (
            <AttachmentItemDiv key={index}>
              {imagePart.image && <img src={imagePart.image} alt={imagePart.filename || 'Image'} />}
              {imagePart.filename && <span>{imagePart.filename}</span>}
            </AttachmentItemDiv>
          );
        } else if (part.type === 'file') {
          const filePart = part as ResolvedFilePart;
          return (
            <AttachmentItemDiv key={index}>
              <span>{filePart.filename || 'File'}</span>
            </AttachmentItemDiv>
          );
        }
        return null;
      })}
    </div>
  );
})`
  text-align: right;
  display: flex;
  flex-direction: column;
  align-items: flex-end;
  gap: var(--goa-space-xs);

  & .content {
    margin: var(--goa-space-xs) var(--goa-space-xs) var(--goa-space-xs) var(--goa-space-l);
  }
`);

const AgentReasoning = styled(({ className, reasoning }: AgentReasoningProps) => {
  return <div className={className}>{reasoning.content}</div>;
})`
  margin: var(--goa-space-m) var(--goa-space-xl) 0 var(--goa-space-xl);
  font-size: var(--goa-font-size-1);
  line-height: var(--goa-space-m);
  padding: var(--goa-space-m);
  text-align: left;
`;

const AgentErrorBase: FunctionComponent<AgentErrorProps> = ({ className, error }) => {
  const label = error.type === 'tripwire' ? 'Validation Failed' : 'Error';
  return (
    <div className={className}>
      <strong>{label}:</strong> {error.message}
      {error.details && <pre>{JSON.stringify(error.details, null, 2)}</pre>}
    </div>
  );
};

const AgentError = memo(styled(AgentErrorBase)`
  margin: var(--goa-space-m) var(--goa-space-xl) var(--goa-space-l) var(--goa-space-xl);
  padding: var(--goa-space-m);
  background-color: var(--goa-color-emergency-light);
  border-left: 3px solid var(--goa-color-emergency-default);
  border-radius: var(--goa-border-radius-s);
  color: var(--goa-color-text-default);
  font-size: var(--goa-font-size-1);
  line-height: var(--goa-space-m);
  text-align: left;

  & strong {
    color: var(--goa-color-emergency-default);
  }

  & pre {
    background: var(--goa-color-greyscale-100);
    border: 1px solid var(--goa-color-greyscale-200);
    white-space: pre-wrap;
    font-family: monospace;
    font-size: var(--goa-font-size-0);
    line-height: var(--goa-space-m);
    padding: var(--goa-space-m);
    margin: var(--goa-space-s) 0 0 0;
    overflow: auto;
    max-height: 200px;
  }
`);

/**
 * AgentToolCall component - Displays tool execution status and results
 *
 * States:
 * - Pending: Tool has been called but no result/error yet (shows loading indicator)
 * - Complete: Tool returned a result (green border, shows result)
 * - Error: Tool execution failed (red border, shows error)
 */
const AgentToolCallBase: FunctionComponent<AgentToolCallProps> = ({ className, toolCall }) => {
  const isPending = !toolCall.result && !toolCall.error;
  const hasArgs = toolCall.args && Object.keys(toolCall.args).length > 0;

  const getHeading = () => {
    if (isPending) {
      return `Calling ${toolCall.toolName} tool...`;
    } else if (toolCall.error) {
      return `${toolCall.toolName} tool failed`;
    } else {
      return `Called ${toolCall.toolName} tool`;
    }
  };

  return (
    <div className={className} data-status={isPending ? 'pending' : toolCall.error ? 'error' : 'complete'}>
      <GoabDetails heading={getHeading()}>
        <div>
          {isPending && (
            <div className="pending-indicator">
              <GoabSkeleton type="text" />
              <span>Executing tool...</span>
            </div>
          )}
          {hasArgs && (
            <>
              <span>Input</span>
              <pre>{JSON.stringify(toolCall.args, null, 2)}</pre>
            </>
          )}
          {toolCall.result && (
            <>
              <span>Result</span>
              <pre>{JSON.stringify(toolCall.result, null, 2)}</pre>
            </>
          )}
          {toolCall.error && (
            <>
              <span>Error</span>
              <pre className="error-output">{JSON.stringify(toolCall.error, null, 2)}</pre>
            </>
          )}
        </div>
      </GoabDetails>
    </div>
  );
};

const AgentToolCall = memo(styled(AgentToolCallBase)`
  margin: 0 var(--goa-space-xl) var(--goa-space-l) var(--goa-space-xl);

  &[data-status='pending'] {
    opacity: 0.8;
  }

  &[data-status='error'] {
    border-left: 3px solid var(--goa-color-emergency-default);
  }

  &[data-status='complete'] {
    border-left: 3px solid var(--goa-color-success-default);
  }

  & .pending-indicator {
    display: flex;
    flex-direction: column;
    gap: var(--goa-space-xs);
    padding: var(--goa-space-s) 0;

    & span {
      color: var(--goa-color-text-secondary);
      font-style: italic;
      font-size: var(--goa-font-size-1);
    }
  }

  & pre {
    background: var(--goa-color-greyscale-100);
    white-space: pre-wrap;
    font-family: monospace;
    font-size: var(--goa-font-size-1);
    line-height: var(--goa-space-m);
    padding: var(--goa-space-m);
    text-align: left;
    margin: 0;
    max-height: 250px;
    overflow: auto;
  }

  & pre.error-output {
    background: var(--goa-color-emergency-light);
    border-left: 2px solid var(--goa-color-emergency-default);
  }
`);

const AgentMessageItem = memo(styled(({ className, message }: AgentMessageItemProps) => {
  const hasText = message.content?.trim().length > 0;
  const hasReasoning = Boolean(message.reasoning?.content?.trim());
  const hasToolCalls = message.toolCalls.length > 0;
  const hasErrors = Boolean(message.errors?.length);
  const hasPendingToolCall = message.toolCalls.some((toolCall) => !toolCall.result && !toolCall.error);

  // Show explicit feedback if the stream has started but no visible output has arrived yet.
  const isThinking = message.streaming && !hasText && !hasReasoning && !hasToolCalls && !hasErrors;

  // Show a subtle continuation hint for quiet streaming gaps between visible updates.
  const showStreamingContinuation = message.streaming && !isThinking && !hasPendingToolCall;

  return (
    <div className={className} data-from={message.from}>
      {isThinking && (
        <div className="activity-indicator" data-kind="thinking">
          <GoabSkeleton type="text" />
          <span>Agent is thinking...</span>
        </div>
      )}
      {message.reasoning && <AgentReasoning reasoning={message.reasoning} />}
      <Markdown className="content" data-from={message.from}>
        {message.content}
      </Markdown>
      {message.toolCalls.map((toolCall) => (
        <AgentToolCall key={toolCall.toolCallId} toolCall={toolCall} />
      ))}
      {showStreamingContinuation && (
        <div className="activity-indicator" data-kind="continuing">
          <span>Generating response...</span>
        </div>
      )}
      {message.errors && message.errors.map((error, index) => <AgentError key={index} error={error} />)}
    </div>
  );
})`
  text-align: left;

  & .activity-indicator {
    margin: var(--goa-space-m) var(--goa-space-xl) var(--goa-space-l) var(--goa-space-xl);
    display: flex;
    flex-direction: column;
    gap: var(--goa-space-xs);

    & span {
      color: var(--goa-color-text-secondary);
      font-style: italic;
      font-size: var(--goa-font-size-1);
    }
  }

  & .activity-indicator[data-kind='continuing'] {
    margin-top: 0;
  }
`);

// ========================================
// Main Component
// ========================================

export const AgentChat: FunctionComponent<AgentChatProps> = ({
  disabled,
  threadId,
  context,
  messages,
  draft: draftProp,
  onDraftChange,
  onSend,
  onAttachmentUpload,
}) => {
  // State — use internal state when no controlled draft is provided
  const [draftInternal, setDraftInternal] = useState('');
  const draft = draftProp !== undefined ? draftProp : draftInternal;
  const setDraft = (value: string) => {
    if (onDraftChange) {
      onDraftChange(value);
    } else {
      setDraftInternal(value);
    }
  };
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);

  // Refs
  const fileInputRef = useRef<HTMLInputElement>(null);

  // Hooks
  const { scrollContainerRef, targetElementRef, onScroll, resetScroll } = useAutoScroll([messages]);

  // Computed values
  const welcomeMessage = useMemo(() => createWelcomeMessage(threadId), [threadId]);
  const isWaitingForResponse = useMemo(() => messages[messages.length - 1]?.from === 'user', [messages]);

  // Event handlers
  const uploadAttachment = async (file: File) => {
    if (!onAttachmentUpload) {
      return;
    }
    try {
      setUploading(true);
      const attachment = await onAttachmentUpload(file);
      setAttachments((prev) => [...prev, attachment]);
    } catch (error) {
      console.error('Upload failed:', error);
    } finally {
      setUploading(false);
    }
  };

  const handleFileSelect = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) {
      await uploadAttachment(file);
    }

    if (fileInputRef.current) {
      fileInputRef.current.value = '';
    }
  };

  const handlePaste = async (event: React.ClipboardEvent) => {
    if (!onAttachmentUpload || disabled || uploading) {
      return;
    }

    const files = Array.from(event.clipboardData?.items || [])
      .filter((item) => item.kind === 'file')
      .map((item) => item.getAsFile())
      .filter((file): file is File => file !== null);

    if (files.length === 0) {
      return;
    }
    // Prevent the browser from inserting file names or binary content into the textarea.
    event.preventDefault();

    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      // Clipboard files arrive with a generic name (e.g. "image.png"), so always rename with a
      // timestamp and index to keep multiple pastes distinguishable in the file service. The
      // MIME subtype is trimmed at '+' since values like "svg+xml" are not valid file extensions.
      const extension = (file.type.split('/')[1] || 'png').split('+')[0];
      const named = new File([file], `pasted-${Date.now()}-${i + 1}.${extension}`, { type: file.type });
      await uploadAttachment(named);
    }
  };

  const handleSend = () => {
    const content: UserContent = [];

    if (draft.trim()) {
      content.push({ type: 'text', text: draft });
    }

    for (const attachment of attachments) {
      if (attachment.type === 'image') {
        content.push({ type: 'image', image: attachment.urn });
      } else {
        content.push({ type: 'file', data: attachment.urn });
      }
    }

    if (content.length > 0) {
      onSend(threadId, context, content);
      setDraft('');
      setAttachments([]);
      resetScroll(); // Re-enable auto-scroll for incoming messages
    }
  };

  const removeAttachment = (urn: string) => {
    setAttachments((prev) => prev.filter((a) => a.urn !== urn));
  };

  const handleKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      handleSend();
      event.preventDefault();
    }
  };

  // Render
  return (
    <ContainerDiv>
      {/* Message list */}
      <div ref={scrollContainerRef} onScroll={onScroll}>
        <div className="message-list">
          <AgentMessageItem message={welcomeMessage} />
          {messages.map((message) =>
            message.from === 'user' ? (
              <UserMessageItem key={message.id} message={message} />
            ) : (
              <AgentMessageItem key={message.id} message={message} />
            ),
          )}
          {isWaitingForResponse && (
            <div className="activity-indicator" data-kind="thinking">
              <span>Thinking...</span>
              <GoabSkeleton type="text" mb="l" mr="4xl" />
            </div>
          )}
          <div ref={targetElementRef} />
        </div>
      </div>

      {/* Input form */}
      <FormDiv onPaste={handlePaste}>
        {onAttachmentUpload && (
          <AttachmentListDiv>
            <input
              ref={fileInputRef}
              type="file"
              style={{ display: 'none' }}
              onChange={handleFileSelect}
              disabled={disabled || uploading}
              accept="image/*,.pdf,.doc,.docx,.xls,.xlsx,.txt"
            />
            {attachments.map((attachment) => (
              <AttachmentItemDiv key={attachment.urn}>
                {attachment.thumbnailUrl && <img src={attachment.thumbnailUrl} alt={attachment.filename} />}
                <span>{attachment.filename}</span>
                <GoabIconButton
                  icon="trash"
                  size="small"
                  onClick={() => removeAttachment(attachment.urn)}
                  disabled={disabled || uploading}
                />
              </AttachmentItemDiv>
            ))}
            <GoabIconButton
              icon="attach"
              size="small"
              onClick={() => fileInputRef.current?.click()}
              disabled={disabled || uploading}
              title="Attach file"
            />
          </AttachmentListDiv>
        )}

        <form onKeyDown={handleKeyDown}>
          <GoabFormItem ml="xs" mr="xs">
            <GoabTextArea
              disabled={disabled}
              name="draft"
              width="100%"
              value={draft}
              onChange={(detail: GoabTextAreaOnChangeDetail) => setDraft(detail.value)}
            />
          </GoabFormItem>
        </form>
      </FormDiv>
    </ContainerDiv>
  );
};
