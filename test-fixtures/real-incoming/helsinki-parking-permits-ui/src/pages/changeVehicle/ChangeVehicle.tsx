import React, { useContext, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import PriceChangePreview from '../../common/editPermits/PriceChangePreview';
import Refund from '../../common/editPermits/Refund';
import { getChangeTotal } from '../../common/editPermits/utils';
import VehicleDetails from '../../common/editPermits/VehicleDetails';
import { updatePermitVehicle } from '../../graphql/permitGqlClient';
import { PermitStateContext } from '../../hooks/permitProvider';
import {
  ParkingContractType,
  PermitPriceChangeItem,
  PermitPriceChanges,
  ROUTES,
  Vehicle,
  Product,
  Permit,
} from '../../types';
import {
  upcomingProducts,
  canBeRefunded,
  calcProductDates,
  calcProductUnitPrice,
  calcProductUnitVatPrice,
} from '../../utils';
import {
  ErrorStateDict,
  VehicleChangeErrorContext,
} from '../../hooks/vehicleChangeErrorProvider';

enum PriceChangeType {
  HIGHER_PRICE = 2,
  // eslint-disable-next-line no-magic-numbers
  LOWER_PRICE = 0.5,
  NO_CHANGE = 1,
}

enum ChangeVehicleStep {
  VEHICLE,
  PRICE_PREVIEW,
  REFUND,
}

const getPriceChangeType = (
  vehicle: Vehicle | undefined,
  permit: Permit
): PriceChangeType => {
  if (!vehicle) return PriceChangeType.NO_CHANGE;
  const { isLowEmission: currentState } = permit.vehicle;
  const { isLowEmission: newState } = vehicle;
  if (currentState !== newState) {
    return currentState && !newState
      ? PriceChangeType.HIGHER_PRICE
      : PriceChangeType.LOWER_PRICE;
  }
  return PriceChangeType.NO_CHANGE;
};

const T_PATH = 'common.editPermits.ChangeVehicle';

const ChangeVehicle = (): React.ReactElement => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const vehicleChangeErrorCtx = useContext(
    VehicleChangeErrorContext
  ) as ErrorStateDict;
  const permitCtx = useContext(PermitStateContext);
  const [vehicle, setVehicle] = useState<Vehicle>();
  const [lowEmissionChecked, setLowEmissionChecked] = useState(false);

  const [step, setStep] = useState<ChangeVehicleStep>(
    ChangeVehicleStep.VEHICLE
  );

  const [priceChangesList, setPriceChangesList] = useState<
    PermitPriceChanges[]
  >([]);

  const permit = permitCtx?.getPermits().find(p => p.id === params.permitId);
  if (!permit) {
    return <Navigate to={ROUTES.VALID_PERMITS} />;
  }

  type RequestPermitVehicleUpdateResult = {
    updateSuccessful: boolean;
    checkoutUrl: string | undefined;
  };

  const requestPermitVehicleUpdate = async (
    accountNumber?: string
  ): Promise<RequestPermitVehicleUpdateResult> => {
    let updateSuccessful = true;
    const updateResult = await updatePermitVehicle(
      permit.id,
      vehicle?.id,
      lowEmissionChecked,
      accountNumber
    ).then(
      result => result,
      () => {
        updateSuccessful = false;
        vehicleChangeErrorCtx.setError(t(`${T_PATH}.permitExistError`));
      }
    );

    if (updateSuccessful) {
      // permitCtx.permitExists() relies on state-level data
      // over querying the backend => update state data
      // after a successful vehicle update request.
      await permitCtx?.fetchPermits();
    }

    const checkoutUrl = updateResult?.checkoutUrl;
    return {
      updateSuccessful,
      checkoutUrl,
    };
  };

  const updateAndNavigateToOrderView = async (accountNumber?: string) => {
    const updateResult = await requestPermitVehicleUpdate(accountNumber);

    if (updateResult.updateSuccessful) {
      navigate(`${ROUTES.SUCCESS}?permitId=${permit.id}`);
    }
  };
  const priceChangeType = getPriceChangeType(vehicle, permit);
  const isLowEmission = vehicle?.isLowEmission;

  const getPriceChangeItem = (product: Product): PermitPriceChangeItem => {
    const previousPrice = calcProductUnitPrice(product, false);
    const previousVatPrice = calcProductUnitVatPrice(product, false);
    const newPrice = calcProductUnitPrice(product, isLowEmission);
    const newVatPrice = calcProductUnitVatPrice(product, isLowEmission);

    return {
      newPrice,
      previousPrice,
      product: product.name,
      priceChange: newPrice - previousPrice,
      priceChangeVat: newVatPrice - previousVatPrice,
      ...calcProductDates(product, permit),
    };
  };

  const continueTo = async () => {
    if (step !== ChangeVehicleStep.VEHICLE) {
      return;
    }

    setPriceChangesList([
      {
        vehicle,
        priceChanges: upcomingProducts(permit).map(getPriceChangeItem),
      },
    ]);

    if (priceChangeType === PriceChangeType.HIGHER_PRICE) {
      const updateResult = await requestPermitVehicleUpdate();
      if (!updateResult.updateSuccessful) {
        return;
      }

      if (permit.contractType === ParkingContractType.OPEN_ENDED) {
        navigate(ROUTES.VALID_PERMITS);
        return;
      }

      const checkoutUrl = updateResult?.checkoutUrl;
      if (checkoutUrl) {
        window.open(`${checkoutUrl}`, '_self');
        return;
      }

      // Backend might return a null checkout url on success
      // due to price not actually changing
      // (eg. the permits end date is less than a month away)
      navigate(ROUTES.VALID_PERMITS);
      return;
    }

    if (!vehicleChangeErrorCtx.error && canBeRefunded(permit)) {
      setStep(ChangeVehicleStep.PRICE_PREVIEW);
      return;
    }

    await updateAndNavigateToOrderView();
  };

  return (
    <div className="change-vehicle-component">
      {step === ChangeVehicleStep.VEHICLE && (
        <VehicleDetails
          permit={permit}
          vehicle={vehicle}
          setVehicle={setVehicle}
          onContinue={continueTo}
          lowEmissionChecked={lowEmissionChecked}
          setLowEmissionChecked={setLowEmissionChecked}
        />
      )}
      {step === ChangeVehicleStep.PRICE_PREVIEW && priceChangesList && (
        <PriceChangePreview
          className="price-change-preview"
          priceChangesList={priceChangesList}
          isRefund={priceChangeType === PriceChangeType.LOWER_PRICE}
          onCancel={() => setStep(ChangeVehicleStep.VEHICLE)}
          onConfirm={() => {
            if (priceChangeType === PriceChangeType.NO_CHANGE) {
              updateAndNavigateToOrderView();
            } else if (!vehicleChangeErrorCtx.error) {
              setStep(ChangeVehicleStep.REFUND);
            }
          }}
        />
      )}
      {step === ChangeVehicleStep.REFUND && (
        <Refund
          refundTotal={getChangeTotal(priceChangesList, 'priceChange')}
          refundTotalVat={getChangeTotal(priceChangesList, 'priceChangeVat')}
          onCancel={() => setStep(ChangeVehicleStep.PRICE_PREVIEW)}
          onConfirm={updateAndNavigateToOrderView}
        />
      )}
    </div>
  );
};

export default ChangeVehicle;
