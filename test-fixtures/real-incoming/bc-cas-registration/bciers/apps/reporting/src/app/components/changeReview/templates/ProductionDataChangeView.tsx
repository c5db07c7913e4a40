import React from "react";
import { Box, Typography, Divider } from "@mui/material";
import { ChangeItemDisplay } from "./ChangeItemDisplay";
import { ChangeItem, ChangeType } from "../constants/types";
import { SectionReview } from "../../finalReview/templates/SectionReview";
import { productionDataFields } from "../../finalReview/finalReviewFields";
import { StatusLabel } from "@bciers/components/form/fields/StatusLabel";

interface DisplayChangeItem extends ChangeItem {
  displayLabel: string;
  isNewAddition?: boolean;
  isDeletion?: boolean;
}

interface ProductionDataChangeViewProps {
  data: ChangeItem[];
}

interface ProcessedProduct {
  productName: string;
  changes: DisplayChangeItem[];
  changeType: ChangeType;
  productData?: any;
}

// Helper to extract product name from field string
const getProductName = (field: string) => {
  const match = field.match(/\['report_products'\]\['([^']+)'\]/);
  return match ? match[1] : undefined;
};
// Helper to extract field key from field string
const getFieldKey = (field: string) => {
  const match = field.match(/\['report_products'\]\['[^']+'\]\['([^']+)'\]/);
  return match ? match[1] : undefined;
};
// Derive display flags directly from the API change_type
const getChangeMeta = (change: ChangeItem) => ({
  changeType: change.change_type,
  isNewAddition: change.change_type === "added",
  isDeletion: change.change_type === "removed",
});

// Helper to process changes for a single product
const processChangesForProduct = (
  productName: string,
  oldProduct: any,
  newProduct: any,
  fieldLabels: Record<string, string>,
  baseChange: ChangeItem,
): ProcessedProduct | null => {
  if (oldProduct && !newProduct) {
    // Product deleted
    return {
      productName,
      changes: [],
      changeType: "removed",
      productData: oldProduct,
    };
  }
  if (!oldProduct && newProduct) {
    return {
      productName,
      changes: [],
      changeType: "added",
      productData: newProduct,
    };
  }
  const productChanges: DisplayChangeItem[] = [];
  Object.keys(fieldLabels).forEach((fieldKey) => {
    const oldVal = oldProduct[fieldKey];
    const newVal = newProduct[fieldKey];
    if (oldVal !== newVal) {
      const changeType = inferChangeType(oldVal, newVal);
      productChanges.push({
        ...baseChange,
        field: `${baseChange.field}['${productName}']['${fieldKey}']`,
        displayLabel: fieldLabels[fieldKey],
        oldValue: oldVal,
        newValue: newVal,
        change_type: changeType,
        isNewAddition: changeType === "added",
        isDeletion: changeType === "removed",
      });
    }
  });

  if (productChanges.length > 0) {
    return {
      productName,
      changes: productChanges,
      changeType: "modified",
    };
  }

  return null;
};

// Helper function to process whole product addition/deletion
const processWholeProductChange = (
  productName: string,
  baseChange: ChangeItem,
): ProcessedProduct => {
  const { changeType } = getChangeMeta(baseChange);

  return {
    productName,
    changes: [], // no field-level changes
    changeType,
    productData:
      changeType === "added" ? baseChange.newValue : baseChange.oldValue,
  };
};

// Infer change type from values for synthetic object diffs (Case 1)
const inferChangeType = (oldVal: any, newVal: any): ChangeType => {
  if (oldVal === null) return "added";
  if (newVal === null) return "removed";
  return "modified";
};

export const ProductionDataChangeView: React.FC<
  ProductionDataChangeViewProps
> = ({ data }) => {
  const fieldLabels: Record<string, string> = {
    product: "Product",
    unit: "Unit",
    annual_production: "Annual Production",
    production_data_jan_mar: "Production Data for Jan 1 - Mar 31 2025",
    production_data_apr_dec: "Production Data for Apr 1 - Dec 31 2024",
    production_methodology: "Production Quantification Methodology",
    production_methodology_description: "Production Methodology Description",
    storage_quantity_start_of_period:
      "Quantity in storage at the beginning of the compliance period [Jan 1], if applicable",
    storage_quantity_end_of_period:
      "Quantity in storage at the end of the compliance period [Dec 31], if applicable",
    quantity_sold_during_period:
      "Quantity sold during compliance period [Jan 1 - Dec 31], if applicable",
    quantity_throughput_during_period:
      "Quantity of throughput at point of sale during compliance period [Jan 1 - Dec 31], if applicable",
  };

  // Process changes and group by product name
  const processChanges = (): ProcessedProduct[] => {
    const productGroups: Record<string, ProcessedProduct> = {};

    // Helper to check if field ends at product level
    const isWholeProductChange = (field: string) => {
      return /\['report_products'\]\['[^']+'\]$/.test(field);
    };

    data.forEach((change) => {
      // Case 1: change at report_products level (object diff)
      if (
        /\['report_products'\]$/.test(change.field) &&
        typeof change.oldValue === "object" &&
        typeof change.newValue === "object"
      ) {
        const oldProducts = (change.oldValue ?? {}) as Record<string, any>;
        const newProducts = (change.newValue ?? {}) as Record<string, any>;

        const allProductNames = new Set([
          ...Object.keys(oldProducts),
          ...Object.keys(newProducts),
        ]);

        allProductNames.forEach((productName) => {
          const result = processChangesForProduct(
            productName,
            oldProducts[productName],
            newProducts[productName],
            fieldLabels,
            change,
          );

          if (result) {
            productGroups[productName] = result;
          }
        });
      }
      // Case 2: whole product added/deleted
      else if (isWholeProductChange(change.field)) {
        const productName = getProductName(change.field);
        if (!productName) return;

        productGroups[productName] = processWholeProductChange(
          productName,
          change,
        );
      }
      // Case 3: individual field changes
      else {
        const productName = getProductName(change.field);
        const fieldKey = getFieldKey(change.field);
        const label = fieldKey ? fieldLabels[fieldKey] : null;

        // Skip fields where:
        // 1. product name is not found
        // 2. both old and new values are null (no meaningful change)
        // 3. field is not in fieldLabels
        if (
          !productName ||
          (change.oldValue == null && change.newValue == null) ||
          !label
        )
          return;
        const { changeType, isNewAddition, isDeletion } = getChangeMeta(change);

        if (!productGroups[productName]) {
          productGroups[productName] = {
            productName,
            changes: [],
            changeType: "modified",
          };
        }
        productGroups[productName].changes.push({
          ...change,
          displayLabel: label,
          change_type: changeType,
          isNewAddition,
          isDeletion,
        });
      }
    });

    return Object.values(productGroups);
  };

  const processedProducts = processChanges();

  if (processedProducts.length === 0) {
    return (
      <Box mb={4}>
        <Typography className="form-heading text-xl font-bold flex items-center text-bc-bg-blue mb-4">
          Production Data
        </Typography>
        <Typography color="textSecondary">No changes found.</Typography>
      </Box>
    );
  }

  return (
    <Box mb={4}>
      <Typography className="form-heading text-xl font-bold flex items-center text-bc-bg-blue mb-4">
        Production Data
      </Typography>
      {processedProducts.map((product, productIndex) => (
        <React.Fragment key={`product-${product.productName}`}>
          {/* For full product changes (added/deleted), display in final review format */}
          {(product.changeType === "added" ||
            product.changeType === "removed") &&
          product.productData ? (
            <Box mb={3}>
              <SectionReview
                data={product.productData}
                fields={productionDataFields(product.productData).map(
                  (field) =>
                    field.heading
                      ? {
                          ...field,
                          heading: (
                            <Box display="flex" alignItems="center" gap={1}>
                              <span>{field.heading}</span>
                              <StatusLabel type={product.changeType} />
                            </Box>
                          ),
                        }
                      : field,
                )}
                isAdded={product.changeType === "added"}
                isDeleted={product.changeType === "removed"}
              />
            </Box>
          ) : (
            /* For modified products or individual field changes, display as before */
            <>
              <Box mb={2}>
                <Typography className="py-2 w-full font-bold text-bc-bg-blue mb-2">
                  {product.productName}
                </Typography>
                {(product.changeType === "added" ||
                  product.changeType === "removed") && (
                  <Box mb={2}>
                    <StatusLabel type={product.changeType} />
                  </Box>
                )}
              </Box>

              {product.changes.map((change, changeIndex) => (
                <ChangeItemDisplay
                  key={`${change.field}-${changeIndex}`}
                  item={change}
                />
              ))}
            </>
          )}

          {/* Add separator between products except for the last one */}
          {productIndex < processedProducts.length - 1 && (
            <Divider sx={{ my: 3 }} />
          )}
        </React.Fragment>
      ))}
    </Box>
  );
};
