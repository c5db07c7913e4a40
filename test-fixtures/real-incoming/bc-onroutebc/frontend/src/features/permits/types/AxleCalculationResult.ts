export const POLICY_CHECK_RESULT_TYPES = {
  PASS: "pass",
  FAIL: "fail",
  WARNING: "warning",
};

export type PolicyCheckResultType =
  (typeof POLICY_CHECK_RESULT_TYPES)[keyof typeof POLICY_CHECK_RESULT_TYPES];

export const POLICY_CHECK_ID_TYPES = {
  AXLE_GROUP_MAXIMUM_LEGAL_WEIGHT_THRESHOLD:
    "axle-group-maximum-legal-weight-threshold",
  BOOSTER_AXLE_LIMIT: "booster-axle-limit",
  BRIDGE_FORMULA: "bridge-formula",
  DRIVE_JEEP_LOAD_EQUALIZATION: "drive-jeep-load-equalization",
  LEGAL_INTERAXLE_SPACING: "legal-interaxle-spacing",
  LEGAL_WEIGHT: "legal-weight",
  MAX_TIRE_LOAD: "max-tire-load",
  MINIMUM_DRIVE_AXLE_WEIGHT: "minimum-drive-axle-weight",
  MINIMUM_STEER_AXLE_WEIGHT: "minimum-steer-axle-weight",
  MINIMUM_TANDEM_STEER_AXLE_WEIGHT: "minimum-tandem-steer-axle-weight",
  NUMBER_OF_AXLES: "number-of-axles",
  NUMBER_OF_WHEELS_PER_AXLE: "number-of-wheels",
  PERMITTABLE_WEIGHT: "permittable-weight",
  PICKER_TRUCK_TRACTOR_WEIGHT_RESTRICTIONS:
    "picker-truck-tractor-weight-restrictions",
  WHEELBASE_LEGAL_LIMITS: "wheelbase-legal-limits",
} as const;

export type PolicyCheckIdType =
  (typeof POLICY_CHECK_ID_TYPES)[keyof typeof POLICY_CHECK_ID_TYPES];

export interface AxleGroupPolicyCheckResult {
  id: PolicyCheckIdType;
  result: PolicyCheckResultType;
  message: string;
  axleUnit?: number;
  actualWeight?: number;
  thresholdWeight?: number;
  startAxleUnit: number;
  endAxleUnit: number;
}

export interface AxleCalculationResult {
  results: Array<AxleGroupPolicyCheckResult>;
  overload: number;
  totalGCVW: number;
}
