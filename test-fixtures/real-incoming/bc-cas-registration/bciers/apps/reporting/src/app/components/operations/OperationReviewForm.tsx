"use client";

import React, { useState } from "react";
import MultiStepFormWithTaskList from "@bciers/components/form/MultiStepFormWithTaskList";
import SimpleModal from "@bciers/components/modal/SimpleModal";
import { RJSFSchema } from "@rjsf/utils";
import {
  buildOperationReviewSchema,
  buildOperationReviewUiSchema,
} from "@reporting/src/data/jsonSchema/operations";
import { actionHandler } from "@bciers/actions";
import { useRouter } from "next/navigation";
import {
  HeaderStep,
  NavigationInformation,
  ReportingPage,
} from "@reporting/src/app/components/taskList/types";
import { SyncFacilitiesButton } from "@reporting/src/data/jsonSchema/reviewFacilities/reviewFacilitiesInfoText";
import SnackBar from "@bciers/components/form/components/SnackBar";
import { getNavigationInformation } from "@reporting/src/app/components/taskList/navigationInformation";
import { getUpdatedReportOperationDetails } from "@reporting/src/app/utils/getUpdatedReportOperationDetails";
import {
  Activity,
  RegulatedProduct,
  ReportOperationRepresentative,
} from "./types";
import { handleApiResponse } from "@reporting/src/app/utils/handleApiResponse";
import { useFormErrors } from "@reporting/src/hooks/useFormErrors";
import { ReportValidationItem } from "@reporting/src/app/components/shared/validation/types";
import { createGenericReportValidationError } from "@reporting/src/app/components/shared/validation/utils";

interface Props {
  formData: any;
  version_id: number;
  schema: RJSFSchema;
  navigationInformation: NavigationInformation;
  reportType: string;
  reportingYear: number;
  allActivities: Activity[];
  allRegulatedProducts: RegulatedProduct[];
  allRepresentatives: ReportOperationRepresentative[];
  facilityId: string;
  isSyncAllowed: boolean;
}

export default function OperationReviewForm({
  formData,
  version_id,
  schema,
  navigationInformation,
  reportType,
  reportingYear,
  allActivities,
  allRegulatedProducts,
  allRepresentatives,
  facilityId,
  isSyncAllowed,
}: Props) {
  const [pendingChangeReportType, setPendingChangeReportType] =
    useState<string>();
  const [formDataState, setFormDataState] = useState<any>(formData);
  const [pageSchema, setPageSchema] = useState(schema);
  const [hasReps, setHasReps] = useState(allRepresentatives.length > 0);

  const missingOperationRepresentativeError: ReportValidationItem = {
    key: "missing_operation_representative",
    error: {
      severity: "Error",
      message:
        "Before you can continue, you must add an operation representative for this operation then return to this report.",
      context: {
        operation_id: formData.operation_id,
        operation_name: formData.operation_name,
      },
    },
  };

  const { setErrors, renderedErrors } = useFormErrors(
    hasReps ? undefined : [missingOperationRepresentativeError],
  );

  const [apiError, setApiError] = useState<string | null>(null);
  const [isSnackbarOpen, setIsSnackbarOpen] = useState(false);
  const [navigationInfo, setNavigationInfo] = useState(navigationInformation);

  const router = useRouter();

  const saveHandler = async () => {
    const method = "POST";
    const endpoint = `reporting/report-version/${version_id}/report-operation`;
    const pathToRevalidate = `reporting/report-version/${version_id}/review-operation-information`;
    const response = await actionHandler(endpoint, method, pathToRevalidate, {
      body: JSON.stringify(formDataState),
    });

    return handleApiResponse(response, setErrors);
  };

  const onChangeHandler = (data: { formData: any }) => {
    const updatedFormData = data.formData;
    if (
      updatedFormData?.operation_report_type !== undefined &&
      updatedFormData?.operation_report_type !==
        formDataState?.operation_report_type
    ) {
      setPendingChangeReportType(updatedFormData.operation_report_type);
    }

    setFormDataState(updatedFormData);
  };

  const handleSync = async () => {
    const newData = await getUpdatedReportOperationDetails(version_id);
    if (newData.error) {
      setErrors([createGenericReportValidationError(newData.error)]);
      return;
    }
    setPageSchema(
      buildOperationReviewSchema(
        newData,
        reportingYear,
        allActivities,
        allRegulatedProducts,
        newData.all_representatives,
        reportType,
        newData.show_regulated_products,
        newData.show_boro_id,
        newData.show_activities,
        isSyncAllowed,
      ),
    );
    setNavigationInfo(
      await getNavigationInformation(
        HeaderStep.OperationInformation,
        ReportingPage.ReviewOperationInfo,
        version_id,
        facilityId,
      ),
    );
    setFormDataState(newData.report_operation);

    const reps = newData.all_representatives || [];
    setHasReps(reps.length > 0);
    if (reps.length === 0) {
      setErrors([missingOperationRepresentativeError]);
    } else {
      setErrors(undefined);
      setIsSnackbarOpen(true);
    }
  };

  const uiSchema = buildOperationReviewUiSchema(
    allActivities,
    allRegulatedProducts,
    allRepresentatives,
    formData.operation_id,
    formData.operation_name,
  );

  const confirmReportTypeChange = async () => {
    const method = "POST";
    const endpoint = `reporting/report-version/${version_id}/change-report-type`;
    const response = await actionHandler(endpoint, method, "", {
      body: JSON.stringify({ report_type: pendingChangeReportType }),
    });

    if (response && !response.error) {
      router.push(`/reports/${response}/review-operation-information`);
    } else {
      setApiError("Failed to change the report type. Please try again.");
    }
  };

  const cancelReportTypeChange = () => {
    setFormDataState(formData);
    setApiError(null);
    setPendingChangeReportType(undefined);
  };

  return (
    <>
      <SimpleModal
        title="Confirmation"
        open={pendingChangeReportType !== undefined}
        onCancel={cancelReportTypeChange}
        onConfirm={confirmReportTypeChange}
        confirmText="Change report type"
      >
        {apiError ? (
          <div style={{ color: "red" }}>{apiError}</div>
        ) : (
          <>
            Are you sure you want to change your report type to{" "}
            <strong>{pendingChangeReportType}</strong>? If you proceed, all of
            the form data you have entered will be lost.
          </>
        )}
      </SimpleModal>
      <MultiStepFormWithTaskList
        initialStep={navigationInfo.headerStepIndex}
        steps={navigationInfo.headerSteps}
        taskListElements={navigationInfo.taskList}
        schema={pageSchema}
        uiSchema={{
          ...uiSchema,
          ...(isSyncAllowed && {
            sync_button: {
              ...uiSchema.sync_button,
              "ui:FieldTemplate": SyncFacilitiesButton,
              "ui:options": {
                onSync: handleSync,
              },
            },
          }),
        }}
        formContext={{ reportingYear }}
        formData={formDataState}
        saveButtonDisabled={!hasReps}
        submitButtonDisabled={!hasReps}
        onSubmit={saveHandler}
        onChange={onChangeHandler as (data: object) => void}
        backUrl={navigationInfo.backUrl}
        continueUrl={navigationInfo.continueUrl}
        errors={renderedErrors}
        backButtonText={"Back to All Reports"}
      />
      <SnackBar
        isSnackbarOpen={isSnackbarOpen}
        message="Changes synced successfully"
        setIsSnackbarOpen={setIsSnackbarOpen}
      />
    </>
  );
}
