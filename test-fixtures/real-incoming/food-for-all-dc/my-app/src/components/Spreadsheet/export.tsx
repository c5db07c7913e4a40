import { CsvRow, downloadCsv } from "../../utils/csvExport";
import { getNestedValue } from "../../utils/misc";
import { formatDietaryRestrictionsForExport } from "../../utils/exportFormatters";
import { deliveryDate } from "../../utils/deliveryDate";

export interface RowData {
  id: string;
  clientid?: string;
  uid: string;
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  houseNumber?: number;
  address: string;
  address2?: string;
  deliveryDetails: {
    deliveryInstructions: string;
    dietaryRestrictions: {
      foodAllergens: string[];
      halal: boolean;
      kidneyFriendly: boolean;
      lowSodium: boolean;
      lowSugar: boolean;
      microwaveOnly: boolean;
      noCookingEquipment: boolean;
      otherText: string;
      other: boolean;
      softFood: boolean;
      vegan: boolean;
      heartFriendly: boolean;
      vegetarian: boolean;
      dietaryPreferences?: string;
    };
  };
  ethnicity: string;
  // Additional fields that can be used in custom columns
  adults?: number;
  children?: number;
  deliveryFreq?: string;
  gender?: string;
  language?: string;
  lifeChallenges?: string;
  notes?: string;
  referralEntity?: {
    name: string;
    organization: string;
  };
  tefapCert?: boolean;
  tefapCertDate?: string;
  famStartDate?: string;
  startDate?: string;
  lastDeliveryDate?: string;
  missedStrikeCount?: number;
  activeStatus?: boolean;
  deliverySummaryReady?: boolean;
  tags?: string[];
  dob?: string;
  ward?: string;
  streetName?: string;
  zipCode?: string;
  clusterID?: string;
}

// Allow dynamic property access for RowData
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface RowData {
  [key: string]: any;
}

/**
 * Export visible columns as a CSV file.
 * @param rows - The data to export.
 * @param customColumns - The custom columns currently visible in the table.
 */
const getSpreadsheetExportColumnHeader = (propertyKey: string): string => {
  switch (propertyKey) {
    case "adults":
      return "Adults";
    case "children":
      return "Children";
    case "deliveryFreq":
      return "Delivery Frequency";
    case "deliveryDetails.dietaryRestrictions":
      return "Dietary Restrictions";
    case "deliveryDetails.dietaryRestrictions.dietaryPreferences":
      return "Dietary Preferences";
    case "ethnicity":
      return "Ethnicity";
    case "gender":
      return "Gender";
    case "language":
      return "Language";
    case "lifeChallenges":
      return "Lifestyle Challenges";
    case "notes":
      return "Notes";
    case "phone":
      return "Phone";
    case "referralEntity":
      return "Referral Entity";
    case "tefapCert":
    case "tefapCertDate":
      return "TEFAP Cert";
    case "famStartDate":
      return "Fam Start Date";
    case "tags":
      return "Tags";
    case "dob":
      return "Date of Birth";
    case "ward":
      return "Ward";
    case "lastDeliveryDate":
      return "Last Delivery Date";
    default:
      return propertyKey.charAt(0).toUpperCase() + propertyKey.slice(1);
  }
};

const normalizeDateValue = (value: unknown): string => {
  if (
    value &&
    typeof value === "object" &&
    "seconds" in value &&
    typeof (value as { seconds?: unknown }).seconds === "number"
  ) {
    return deliveryDate.tryToISODateString(
      new Date((value as { seconds: number }).seconds * 1000)
    ) ?? "";
  }

  return deliveryDate.tryToISODateString(value as string | Date | null | undefined) ?? "";
};

const resolveSpreadsheetExportValue = (row: RowData, propertyKey: string): string => {
  if (propertyKey === "deliveryDetails.dietaryRestrictions") {
    return formatDietaryRestrictionsForExport(row.deliveryDetails?.dietaryRestrictions);
  }

  if (propertyKey === "referralEntity") {
    const referralEntity = row.referralEntity;
    return referralEntity
      ? [referralEntity.name, referralEntity.organization].filter(Boolean).join(", ")
      : "";
  }

  if (propertyKey === "lastDeliveryDate") {
    return typeof row.lastDeliveryDate === "string" ? row.lastDeliveryDate : "";
  }

  if (propertyKey === "famStartDate") {
    return normalizeDateValue(row.famStartDate);
  }

  if (propertyKey === "tefapCert" || propertyKey === "tefapCertDate") {
    return normalizeDateValue(row.tefapCertDate);
  }

  const value = propertyKey.includes(".") ? getNestedValue(row, propertyKey, "") : row[propertyKey];
  if (value === null || value === undefined) {
    return "";
  }

  if (Array.isArray(value)) {
    return value.join(", ");
  }

  if (typeof value === "object") {
    if (
      "seconds" in (value as Record<string, unknown>) &&
      typeof (value as { seconds?: unknown }).seconds === "number"
    ) {
      return normalizeDateValue(value);
    }

    if ("name" in value || "organization" in value) {
      return [value.name, value.organization].filter(Boolean).join(", ");
    }

    return "";
  }

  return String(value);
};

export const exportQueryResults = (
  rows: RowData[],
  customColumns: Array<{ id: string; label: string; propertyKey: string }> = []
) => {
  const visibleData: CsvRow[] = rows.map((row) => {
    // Start with the base columns that are always visible
    const baseData: CsvRow = {
      Name: `${row.lastName}, ${row.firstName}`,
      Address: row.address,
      "Address 2": row.address2 || "",
      Phone: row.phone ?? "",
      "Delivery Instructions": row.deliveryDetails?.deliveryInstructions || "None",
      "Dietary Restrictions": formatDietaryRestrictionsForExport(
        row.deliveryDetails?.dietaryRestrictions
      ),
    };

    // Add custom columns that are configured (not "none")
    customColumns.forEach((col) => {
      if (col.propertyKey !== "none") {
        const columnLabel = getSpreadsheetExportColumnHeader(col.propertyKey);
        baseData[columnLabel] = resolveSpreadsheetExportValue(row, col.propertyKey);
      }
    });

    return baseData;
  });

  return downloadCsv(visibleData, "query_results.csv");
};

export const exportRowsWithColumns = (
  rows: RowData[],
  columns: Array<{ label: string; getValue: (row: RowData) => unknown }>,
  filename: string
) => {
  const data = rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column.label, column.getValue(row)]))
  );
  return downloadCsv(data, filename);
};

/**
 * Export all data as a CSV file with formatted, readable output.
 * @param rows - The data to export.
 */
export const buildAllClientsExportRows = (rows: RowData[]): CsvRow[] =>
  rows.map((row) => {
    // Format the data in a readable way
    return {
      UID: row.uid,
      Name: `${row.lastName}, ${row.firstName}`,
      Phone: row.phone ?? "",
      Address: row.address,
      "Address 2": row.address2 || "",
      "House Number": row.houseNumber ?? "",
      "Street Name": row.streetName ?? "",
      "Zip Code": row.zipCode ?? "",
      Ward: row.ward ?? "",
      "Cluster ID": row.clusterID ?? "",
      "Delivery Instructions": row.deliveryDetails?.deliveryInstructions || "None",
      "Dietary Restrictions": formatDietaryRestrictionsForExport(
        row.deliveryDetails?.dietaryRestrictions
      ),
      "Food Allergens": row.deliveryDetails?.dietaryRestrictions?.foodAllergens?.join(", ") || "",
      Ethnicity: row.ethnicity ?? "",
      Adults: row.adults ?? "",
      Children: row.children ?? "",
      "Delivery Frequency": row.deliveryFreq ?? "",
      Gender: row.gender ?? "",
      Language: row.language ?? "",
      Notes: row.notes ?? "",
      "Referral Entity": row.referralEntity
        ? [row.referralEntity.name, row.referralEntity.organization].filter(Boolean).join(", ")
        : "",
      "TEFAP Cert": normalizeDateValue(row.tefapCertDate),
      "Start Date": normalizeDateValue(row.startDate),
      Tags: row.tags?.join(", ") || "",
      "Date of Birth": row.dob ?? "",
    };
  });

export const exportAllClients = (rows: RowData[]) =>
  downloadCsv(buildAllClientsExportRows(rows), "all_clients.csv");
