"use client";

import { memo, useState, useCallback } from "react";
import { ADMIN_ROUTES } from "@/lib/admin-routes";
import Text from "@/refresh-components/texts/Text";
import { Button, Divider } from "@opal/components";
import LLMProviderCard from "@/sections/onboarding/components/LLMProviderCard";
import {
  OnboardingActions,
  OnboardingState,
  OnboardingStep,
} from "@/interfaces/onboarding";
import { WellKnownLLMProviderDescriptor } from "@/lib/languageModels/types";
import { getProvider } from "@/lib/languageModels";
import ProviderSetupModal from "@/sections/modals/languageModels/ProviderSetupModal";
import { Disabled } from "@opal/core";
import { ModelIcon } from "@/lib/languageModels/components";
import { SvgCheckCircle, SvgCpu, SvgExternalLink } from "@opal/icons";
import { ContentAction } from "@opal/layouts";
import { useLLMProviderOptions } from "@/lib/hooks/useLLMProviderOptions";

interface SelectedProvider {
  llmDescriptor?: WellKnownLLMProviderDescriptor;
  isCustomProvider: boolean;
}

function LLMProviderSkeleton() {
  return (
    <div className="flex justify-between h-full w-full p-1 rounded-12 border border-border-01 bg-background-neutral-01 animate-pulse">
      <div className="flex gap-1 p-1 flex-1 min-w-0">
        <div className="h-full p-0.5">
          <div className="w-4 h-4 rounded-full bg-neutral-200" />
        </div>
        <div className="min-w-0 flex-1">
          <div className="h-3 w-1/2 bg-neutral-200 rounded-sm" />
          <div className="mt-2 h-2 w-3/4 bg-neutral-200 rounded-sm" />
        </div>
      </div>
      <div className="h-6 w-16 bg-neutral-200 rounded-sm" />
    </div>
  );
}

interface StackedProviderIconsProps {
  providers: string[];
}
const StackedProviderIcons = ({ providers }: StackedProviderIconsProps) => {
  if (!providers || providers.length === 0) {
    return null;
  }

  return (
    <div className="flex items-center">
      {providers.slice(0, 3).map((provider, index) => (
        <div
          key={provider}
          className="relative flex items-center justify-center w-6 h-6 rounded-04 bg-background-neutral-01 border border-border-01"
          style={{
            marginLeft: index > 0 ? "-8px" : "0",
            zIndex: providers.length - index,
          }}
        >
          <ModelIcon provider={provider} size={16} />
        </div>
      ))}
      {providers.length > 3 && (
        <div
          className="relative flex items-center justify-center w-6 h-6 rounded-04 bg-background-neutral-01 border border-border-01"
          style={{
            marginLeft: "-8px",
            zIndex: 0,
          }}
        >
          <Text as="p" text03 secondaryBody>
            +{providers.length - 3}
          </Text>
        </div>
      )}
    </div>
  );
};

interface LLMStepProps {
  state: OnboardingState;
  actions: OnboardingActions;
  disabled?: boolean;
}
const LLMStep = memo(
  ({
    state: onboardingState,
    actions: onboardingActions,
    disabled,
  }: LLMStepProps) => {
    const { llmProviderOptions, isLoading } = useLLMProviderOptions();
    const llmDescriptors = llmProviderOptions ?? [];

    const [selectedProvider, setSelectedProvider] =
      useState<SelectedProvider | null>(null);
    const [isModalOpen, setIsModalOpen] = useState(false);

    const handleProviderClick = useCallback(
      (
        llmDescriptor?: WellKnownLLMProviderDescriptor,
        isCustomProvider: boolean = false
      ) => {
        setSelectedProvider({ llmDescriptor, isCustomProvider });
        setIsModalOpen(true);
      },
      []
    );

    const handleModalClose = useCallback((open: boolean) => {
      setIsModalOpen(open);
      if (!open) {
        setSelectedProvider(null);
      }
    }, []);

    if (
      onboardingState.currentStep === OnboardingStep.LlmSetup ||
      onboardingState.currentStep === OnboardingStep.Name
    ) {
      const providerName = selectedProvider?.isCustomProvider
        ? "custom"
        : (selectedProvider?.llmDescriptor?.name ?? "custom");

      return (
        <Disabled disabled={disabled} allowClick>
          <div
            className="flex flex-col items-center justify-between w-full p-1 rounded-16 border border-border-01 bg-background-tint-00"
            aria-label="onboarding-llm-step"
          >
            <ContentAction
              icon={SvgCpu}
              title="Connect your LLM models"
              description="Onyx supports both self-hosted models and popular providers."
              sizePreset="main-ui"
              variant="section"
              padding={2}
              rightChildren={
                <Button
                  disabled={disabled}
                  prominence="tertiary"
                  rightIcon={SvgExternalLink}
                  href={ADMIN_ROUTES.LLM_MODELS.path}
                >
                  View in Admin Panel
                </Button>
              }
            />
            <Divider />
            <div className="@container/llmcards flex flex-wrap gap-1 w-full [&>*:last-child:nth-child(odd)]:basis-full">
              {isLoading ? (
                Array.from({ length: 8 }).map((_, idx) => (
                  <div
                    key={idx}
                    className="basis-full @xl/llmcards:basis-[calc(50%-(--spacing(1))/2)] grow"
                  >
                    <LLMProviderSkeleton />
                  </div>
                ))
              ) : (
                <>
                  {/* Render the selected provider form */}
                  <ProviderSetupModal
                    providerKey={
                      selectedProvider && isModalOpen ? providerName : null
                    }
                    shouldMarkAsDefault={
                      (onboardingState?.data.llmProviders ?? []).length === 0
                    }
                    onboardingActions={onboardingActions}
                    onOpenChange={handleModalClose}
                    onSuccess={() => {
                      onboardingActions.updateData({
                        llmProviders: [
                          ...(onboardingState?.data.llmProviders ?? []),
                          providerName,
                        ],
                      });
                      onboardingActions.setButtonActive(true);
                    }}
                  />

                  {/* Render provider cards */}
                  {llmDescriptors.map((llmDescriptor) => {
                    const { productName, companyName } = getProvider(
                      llmDescriptor.name
                    );
                    return (
                      <div
                        key={llmDescriptor.name}
                        className="basis-full @xl/llmcards:basis-[calc(50%-(--spacing(1))/2)] grow"
                      >
                        <LLMProviderCard
                          title={productName}
                          subtitle={companyName}
                          providerName={llmDescriptor.name}
                          disabled={disabled}
                          isConnected={onboardingState.data.llmProviders?.some(
                            (provider) => provider === llmDescriptor.name
                          )}
                          onClick={() =>
                            handleProviderClick(llmDescriptor, false)
                          }
                        />
                      </div>
                    );
                  })}

                  {/* Custom provider card */}
                  <div className="basis-full @xl/llmcards:basis-[calc(50%-(--spacing(1))/2)] grow">
                    <LLMProviderCard
                      title="Custom LLM Provider"
                      subtitle="LiteLLM Compatible APIs"
                      disabled={disabled}
                      isConnected={onboardingState.data.llmProviders?.some(
                        (provider) => provider === "custom"
                      )}
                      onClick={() => handleProviderClick(undefined, true)}
                    />
                  </div>
                </>
              )}
            </div>
          </div>
        </Disabled>
      );
    }

    return (
      <button
        type="button"
        className="flex items-center justify-between w-full p-3 bg-background-tint-00 rounded-16 border border-border-01 opacity-50"
        onClick={() => {
          onboardingActions.setButtonActive(true);
          onboardingActions.goToStep(OnboardingStep.LlmSetup);
        }}
        aria-label="Edit LLM providers"
      >
        <div className="flex items-center gap-1">
          <StackedProviderIcons
            providers={onboardingState.data.llmProviders || []}
          />
          <Text as="p" text04 mainUiAction>
            {onboardingState.data.llmProviders?.length || 0}{" "}
            {(onboardingState.data.llmProviders?.length || 0) === 1
              ? "model"
              : "models"}{" "}
            connected
          </Text>
        </div>
        <div className="p-1">
          <SvgCheckCircle className="w-4 h-4 stroke-status-success-05" />
        </div>
      </button>
    );
  }
);
LLMStep.displayName = "LLMStep";

export default LLMStep;
