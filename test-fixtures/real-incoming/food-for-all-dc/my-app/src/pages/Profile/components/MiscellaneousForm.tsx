import React from "react";
import { Box, Typography } from "@mui/material";
import { ClientProfileKey, InputType } from "../types";
import { deliveryDate } from "../../../utils/deliveryDate";
import { formatLastEditedTimestamp } from "../../../utils/dates";

interface ConfigField {
  id: string;
  label: string;
  type: string;
}

interface MiscellaneousFormProps {
  clientProfile: any;
  isEditing: boolean;
  renderField: (
    fieldPath: ClientProfileKey,
    type?: InputType,
    addressInputRef?: React.RefObject<HTMLInputElement | null>
  ) => JSX.Element;
  configFields: ConfigField[];
  fieldValues: Record<string, string>;
  handleFieldChange: (key: string, value: string) => void;
}

const narrativeTextSx = {
  fontWeight: 600,
  fontSize: "1.05rem",
  lineHeight: 1.5,
  letterSpacing: 0,
  whiteSpace: "pre-wrap",
  overflowWrap: "break-word",
  wordBreak: "normal",
  hyphens: "none",
  mt: 0,
  mb: 0,
  pt: 0,
  textAlign: "justify",
  pl: 0,
};

const MiscellaneousForm: React.FC<MiscellaneousFormProps> = ({
  clientProfile,
  isEditing,
  renderField,
  configFields = [],
  fieldValues,
  handleFieldChange,
}) => {
  const tefapCertDisplay = clientProfile.tefapCertDate
    ? deliveryDate.toDisplayString(clientProfile.tefapCertDate)
    : "N/A";

  const lifeChallengesLastEdited = formatLastEditedTimestamp(
    clientProfile.lifeChallengesTimestamp?.timestamp
  );
  const lifestyleGoalsLastEdited = formatLastEditedTimestamp(
    clientProfile.lifestyleGoalsTimestamp?.timestamp
  );

  return (
    <Box sx={{ width: "100%" }}>
      {/* Unified grid for main and config fields */}
      <Box
        sx={{
          display: "grid",
          gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "repeat(2, minmax(0, 1fr))" },
          gap: 3,
          alignItems: "start",
        }}
      >
        {/* Main fields */}
        <Box>
          <Typography
            className="field-descriptor"
            sx={{
              fontWeight: 500,
              fontSize: "1rem",
              color: "var(--color-text-medium-alt)",
              mb: 0,
              pb: 0,
            }}
          >
            TEFAP CERT
          </Typography>
          {isEditing ? (
            <Box sx={{ minHeight: 120, width: "100%" }}>{renderField("tefapCertDate", "date")}</Box>
          ) : (
            <Typography
              sx={{
                fontWeight: 600,
                fontSize: "1.15rem",
                lineHeight: 1,
                mt: 0,
                mb: 0,
                pt: 0,
                textAlign: "left",
                pl: 0,
              }}
            >
              {tefapCertDisplay}
            </Typography>
          )}
        </Box>
        <Box>
          <Typography
            className="field-descriptor"
            sx={{
              fontWeight: 500,
              fontSize: "1rem",
              color: "var(--color-text-medium-alt)",
              mb: 0,
              pb: 0,
            }}
          >
            Fam Start Date
          </Typography>
          {isEditing ? (
            <Box sx={{ minHeight: 120, width: "100%" }}>{renderField("famStartDate", "date")}</Box>
          ) : (
            <Typography
              sx={{
                fontWeight: 600,
                fontSize: "1.15rem",
                lineHeight: 1,
                mt: 0,
                mb: 0,
                pt: 0,
                textAlign: "left",
                pl: 0,
              }}
            >
              {clientProfile.famStartDate ? String(clientProfile.famStartDate) : "N/A"}
            </Typography>
          )}
        </Box>
        <Box>
          <Typography
            className="field-descriptor"
            sx={{
              fontWeight: 500,
              fontSize: "1rem",
              color: "var(--color-text-medium-alt)",
              mb: 0,
              pb: 0,
            }}
          >
            LIFE CHALLENGES
          </Typography>
          {isEditing ? (
            <>
              <Box sx={{ minHeight: 120, width: "100%" }}>
                {renderField("lifeChallenges", "textarea")}
              </Box>
              {clientProfile.lifeChallenges &&
                clientProfile.lifeChallenges?.trim() !== "" &&
                lifeChallengesLastEdited && (
                  <span id="timestamp">Last edited: {lifeChallengesLastEdited}</span>
                )}
            </>
          ) : (
            <Typography data-testid="life-challenges-text" sx={narrativeTextSx}>
              {clientProfile.lifeChallenges ? String(clientProfile.lifeChallenges) : "N/A"}
            </Typography>
          )}
        </Box>
        <Box>
          <Typography
            className="field-descriptor"
            sx={{
              fontWeight: 500,
              fontSize: "1rem",
              color: "var(--color-text-medium-alt)",
              mb: 0,
              pb: 0,
            }}
          >
            LIFESTYLE GOALS
          </Typography>
          {isEditing ? (
            <>
              <Box sx={{ minHeight: 120, width: "100%" }}>
                {renderField("lifestyleGoals", "textarea")}
              </Box>
              {clientProfile.lifestyleGoals &&
                clientProfile.lifestyleGoals?.trim() !== "" &&
                lifestyleGoalsLastEdited && (
                  <span id="timestamp">Last edited: {lifestyleGoalsLastEdited}</span>
                )}
            </>
          ) : (
            <Typography data-testid="lifestyle-goals-text" sx={narrativeTextSx}>
              {clientProfile.lifestyleGoals ? String(clientProfile.lifestyleGoals) : "N/A"}
            </Typography>
          )}
        </Box>
        {/* Config fields */}
        {configFields.length > 0 &&
          configFields.map((field, idx) => (
            <Box key={field.id || idx} sx={{ mb: 1 }}>
              <Typography
                className="field-descriptor"
                sx={{
                  fontWeight: 500,
                  fontSize: "1rem",
                  color: "var(--color-text-medium-alt)",
                  mb: 0,
                  pb: 0,
                }}
              >
                {field.label || field.id || `Field ${idx + 1}`}
              </Typography>
              {isEditing ? (
                field.type === "textarea" ? (
                  <Box sx={{ minHeight: 120, width: "100%" }}>
                    {renderField(field.id as ClientProfileKey, "textarea")}
                  </Box>
                ) : (
                  <Box sx={{ minHeight: 120, width: "100%" }}>
                    {renderField(field.id as ClientProfileKey, "text")}
                  </Box>
                )
              ) : (
                <Typography
                  sx={{
                    fontWeight: 600,
                    fontSize: "1.15rem",
                    lineHeight: 1,
                    mt: 0,
                    mb: 0,
                    pt: 0,
                    textAlign: "left",
                    pl: 0,
                  }}
                >
                  {field.id && clientProfile[field.id as keyof typeof clientProfile]
                    ? String(clientProfile[field.id as keyof typeof clientProfile])
                    : "N/A"}
                </Typography>
              )}
            </Box>
          ))}
      </Box>
    </Box>
  );
};
export default MiscellaneousForm;
