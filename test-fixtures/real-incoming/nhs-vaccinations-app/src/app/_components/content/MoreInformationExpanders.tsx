import { HEADINGS } from "@src/app/constants";
import { VaccineInfo, VaccineType } from "@src/models/vaccine";
import styles from "@src/services/content-api/parsers/styles.module.css";
import { StyledVaccineContent } from "@src/services/content-api/types";
import { Details } from "nhsuk-react-components";
import React, { JSX } from "react";

// Ref: https://main--65aa76b29d00a047fe683b95.chromatic.com/?path=/docs/content-presentation-details--docs#expander-group-2
const MoreInformationExpanders = (props: {
  styledVaccineContent: StyledVaccineContent;
  vaccineType: VaccineType;
  showHowToGetSection: boolean;
}): JSX.Element => {
  const vaccineInfo = VaccineInfo[props.vaccineType];

  return (
    <>
      <Details.ExpanderGroup>
        {/* What-vaccine-is-for expandable section */}
        {props.styledVaccineContent.whatVaccineIsFor && (
          <Details expander>
            <Details.Summary>
              {vaccineInfo.moreInformationHeadersFromContentApi
                ? props.styledVaccineContent.whatVaccineIsFor.heading
                : HEADINGS.WHAT_VACCINE_IS_FOR}
            </Details.Summary>
            <Details.Text className={styles.zeroMarginBottom}>
              {props.styledVaccineContent.whatVaccineIsFor.component}
            </Details.Text>
          </Details>
        )}

        {/* Who-vaccine-is-for expandable section */}
        <Details expander>
          <Details.Summary>
            {vaccineInfo.moreInformationHeadersFromContentApi
              ? props.styledVaccineContent.whoVaccineIsFor.heading
              : HEADINGS.WHO_SHOULD_HAVE_VACCINE}
          </Details.Summary>
          <Details.Text>{props.styledVaccineContent.whoVaccineIsFor.component}</Details.Text>
        </Details>

        {/* How-to-get-the-vaccine expandable section */}
        {props.showHowToGetSection && (
          <Details expander>
            <Details.Summary>
              {vaccineInfo.moreInformationHeadersFromContentApi
                ? props.styledVaccineContent.howToGetVaccine.heading
                : HEADINGS.HOW_TO_GET_VACCINE}
            </Details.Summary>
            <Details.Text className={styles.zeroMarginBottom}>
              {props.styledVaccineContent.howToGetVaccine.component}
            </Details.Text>
          </Details>
        )}

        {/* Extra-doses-schedule expandable section */}
        {props.styledVaccineContent.extraDosesSchedule && (
          <Details expander>
            <Details.Summary>
              {vaccineInfo.moreInformationHeadersFromContentApi
                ? props.styledVaccineContent.extraDosesSchedule.heading
                : HEADINGS.EXTRA_DOSES_SCHEDULE}
            </Details.Summary>
            <Details.Text className={styles.zeroMarginBottom}>
              {props.styledVaccineContent.extraDosesSchedule.component}
            </Details.Text>
          </Details>
        )}

        {/* Side-effects-of-the-vaccine expandable section */}
        <Details expander>
          <Details.Summary>
            {vaccineInfo.moreInformationHeadersFromContentApi
              ? props.styledVaccineContent.vaccineSideEffects.heading
              : HEADINGS.VACCINE_SIDE_EFFECTS}
          </Details.Summary>
          <Details.Text className={styles.zeroMarginBottom}>
            {props.styledVaccineContent.vaccineSideEffects.component}
          </Details.Text>
        </Details>
      </Details.ExpanderGroup>
    </>
  );
};

export { MoreInformationExpanders };
