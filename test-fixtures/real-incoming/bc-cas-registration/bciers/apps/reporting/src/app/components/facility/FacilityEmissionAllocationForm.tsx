"use client";

import { actionHandler } from "@bciers/actions";
import safeJsonParse from "@bciers/utils/src/safeJsonParse";
import MultiStepFormWithTaskList from "@bciers/components/form/MultiStepFormWithTaskList";
import { useEffect, useState, useCallback } from "react";
import {
  emissionAllocationSchema,
  emissionAllocationUiSchema,
} from "@reporting/src/data/jsonSchema/facility/facilityEmissionAllocation";
import { IChangeEvent } from "@rjsf/core";
import { EmissionAllocationData, Product } from "./types";
import { calculateEmissionData } from "./calculateEmissionsData";
import { NavigationInformation } from "@reporting/src/app/components/taskList/types";
import transformToNumberOrUndefined from "@bciers/utils/src/transformToNumberOrUndefined";
import { EmissionAllocationResponse } from "@reporting/src/app/utils/getEmissionAllocations";
import { validateEmissions } from "./facilityEmissionAllocation/validateEmissions";
import {
  validateMethodology,
  validateMethodologyOther,
} from "./facilityEmissionAllocation/validateMethodology";
import { validatePulpAndPaper } from "./facilityEmissionAllocation/validatePulpAndPaper";
import { handleApiResponse } from "@reporting/src/app/utils/handleApiResponse";
import { useFormErrors } from "@reporting/src/hooks/useFormErrors";
import { createGenericReportValidationError } from "@reporting/src/app/components/shared/validation/utils";

// Interface for props passed to the component
interface Props {
  version_id: number;
  facility_id: string;
  orderedActivities: any;
  initialData: EmissionAllocationResponse;
  navigationInformation: NavigationInformation;
  isPulpAndPaper: boolean;
  overlappingIndustrialProcessEmissions: number;
  facilityType: string;
  operationType?: string;
}

export interface FormData {
  report_product_emission_allocations: EmissionAllocationData[];
  basic_emission_allocation_data: EmissionAllocationData[];
  fuel_excluded_emission_allocation_data: EmissionAllocationData[];
  report_product_emission_allocation_totals: Product[];
  facility_total_emissions: number;
  allocation_methodology: string;
  allocation_other_methodology_description: string;
}

// Function to remove products if methodology is not applicable, preventing validation problems
const removeProducts = (formData: FormData) => {
  return {
    ...formData,
    basic_emission_allocation_data: formData.basic_emission_allocation_data.map(
      (el) => ({
        ...el,
        products: [],
      }),
    ),
    fuel_excluded_emission_allocation_data:
      formData.fuel_excluded_emission_allocation_data.map((el) => ({
        ...el,
        products: [],
      })),
  };
};

const validateFormData = (
  formData: FormData,
  isPulpAndPaper: boolean,
  overlappingIndustrialProcessEmissions: number,
) => {
  const newErrors: string[] = [];

  newErrors.push(...validateEmissions(formData));
  newErrors.push(...validateMethodology(formData));
  newErrors.push(...validateMethodologyOther(formData));

  if (isPulpAndPaper && overlappingIndustrialProcessEmissions > 0) {
    newErrors.push(
      ...validatePulpAndPaper(formData, overlappingIndustrialProcessEmissions),
    );
  }

  return newErrors.map((errMsg) => createGenericReportValidationError(errMsg));
};

// Helper function
const appendAllocatedQuantity = (
  product: Product,
  isBasicCategory: boolean,
  productAllocations: Record<string, number>,
) => {
  const allocatedQuantity =
    Number.parseFloat(product.allocated_quantity as any) || 0;

  // Accumulate the reportable allocated quantity for this report_product_id
  if (isBasicCategory) {
    productAllocations[product.report_product_id] =
      (productAllocations[product.report_product_id] || 0) + allocatedQuantity;
  }
  return {
    ...product,
    allocated_quantity: allocatedQuantity,
  };
};

const recalculateCategoryEmissions = (
  formData: any,
  isBasicCategory: boolean,
  productAllocations: Record<string, number>,
) => {
  return formData
    .map((item: EmissionAllocationData) => ({
      ...item,
      products: item.products.map((product) =>
        appendAllocatedQuantity(product, isBasicCategory, productAllocations),
      ),
    }))
    .map(calculateEmissionData); // Recalculate emissions data
};

export default function FacilityEmissionAllocationForm({
  version_id,
  facility_id,
  initialData,
  navigationInformation,
  isPulpAndPaper,
  overlappingIndustrialProcessEmissions,
  operationType,
}: Props) {
  // filter allocation_methodology enum
  const getFilteredSchema = () => {
    const schema = JSON.parse(JSON.stringify(emissionAllocationSchema));
    if (operationType === "Single Facility Operation") {
      const enums = schema.properties.allocation_methodology.enum;
      schema.properties.allocation_methodology.enum = enums.filter(
        (methodology: string) => methodology !== "Not Applicable",
      );
    }
    return schema;
  };

  // Using the useState hook to initialize the form data with initialData values
  const [formData, setFormData] = useState<any>(() => ({
    allocation_methodology: initialData.allocation_methodology,
    allocation_other_methodology_description:
      initialData.allocation_other_methodology_description,
    basic_emission_allocation_data:
      initialData.report_product_emission_allocations
        .filter((category: any) => category.category_type === "basic")
        .map(calculateEmissionData),
    fuel_excluded_emission_allocation_data:
      initialData.report_product_emission_allocations
        .filter((category: any) => category.category_type === "fuel_excluded")
        .map(calculateEmissionData),
    total_emission_allocations: {
      facility_total_emissions: transformToNumberOrUndefined(
        initialData.facility_total_emissions,
      ),
      products:
        initialData.report_product_emission_allocation_totals?.map(
          (product: { [key: string]: any }) => ({
            ...product,
            allocated_quantity: transformToNumberOrUndefined(
              product.allocated_quantity,
            ),
          }),
        ) || [],
    },
  }));
  const { setErrors, renderedErrors } = useFormErrors();
  const [shouldReset, setShouldReset] = useState(false);
  // State for submit button disable
  const [submitButtonDisabled, setSubmitButtonDisabled] = useState(true);

  // 🔄 Check for allocation mismatch on page load to prevent submit
  useEffect(() => {
    // If methodology is not applicable the products are removed, reset them here
    if (formData.allocation_methodology !== "Not Applicable" && shouldReset) {
      const restoredFormData = {
        ...formData,
        basic_emission_allocation_data:
          initialData.report_product_emission_allocations
            .filter((category: any) => category.category_type === "basic")
            .map(calculateEmissionData),
        fuel_excluded_emission_allocation_data:
          initialData.report_product_emission_allocations
            .filter(
              (category: any) => category.category_type === "fuel_excluded",
            )
            .map(calculateEmissionData),
        total_emission_allocations: {
          facility_total_emissions: transformToNumberOrUndefined(
            initialData.facility_total_emissions,
          ),
          products: initialData.report_product_emission_allocation_totals,
        },
      };
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFormData(restoredFormData);
      setShouldReset(false);
      return;
    }

    if (formData.allocation_methodology === "Not Applicable") {
      // Check if products exist before clearing to avoid unnecessary updates
      const hasProducts =
        formData.basic_emission_allocation_data.some(
          (el: EmissionAllocationData) => el.products.length > 0,
        ) ||
        formData.fuel_excluded_emission_allocation_data.some(
          (el: EmissionAllocationData) => el.products.length > 0,
        );

      if (hasProducts) {
        setFormData(removeProducts(formData));
        setShouldReset(true);
      }
    }

    const newErrors = validateFormData(
      formData,
      isPulpAndPaper,
      overlappingIndustrialProcessEmissions,
    );
    setErrors(newErrors);
    setSubmitButtonDisabled(newErrors.length > 0);
  }, [formData, shouldReset]);

  // 🛠️ Handle changes to the form data, validates emissions, and updates the error state and submit button state.
  const handleChange = useCallback(
    (e: IChangeEvent) => {
      const updatedFormData = e.formData;
      const BASIC_CATEGORY_DATA = "basic_emission_allocation_data";
      const EXCLUDED_CATEGORY_DATA = "fuel_excluded_emission_allocation_data";
      const updatedDataKeys = [BASIC_CATEGORY_DATA, EXCLUDED_CATEGORY_DATA];

      // Initialize a map to store total allocated quantities by report_product_id
      const productAllocations: Record<string, number> = {};

      // Iterate through each category and recalculate allocated emissions data for the category
      updatedDataKeys.forEach((key) => {
        const isBasicCategory = key === BASIC_CATEGORY_DATA;

        updatedFormData[key] = recalculateCategoryEmissions(
          updatedFormData[key],
          isBasicCategory,
          productAllocations,
        );
      });

      // Recompute total allocations for each product
      if (updatedFormData.total_emission_allocations?.products) {
        updatedFormData.total_emission_allocations.products =
          updatedFormData.total_emission_allocations.products.map(
            (product: { report_product_id: number }) => ({
              ...product,
              allocated_quantity: Number.parseFloat(
                (productAllocations[product.report_product_id] || 0).toFixed(4),
              ),
            }),
          );
      }
      // Validate the updated form data and set an error message if validation fails
      const newErrors = validateFormData(
        updatedFormData,
        isPulpAndPaper,
        overlappingIndustrialProcessEmissions,
      );
      setErrors(newErrors);
      setSubmitButtonDisabled(newErrors.length > 0);

      // Update the form data state
      setFormData(updatedFormData);
    },
    [isPulpAndPaper, overlappingIndustrialProcessEmissions, setErrors],
  );

  // 🛠️ Handle form submit
  const handleSubmit = async () => {
    // Transform formData to match the schema in structure
    const transformedPayload = {
      allocation_methodology: formData.allocation_methodology,
      allocation_other_methodology_description:
        formData.allocation_other_methodology_description,
      report_product_emission_allocations:
        formData?.allocation_methodology === "Not Applicable"
          ? []
          : [
              ...formData.basic_emission_allocation_data.map((item: any) => {
                return {
                  emission_total: item.emission_total,
                  emission_category_id: item.emission_category_id,
                  products: item.products.map((product: any) => {
                    return {
                      report_product_id: product.report_product_id,
                      product_name: product.product_name,
                      allocated_quantity: Number.parseFloat(
                        product.allocated_quantity,
                      ),
                    };
                  }),
                };
              }),
              ...formData.fuel_excluded_emission_allocation_data.map(
                (item: any) => ({
                  emission_total: item.emission_total,
                  emission_category_id: item.emission_category_id,
                  products: item.products.map((product: any) => ({
                    report_product_id: product.report_product_id,
                    product_name: product.product_name,
                    allocated_quantity: parseFloat(product.allocated_quantity),
                  })),
                }),
              ),
            ],
    };
    const endpoint = `reporting/report-version/${version_id}/facilities/${facility_id}/allocate-emissions`;
    const pathToRevalidate = `/reporting/reports/${version_id}/facilities/${facility_id}/allocation-of-emissions`;
    const payload = safeJsonParse(JSON.stringify(transformedPayload));

    const response = await actionHandler(endpoint, "POST", pathToRevalidate, {
      body: JSON.stringify(payload),
    });

    return handleApiResponse(response, setErrors);
  };

  return (
    <MultiStepFormWithTaskList
      initialStep={navigationInformation.headerStepIndex}
      steps={navigationInformation.headerSteps}
      taskListElements={navigationInformation.taskList}
      schema={getFilteredSchema()}
      uiSchema={emissionAllocationUiSchema}
      formData={formData}
      submitButtonDisabled={submitButtonDisabled}
      backUrl={navigationInformation.backUrl}
      saveButtonDisabled={submitButtonDisabled}
      onChange={handleChange as (data: object) => void}
      onSubmit={
        handleSubmit as (
          data: object,
          navigateAfterSubmit: boolean,
        ) => Promise<boolean>
      }
      continueUrl={navigationInformation.continueUrl}
      errors={renderedErrors}
      formContext={{
        facility_emission_data: formData.basic_emission_allocation_data.concat(
          formData.fuel_excluded_emission_allocation_data,
        ),
        total_emission_allocations: formData.total_emission_allocations,
        missing_product_alert: initialData.has_missing_products && {
          version_id,
          facility_id,
        },
      }}
    />
  );
}
