"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";

import { type AllCountryCode } from "@nimara/domain/consts";
import { type CountryOption } from "@nimara/domain/objects/Address";
import { type AddressFormRow } from "@nimara/domain/objects/AddressForm";
import {
  addressToSchema,
  displayFormattedAddressLines,
} from "@nimara/foundation/address/address";
import { AddressForm } from "@nimara/foundation/address/address-form/address-form";
import type { FormattedAddress } from "@nimara/foundation/address/types";
import { CheckboxField } from "@nimara/foundation/form-components/checkbox-field";
import { RadioFormGroup } from "@nimara/foundation/form-components/radio-form-group";
import { cn } from "@nimara/foundation/lib/cn";
import { useRouter } from "@nimara/i18n/routing";
import { ADDRESS_CORE_FIELDS } from "@nimara/infrastructure/consts";
import {
  Tabs,
  TabsContent,
  TabsList,
  TabsTrigger,
} from "@nimara/ui/components/tabs";

import { useCurrentRegion } from "@/foundation/regions";
import { paths, QUERY_PARAMS } from "@/foundation/routing/paths";

import { type PaymentSchema } from "../schema";

export type TabName = "new" | "saved";

interface AddressTabProps {
  activeTab: TabName;
  addressFormRows: readonly AddressFormRow[];
  addresses: FormattedAddress[];
  countries: CountryOption[];
  countryCode: AllCountryCode;
  isDisabled?: boolean;
  setActiveTab: (value: TabName) => void;
  setIsCountryChanging?: (value: boolean) => void;
}

export const AddressTab = ({
  activeTab,
  addresses,
  countries,
  addressFormRows,
  countryCode,
  setActiveTab,
  setIsCountryChanging,
  isDisabled = false,
}: AddressTabProps) => {
  const t = useTranslations();
  const router = useRouter();
  const form = useFormContext<PaymentSchema>();
  const region = useCurrentRegion();

  const hasDefaultBillingAddressSet = addresses?.some(
    (item) => item.address?.isDefaultBillingAddress,
  );

  const handleTabChange = (value: string) => {
    setActiveTab(value as TabName);

    if (value === "new") {
      form.setValue("saveAddressForFutureUse", true);
      form.setValue("billingAddress", {
        ...ADDRESS_CORE_FIELDS.reduce(
          (acc, fieldName) => ({
            ...acc,
            [fieldName]: "",
          }),
          {},
        ),
        country: region.market.countryCode,
      } as PaymentSchema["billingAddress"]);
    } else {
      form.setValue("saveAddressForFutureUse", false);
      form.setValue("billingAddress", {
        ...addressToSchema(addresses[0].address),
        id: addresses[0].address.id,
      });
    }

    setIsCountryChanging?.(true);
    router.push(
      paths.checkout.asPath({ query: { [QUERY_PARAMS.step]: "payment" } }),
      {
        scroll: false,
      },
    );
  };

  const handleCountryChange = (value: string) => {
    const address = JSON.parse(value) as PaymentSchema["billingAddress"];

    if (address?.country !== countryCode) {
      setIsCountryChanging?.(true);
    }

    form.setValue("billingAddress", address);
  };

  return (
    <div className="space-y-6">
      {!addresses.length ? (
        <>
          <AddressForm
            addressFormRows={addressFormRows}
            schemaPrefix="billingAddress"
            countries={countries}
          />
          {hasDefaultBillingAddressSet && (
            <CheckboxField
              className="pt-6"
              name="saveAddressForFutureUse"
              label={t("address.save-address-for-future")}
              disabled={isDisabled}
            />
          )}
        </>
      ) : (
        <Tabs
          defaultValue={activeTab}
          onValueChange={handleTabChange}
          className="grid gap-5"
        >
          <TabsList className="grid w-full grid-cols-2">
            <TabsTrigger value="saved" disabled={isDisabled}>
              {t("address.saved-addresses")}
            </TabsTrigger>
            <TabsTrigger value="new" disabled={isDisabled}>
              {t("address.new-address")}
            </TabsTrigger>
          </TabsList>

          <TabsContent value="saved">
            <RadioFormGroup
              name="billingAddress"
              isSrOnlyLabel={true}
              options={addresses.map(({ address }) => ({
                value: JSON.stringify({
                  ...addressToSchema(address),
                  id: address.id,
                }),
              }))}
              isDisabled={isDisabled}
              onChange={handleCountryChange}
              className="mb-0 rounded-none border-b-0 p-4 text-sm first-of-type:rounded-t last-of-type:rounded-b last-of-type:border-b"
            >
              {addresses.map(({ address, formattedAddress }) => (
                <div className="flex w-full flex-col gap-2" key={address.id}>
                  <div
                    className={cn("leading-5", {
                      "text-muted-foreground": isDisabled,
                    })}
                  >
                    {displayFormattedAddressLines({
                      addressId: address.id,
                      formattedAddress,
                    })}
                  </div>
                </div>
              ))}
            </RadioFormGroup>
          </TabsContent>

          <TabsContent value="new">
            <AddressForm
              addressFormRows={addressFormRows}
              schemaPrefix="billingAddress"
              countries={countries}
              isDisabled={isDisabled}
            />
            {hasDefaultBillingAddressSet && (
              <CheckboxField
                className="pt-6"
                name="saveAddressForFutureUse"
                label={t("address.save-address-for-future")}
                disabled={isDisabled}
              />
            )}
          </TabsContent>
        </Tabs>
      )}
    </div>
  );
};
