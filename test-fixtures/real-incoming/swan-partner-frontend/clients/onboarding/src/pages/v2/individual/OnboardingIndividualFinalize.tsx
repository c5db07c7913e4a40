import { ResponsiveContainer } from "@swan-io/lake/src/components/ResponsiveContainer";
import { Tile } from "@swan-io/lake/src/components/Tile";
import { breakpoints, colors } from "@swan-io/lake/src/constants/design";
import { OnboardingFooter } from "../../../components/OnboardingFooter";
import { IndividualOnboardingFragment } from "../../../graphql/partner";
import { t } from "../../../utils/i18n";

import { Option } from "@swan-io/boxed";
import { BorderedIcon } from "@swan-io/lake/src/components/BorderedIcon";
import { Box } from "@swan-io/lake/src/components/Box";
import { LakeHeading } from "@swan-io/lake/src/components/LakeHeading";
import { LakeText } from "@swan-io/lake/src/components/LakeText";
import { Space } from "@swan-io/lake/src/components/Space";
import { match, P } from "ts-pattern";
import { FinalizeInvalidSteps } from "../../../components/FinalizeStepBlocks";
import { env } from "../../../utils/env";
import { projectConfiguration } from "../../../utils/projectId";
import { IndividualOnboardingRouteV2, Router } from "../../../utils/routes";

type Props = {
  onboarding: NonNullable<IndividualOnboardingFragment>;
  steps: WizardStep<IndividualOnboardingRouteV2>[];
  alreadySubmitted: boolean;
  onSubmitWithErrors: () => void;
};

export const OnboardingIndividualFinalize = ({
  onboarding,
  steps,
  alreadySubmitted,
  onSubmitWithErrors,
}: Props) => {
  const onboardingId = onboarding.id;
  const containsErrors = steps.some(({ errors }) => errors != null && errors.length > 0);

  const onPressPrevious = () => {
    Router.push("Activity", { onboardingId });
  };

  const onPressNext = () => {
    if (containsErrors) {
      onSubmitWithErrors();
      return;
    }

    const queryString = new URLSearchParams();
    queryString.append("identificationLevel", "Auto");
    queryString.append("onboardingId", onboardingId);
    queryString.append("onboardingV2", "true");

    match(projectConfiguration)
      .with(Option.P.Some({ projectId: P.select(), mode: "MultiProject" }), projectId =>
        queryString.append("projectId", projectId),
      )
      .otherwise(() => {});

    window.location.assign(`${env.BANKING_URL}/auth/login?${queryString.toString()}`);
  };

  return (
    <>
      <ResponsiveContainer breakpoint={breakpoints.medium}>
        {({ small }) => (
          <>
            {containsErrors && alreadySubmitted ? (
              <FinalizeInvalidSteps
                onboardingId={onboardingId}
                steps={steps}
                isShaking={true}
                isMobile={small}
              />
            ) : (
              <Tile paddingVertical={48}>
                <Box alignItems="center">
                  <BorderedIcon name="lake-phone" size={100} padding={16} color="partner" />
                  <Space height={24} />
                  <LakeHeading level={5} variant="h5" color={colors.gray[700]} align="center">
                    {t("form.finalize.title")}
                  </LakeHeading>
                  <Space height={4} />
                  <LakeText align="center" variant="smallRegular">
                    {t("form.finalize.content")}
                  </LakeText>
                </Box>
              </Tile>
            )}
          </>
        )}
      </ResponsiveContainer>
      <OnboardingFooter
        onNext={onPressNext}
        onPrevious={onPressPrevious}
        justifyContent="start"
        nextLabel="wizard.sendCode"
      />
    </>
  );
};
