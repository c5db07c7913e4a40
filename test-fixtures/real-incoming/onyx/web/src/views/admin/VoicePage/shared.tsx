"use client";

import { markdown } from "@opal/utils";
import { useEffect, useState } from "react";
import { Formik, Form } from "formik";
import * as Yup from "yup";
import { SvgOnyxLogo } from "@opal/logos";
import { Modal } from "@opal/components";
import { ConfirmationModalLayout } from "@opal/layouts";
import InputComboBoxField from "@/refresh-components/form/InputComboBoxField";
import InputTypeInField from "@/refresh-components/form/InputTypeInField";
import PasswordInputTypeInField from "@/refresh-components/form/PasswordInputTypeInField";
import InputSelectField from "@/refresh-components/form/InputSelectField";
import InputSelect from "@/refresh-components/inputs/InputSelect";
import { InputVertical, toast } from "@opal/layouts";
import { Section } from "@/layouts/general-layouts";
import { SvgArrowExchange, SvgUnplug, SvgSimpleLoader } from "@opal/icons";
import { Button, Text } from "@opal/components";
import { useModalClose } from "@opal/components";
import type {
  VoiceProviderView,
  VoiceFormValues,
  VoiceOption,
} from "@/lib/voice/types";
import {
  testVoiceProvider,
  upsertVoiceProvider,
  fetchVoicesByType,
  deleteVoiceProvider,
} from "@/lib/voice/svc";
import {
  getVoiceProviderDetail,
  resolveModelId,
  parseSttLanguages,
  sttLanguagesToInput,
  maxSttLanguagesForTargetUri,
  MAX_STT_LANGUAGES,
  STT_LOCALE_PATTERN,
  type ProviderMode,
} from "@/lib/voice/utils";

export { type ProviderMode } from "@/lib/voice/utils";

// ---------------------------------------------------------------------------
// VoiceProviderSetupModal
// ---------------------------------------------------------------------------

interface VoiceProviderSetupModalProps {
  providerType: string;
  existingProvider: VoiceProviderView | null;
  mode: ProviderMode;
  defaultModelId?: string | null;
  onSuccess: () => void;
}

export function VoiceProviderSetupModal({
  providerType,
  existingProvider,
  mode,
  defaultModelId,
  onSuccess,
}: VoiceProviderSetupModalProps) {
  const onClose = useModalClose();
  const detail = getVoiceProviderDetail(providerType);
  const initialTtsModel = defaultModelId
    ? resolveModelId(defaultModelId)
    : (existingProvider?.tts_model ?? "tts-1");

  const isEditing = !!existingProvider;

  // Non-form state: dynamic voice options
  const [voiceOptions, setVoiceOptions] = useState<VoiceOption[]>([]);
  const [isLoadingVoices, setIsLoadingVoices] = useState(false);
  const [initialDefaultVoice, setInitialDefaultVoice] = useState(
    existingProvider?.default_voice ?? ""
  );

  // Fetch voices on mount
  useEffect(() => {
    setIsLoadingVoices(true);
    fetchVoicesByType(providerType)
      .then((res) => res.json())
      .then((data: Array<{ id: string; name: string }>) => {
        const options = data.map((v) => ({
          value: v.id,
          label: v.name,
          description: v.id,
        }));
        setVoiceOptions(options);
        setInitialDefaultVoice((prev) => {
          if (!prev) return options[0]?.value ?? "";
          return options.some((o) => o.value === prev)
            ? prev
            : (options[0]?.value ?? "");
        });
      })
      .catch(() => setVoiceOptions([]))
      .finally(() => setIsLoadingVoices(false));
  }, [providerType]);

  const validationSchema = Yup.object().shape({
    api_key: Yup.string().required("API key is required"),
    target_uri:
      providerType === "azure"
        ? Yup.string().required("Target URI is required")
        : Yup.string(),
    stt_model: Yup.string(),
    tts_model: Yup.string(),
    default_voice: Yup.string(),
    stt_languages:
      mode === "stt" && detail.sttLanguages
        ? Yup.string().test(
            "locales",
            "Enter comma-separated locales like en-US, fr-FR (one per language)",
            (value, context) => {
              if (!value) return true;
              const languages = parseSttLanguages(value);
              const bases = languages.map((lang) =>
                lang.split("-")[0]!.toLowerCase()
              );
              if (
                new Set(bases).size !== bases.length ||
                !languages.every((lang) => STT_LOCALE_PATTERN.test(lang))
              ) {
                return false;
              }
              const cap = maxSttLanguagesForTargetUri(
                context.parent.target_uri ?? ""
              );
              if (languages.length > cap) {
                return context.createError({
                  message:
                    cap === MAX_STT_LANGUAGES
                      ? `Azure supports at most ${cap} spoken languages`
                      : `Self-hosted endpoints support at most ${cap} spoken languages (at-start detection)`,
                });
              }
              return true;
            }
          )
        : Yup.string(),
  });

  const initialValues: VoiceFormValues = {
    api_key: existingProvider?.api_key ?? "",
    target_uri: existingProvider?.target_uri ?? "",
    stt_model: existingProvider?.stt_model ?? "whisper-1",
    tts_model: initialTtsModel,
    default_voice: initialDefaultVoice,
    stt_languages: sttLanguagesToInput(
      existingProvider?.custom_config?.stt_languages
    ),
  };

  async function handleSubmit(
    values: VoiceFormValues,
    { setSubmitting }: { setSubmitting: (v: boolean) => void }
  ) {
    const apiKeyChanged = values.api_key !== (existingProvider?.api_key ?? "");
    const shouldUseStoredKey = !apiKeyChanged && !!existingProvider?.api_key;

    try {
      if (!shouldUseStoredKey) {
        const testResponse = await testVoiceProvider({
          provider_type: providerType,
          api_key: apiKeyChanged ? values.api_key : undefined,
          target_uri: values.target_uri || undefined,
          use_stored_key: shouldUseStoredKey,
        });

        if (!testResponse.ok) {
          const data = await testResponse.json().catch(() => ({}));
          toast.error(
            typeof data?.detail === "string"
              ? data.detail
              : "Connection test failed"
          );
          setSubmitting(false);
          return;
        }
      }

      // Preserve config keys the form doesn't own (e.g. speech_region).
      const customConfig: Record<string, unknown> = {
        ...existingProvider?.custom_config,
      };
      if (mode === "stt" && detail.sttLanguages) {
        const languages = parseSttLanguages(values.stt_languages);
        if (languages.length > 0) {
          customConfig.stt_languages = languages;
        } else {
          delete customConfig.stt_languages;
        }
      }

      const response = await upsertVoiceProvider({
        id: existingProvider?.id,
        name: detail.label,
        provider_type: providerType,
        api_key: apiKeyChanged ? values.api_key : undefined,
        api_key_changed: apiKeyChanged,
        target_uri: values.target_uri || undefined,
        custom_config: customConfig,
        stt_model: values.stt_model,
        tts_model: values.tts_model,
        default_voice: values.default_voice,
        activate_stt: isEditing
          ? (existingProvider?.is_default_stt ?? false)
          : mode === "stt",
        activate_tts: isEditing
          ? (existingProvider?.is_default_tts ?? false)
          : mode === "tts",
      });

      if (response.ok) {
        onSuccess();
      } else {
        const data = await response.json().catch(() => ({}));
        toast.error(
          typeof data?.detail === "string"
            ? data.detail
            : "Failed to save provider"
        );
      }
    } catch {
      toast.error("Failed to save provider");
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Modal open onOpenChange={onClose}>
      <Modal.Content width="sm">
        <Formik
          initialValues={initialValues}
          validationSchema={validationSchema}
          enableReinitialize
          onSubmit={handleSubmit}
        >
          {({ isSubmitting, dirty, isValid }) => (
            <Form>
              <Modal.Header
                icon={detail.icon}
                moreIcon1={SvgArrowExchange}
                moreIcon2={SvgOnyxLogo}
                title={
                  isEditing
                    ? `Configure ${detail.label}`
                    : `Set up ${detail.label}`
                }
                description={`Connect to ${detail.label} and set up your voice models.`}
                onClose={onClose}
              />
              <Modal.Body>
                <Section gap={4} alignItems="stretch">
                  {providerType === "azure" && (
                    <InputVertical
                      title="Target URI"
                      subDescription={markdown(
                        "Paste the endpoint shown in [Azure Portal (Keys and Endpoint)](https://portal.azure.com/). Onyx extracts the speech region from this URL. Examples: `https://westus.api.cognitive.microsoft.com/` or `https://westus.tts.speech.microsoft.com/`."
                      )}
                      withLabel="target_uri"
                    >
                      <InputTypeInField
                        name="target_uri"
                        placeholder="https://your_resource_region.tts.speech.microsoft.com/"
                      />
                    </InputVertical>
                  )}

                  <InputVertical
                    title="API Key"
                    subDescription={markdown(
                      `Paste your [API key](${detail.apiKeyUrl}) from ${detail.label} to access your models.`
                    )}
                    withLabel="api_key"
                  >
                    <PasswordInputTypeInField
                      name="api_key"
                      placeholder="API key"
                    />
                  </InputVertical>

                  {mode === "stt" && detail.sttLanguages && (
                    <InputVertical
                      title="Spoken Languages"
                      subDescription={markdown(
                        `Comma-separated locales users may speak, e.g. \`en-US, fr-FR\`. With more than one, live transcription auto-detects the spoken language (uploaded audio uses the first). See [supported locales](${detail.sttLanguages.docsUrl}).`
                      )}
                      withLabel="stt_languages"
                    >
                      <InputTypeInField
                        name="stt_languages"
                        placeholder="en-US, fr-FR"
                      />
                    </InputVertical>
                  )}

                  {mode === "stt" && (detail.sttModels?.length ?? 0) > 1 && (
                    <InputVertical title="STT Model" withLabel="stt_model">
                      <InputSelectField name="stt_model">
                        <InputSelect.Trigger />
                        <InputSelect.Content>
                          {detail.sttModels!.map((m) => (
                            <InputSelect.Item key={m.id} value={m.id}>
                              {m.name}
                            </InputSelect.Item>
                          ))}
                        </InputSelect.Content>
                      </InputSelectField>
                    </InputVertical>
                  )}

                  {mode === "tts" && (
                    <>
                      {(detail.ttsModels?.length ?? 0) > 1 && (
                        <InputVertical
                          title="Default Model"
                          subDescription="This model will be used by Onyx by default for text-to-speech."
                          withLabel="tts_model"
                        >
                          <InputSelectField name="tts_model">
                            <InputSelect.Trigger />
                            <InputSelect.Content>
                              {detail.ttsModels!.map((m) => (
                                <InputSelect.Item key={m.id} value={m.id}>
                                  {m.name}
                                </InputSelect.Item>
                              ))}
                            </InputSelect.Content>
                          </InputSelectField>
                        </InputVertical>
                      )}

                      <InputVertical
                        title="Voice"
                        subDescription={markdown(
                          `This voice will be used for spoken responses. See full list of supported languages and voices at [${
                            detail.voiceDocsUrl?.label ?? detail.label
                          }](${detail.voiceDocsUrl?.url ?? detail.docsUrl}).`
                        )}
                        withLabel="default_voice"
                      >
                        <InputComboBoxField
                          name="default_voice"
                          options={voiceOptions}
                          placeholder={
                            isLoadingVoices
                              ? "Loading voices..."
                              : "Select a voice or enter voice ID"
                          }
                          disabled={isLoadingVoices}
                          strict={false}
                        />
                      </InputVertical>
                    </>
                  )}
                </Section>
              </Modal.Body>
              <Modal.Footer>
                <Button prominence="secondary" onClick={onClose}>
                  Cancel
                </Button>
                <Button
                  type="submit"
                  disabled={isSubmitting || !isValid || !dirty}
                  icon={isSubmitting ? SvgSimpleLoader : undefined}
                >
                  {isEditing ? "Update" : "Connect"}
                </Button>
              </Modal.Footer>
            </Form>
          )}
        </Formik>
      </Modal.Content>
    </Modal>
  );
}

// ---------------------------------------------------------------------------
// VoiceDisconnectModal
// ---------------------------------------------------------------------------

interface VoiceDisconnectModalProps {
  disconnectTarget: {
    providerId: number;
    providerLabel: string;
    providerType: string;
  };
  hasAlternatives: boolean;
  onSuccess: () => void;
}

export function VoiceDisconnectModal({
  disconnectTarget,
  hasAlternatives,
  onSuccess,
}: VoiceDisconnectModalProps) {
  const onClose = useModalClose();
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function handleDisconnect() {
    setIsSubmitting(true);
    try {
      const res = await deleteVoiceProvider(disconnectTarget.providerId);
      if (!res.ok) {
        const body = await res.json().catch(() => ({}));
        throw new Error(
          typeof body?.detail === "string"
            ? body.detail
            : "Failed to disconnect provider."
        );
      }
      toast.success(`${disconnectTarget.providerLabel} disconnected`);
      onSuccess();
      onClose?.();
    } catch (err) {
      toast.error(
        err instanceof Error ? err.message : "Unexpected error occurred."
      );
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <ConfirmationModalLayout
      icon={SvgUnplug}
      title={`Disconnect ${disconnectTarget.providerLabel}`}
      description="This will remove the stored credentials for this provider."
      submit={
        <Button
          variant="danger"
          onClick={() => void handleDisconnect()}
          disabled={isSubmitting}
        >
          Disconnect
        </Button>
      }
    >
      <Section alignItems="start" gap={2}>
        <Text color="text-03">
          {markdown(
            `**${disconnectTarget.providerLabel}** models will no longer be used for speech-to-text or text-to-speech, and it will no longer be your default. Session history will be preserved.`
          )}
        </Text>
        {!hasAlternatives && (
          <Text color="text-03">
            Connect another provider to continue using voice features.
          </Text>
        )}
      </Section>
    </ConfirmationModalLayout>
  );
}
