import Unit from '../dtos/units/unit.dto';
import { Address } from '../dtos/addresses/address.dto';

export const oneLineAddress = (address: Address) => {
  if (!address) return '';
  return `${address.street}${address.street2 ? `, ${address.street2}` : ''}, ${
    address.city
  }, ${address.state} ${address.zipCode}`;
};

type MinMax = {
  min: number;
  max: number;
};

type UnitTypeSummary = {
  count: number;
  baths: MinMax | undefined;
  sqft: MinMax | undefined;
};

export type ListingUnitsSummary = {
  units: { [key: string]: UnitTypeSummary };
  flatRent: MinMax | undefined;
  percentageRent: MinMax | undefined;
  minIncome: MinMax | undefined;
  maxIncome: MinMax | undefined;
};

export function minMaxFinder(
  value: number | undefined,
  range: MinMax | undefined,
): MinMax {
  if (!value) {
    return undefined;
  }

  if (range === undefined) {
    return {
      min: value,
      max: value,
    };
  } else {
    range.min = Math.min(range.min, value);
    range.max = Math.max(range.max, value);

    return range;
  }
}

export const summarizeListingUnitsByType = (
  units: Unit[],
): ListingUnitsSummary => {
  let minimumIncomeRange: MinMax = undefined;
  let maximumIncomeRange: MinMax = undefined;
  let flatRentRange: MinMax = undefined;
  let percentageRentRange: MinMax = undefined;

  const groupedUnits = units?.reduce(
    (summaries, unit): { [key: string]: UnitTypeSummary } => {
      if (unit.monthlyIncomeMin) {
        minimumIncomeRange = minMaxFinder(
          Number(unit.monthlyIncomeMin),
          minimumIncomeRange,
        );
      }

      if (unit.annualIncomeMax) {
        const monthlyMaxIncome = Number.parseFloat(unit.annualIncomeMax) / 12.0;
        maximumIncomeRange = minMaxFinder(
          Number(monthlyMaxIncome),
          maximumIncomeRange,
        );
      }

      if (unit.monthlyRent) {
        flatRentRange = minMaxFinder(Number(unit.monthlyRent), flatRentRange);
      }

      if (unit.monthlyRentAsPercentOfIncome) {
        percentageRentRange = minMaxFinder(
          Number(unit.monthlyRentAsPercentOfIncome),
          percentageRentRange,
        );
      }

      const thisBedroomInfo: UnitTypeSummary | undefined =
        summaries[unit.unitTypes?.name];

      summaries[unit.unitTypes?.name] = {
        count: thisBedroomInfo ? thisBedroomInfo.count + 1 : 1,
        baths: minMaxFinder(unit.numBathrooms, thisBedroomInfo?.baths),
        sqft: minMaxFinder(Number(unit.sqFeet), thisBedroomInfo?.sqft),
      };

      return summaries;
    },
    {},
  );

  return {
    units: groupedUnits,
    maxIncome: maximumIncomeRange,
    minIncome: minimumIncomeRange,
    flatRent: flatRentRange,
    percentageRent: percentageRentRange,
  };
};
