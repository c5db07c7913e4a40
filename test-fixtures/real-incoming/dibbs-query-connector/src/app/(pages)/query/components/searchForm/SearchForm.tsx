"use client";

import React, { useCallback, useEffect, useState } from "react";
import {
  Fieldset,
  Label,
  TextInput,
  Select,
  Button,
  Icon,
} from "@trussworks/react-uswds";
import { useSearchParams } from "next/navigation";
import {
  stateOptions,
  genderOptions,
  raceOptions,
  ethnicityOptions,
  Mode,
  hyperUnluckyPatient,
  AddressData,
  PatientSearchFormValues,
  INSUFFICIENT_PATIENT_IDENTIFIERS,
} from "@/app/constants";
import {
  patientDiscoveryQuery,
  PatientDiscoveryResponse,
} from "@/app/backend/query-execution/service";
import { getFhirServerConfigs } from "@/app/backend/fhir-servers/service";
import styles from "../searchForm/searchForm.module.scss";
import { FormatPhoneAsDigits } from "@/app/utils/format-service";
import TitleBox from "../stepIndicator/TitleBox";
import {
  PatientDiscoveryRequest,
  validatedPatientSearch,
} from "@/app/models/entities/query";
import Checkbox from "@/app/ui/designSystem/checkbox/Checkbox";
import { FhirServerConfig } from "@/app/models/entities/fhir-servers";

interface SearchFormProps {
  setPatientDiscoveryQueryResponse: (
    patientDiscoveryResponse: PatientDiscoveryResponse,
  ) => void;
  setMode: (mode: Mode) => void;
  setLoading: (loading: boolean) => void;
  fhirServers: string[];
  selectedFhirServer: string;
  setFhirServer: React.Dispatch<React.SetStateAction<string>>;
  setUncertainMatchError: React.Dispatch<React.SetStateAction<boolean>>;
  initialValues?: PatientSearchFormValues;
  setSearchFormValues: (values: PatientSearchFormValues) => void;
}

const SearchForm: React.FC<SearchFormProps> = function SearchForm({
  setPatientDiscoveryQueryResponse,
  setMode,
  setLoading,
  fhirServers,
  selectedFhirServer: fhirServer,
  setFhirServer,
  setUncertainMatchError,
  initialValues,
  setSearchFormValues,
}) {
  //Set the patient options based on the demoOption
  const [firstName, setFirstName] = useState<string>(
    initialValues?.firstName ?? "",
  );
  const [lastName, setLastName] = useState<string>(
    initialValues?.lastName ?? "",
  );
  const [phone, setPhone] = useState<string>(initialValues?.phone ?? "");
  const [email, setEmail] = useState<string>(initialValues?.email ?? "");
  const [dob, setDOB] = useState<string>(initialValues?.dob ?? "");
  const [mrn, setMRN] = useState<string>(initialValues?.mrn ?? "");
  const [address, setAddress] = useState<AddressData>(
    initialValues?.address ?? {
      street1: "",
      street2: "",
      city: "",
      state: "",
      zip: "",
    },
  );
  const [gender, setGender] = useState<string>(initialValues?.gender ?? "");
  const [race, setRace] = useState<string>(initialValues?.race ?? "");
  const [ethnicity, setEthnicity] = useState<string>(
    initialValues?.ethnicity ?? "",
  );

  const [fhirServerConfig, setFhirServerConfig] =
    useState<FhirServerConfig | null>(null);
  const [patientMatchEnabled, setPatientMatchEnabled] = useState<boolean>();
  const [showAdvanced, setShowAdvanced] = useState(false);
  const params = useSearchParams();

  const prefillFromQueryParams = () => {
    if (params?.size <= 0) {
      return;
    }

    setFirstName(params?.get("first") || "");
    setLastName(params?.get("last") || "");
    setPhone(params?.get("phone") || "");
    setDOB(params?.get("dob") || "");
    setMRN(params?.get("mrn") || "");

    // Only accept demographic codes that match a known dropdown option
    const genderParam = params?.get("gender") || "";
    setGender(
      genderOptions.some((o) => o.value === genderParam) ? genderParam : "",
    );
    const raceParam = params?.get("race") || "";
    setRace(raceOptions.some((o) => o.value === raceParam) ? raceParam : "");
    const ethnicityParam = params?.get("ethnicity") || "";
    setEthnicity(
      ethnicityOptions.some((o) => o.value === ethnicityParam)
        ? ethnicityParam
        : "",
    );

    const zipAddr = params?.get("zip");
    const stateAddr = params?.get("state") || "";
    const stateMatch =
      !!stateAddr &&
      stateOptions?.filter((state) => state.value == stateAddr)[0]?.value;

    setAddress({
      ...address,
      street1: params?.get("street1") || "",
      street2: params?.get("street2") || "",
      city: params?.get("city") || "",
      state: stateMatch || "",
      zip: zipAddr?.match(/^\d{5}(?:[-\s]\d{4})?$/) ? zipAddr : "",
    });
  };

  useEffect(() => {
    // set the fhir server only if it matches one from the list;
    // otherwise, use default
    const server = params?.get("server");
    setFhirServer(server && fhirServers.includes(server) ? server : fhirServer);
  }, [fhirServers]);

  useEffect(() => {
    const loadConfig = async () => {
      const configs = await getFhirServerConfigs(true);
      const match = configs.find((c) => c.name === fhirServer);
      if (match) {
        setFhirServerConfig(match);
        setPatientMatchEnabled(
          match.patientMatchConfiguration?.enabled ?? true,
        );
      }
    };
    loadConfig();
  }, [fhirServer]);

  const [formTouched, setFormTouched] = useState(false);
  const [_formError, setFormError] = useState(false);

  const fillFields = useCallback(() => {
    setFirstName(hyperUnluckyPatient.FirstName);
    setLastName(hyperUnluckyPatient.LastName);
    setDOB(hyperUnluckyPatient.DOB);
    setMRN(hyperUnluckyPatient.MRN);
    setPhone(hyperUnluckyPatient.Phone);
    setAddress({ ...hyperUnluckyPatient.Address });
    setEmail(hyperUnluckyPatient.Email);
  }, [fhirServers]);

  const nameRegex = "^[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\\-'. ]+$";
  const nameRuleHint =
    "Enter a name using only letters, hyphens, apostrophes, spaces, or periods.";

  function getPatientDiscoveryRequest(): PatientDiscoveryRequest {
    return {
      firstName,
      lastName,
      dob,
      mrn,
      fhirServer,
      phone: FormatPhoneAsDigits(phone),
      email,
      gender,
      race,
      ethnicity,
      address: {
        street1: address.street1,
        street2: address.street2,
        city: address.city,
        state: address.state,
        zip: address.zip,
      },
      patientMatchConfiguration: {
        enabled: patientMatchEnabled ?? false,
        onlySingleMatch:
          fhirServerConfig?.patientMatchConfiguration?.onlySingleMatch ?? false,
        onlyCertainMatches:
          fhirServerConfig?.patientMatchConfiguration?.onlyCertainMatches ??
          false,
        matchCount:
          fhirServerConfig?.patientMatchConfiguration?.matchCount ?? 0,
        supportsMatch:
          fhirServerConfig?.patientMatchConfiguration?.supportsMatch ?? false,
      },
    };
  }

  function isValid() {
    return validatedPatientSearch(getPatientDiscoveryRequest());
  }

  function getErrorMessage() {
    if (!formTouched) return null;
    return !isValid() ? INSUFFICIENT_PATIENT_IDENTIFIERS : null;
  }

  function renderFieldError(field: string) {
    return (
      formTouched &&
      !field && (
        <div className={styles.errorMessage}>
          <Icon.Error
            aria-label="warning icon indicating an error is present"
            className={styles.errorMessage}
          />
          Field is required.
        </div>
      )
    );
  }

  async function HandleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormTouched(true);
    if (!isValid()) {
      setFormError(true);
      return;
    }
    setFormError(false);

    if (!fhirServer) {
      console.error("FHIR server is required.");
      return;
    }
    setLoading(true);

    // Persist the raw field values so the form can be repopulated if the user
    // revises the search. Stored before the async query so they survive any
    // outcome (no matches, error, etc.).
    setSearchFormValues({
      firstName,
      lastName,
      dob,
      mrn,
      phone,
      email,
      address,
      gender,
      race,
      ethnicity,
    });

    const patientDiscoveryRequest = getPatientDiscoveryRequest();
    try {
      setMode("patient-results");

      const queryResponse = await patientDiscoveryQuery(
        patientDiscoveryRequest,
      );

      // Check if backend returned uncertain match flag
      const isUncertainMatch =
        typeof queryResponse === "object" &&
        queryResponse !== null &&
        "uncertainMatchError" in queryResponse &&
        (queryResponse as { uncertainMatchError?: boolean })
          .uncertainMatchError === true;

      if (isUncertainMatch) {
        setPatientDiscoveryQueryResponse([]);
        setUncertainMatchError(true);
        setLoading(false);
        return;
      }

      setPatientDiscoveryQueryResponse(queryResponse);
      setUncertainMatchError(false);
      setMode("patient-results");
    } catch (err) {
      console.error("Unknown failure during patient discovery", err);
      setPatientDiscoveryQueryResponse([]);
      setUncertainMatchError(false);
      setMode("patient-results");
    } finally {
      setLoading(false);
    }
  }

  useEffect(() => {
    window.scrollTo(0, 0);
    // Skip URL prefill when we already have persisted values (e.g. the user is
    // revising a prior search), so we don't clobber the repopulated fields.
    if (!initialValues) {
      prefillFromQueryParams();
    }
  }, []);

  return (
    <>
      <form onSubmit={HandleSubmit} onChange={() => {}}>
        <TitleBox step="search" />
        <h2 className="page-explainer">
          Enter patient information below to search for a patient. We will query
          the connected network to find matching records.{" "}
        </h2>
        {
          <div className={`usa-summary-box ${styles.demoQueryFiller}`}>
            <Label
              className="margin-top-0-important maxw-full font-sans text-normal"
              htmlFor="query"
            >
              The demo site uses synthetic data to provide examples of possible
              queries that you can make with the Query Connector. To proceed,
              click “fill fields” below.
            </Label>

            <div className={`${styles.searchCallToActionContainer}`}>
              <Button
                secondary
                type="button"
                onClick={() => {
                  fillFields();
                }}
              >
                Fill fields
              </Button>
              <Button
                unstyled
                className={`margin-left-auto`}
                type="button"
                onClick={() => {
                  setShowAdvanced(!showAdvanced);
                }}
              >
                Advanced
              </Button>
            </div>
          </div>
        }
        <Fieldset className={`${styles.searchFormContainer} bg-white`}>
          {showAdvanced && (
            <div className="grid-row grid-gap margin-bottom-4">
              <h3 className={`font-sans-md ${styles.searchFormSectionLabel}`}>
                Advanced
              </h3>
              <Label
                htmlFor="fhir_server"
                className="margin-top-0-important width-full"
              >
                Healthcare Organization (HCO)
              </Label>
              <div className="grid-col-6">
                <div className="usa-combo-box">
                  <Select
                    id="fhir_server"
                    name="fhir_server"
                    value={params?.get("server") || fhirServer}
                    onChange={(event) => {
                      setFhirServer(event.target.value as string);
                    }}
                    required
                  >
                    {fhirServers.map((fhirServer: string) => (
                      <option key={fhirServer} value={fhirServer}>
                        {fhirServer}
                      </option>
                    ))}
                  </Select>
                </div>
                {fhirServerConfig?.patientMatchConfiguration?.supportsMatch && (
                  <div className="padding-top-1">
                    <Checkbox
                      id="enable-patient-match"
                      data-testid="enable-patient-match"
                      label="Enable patient match"
                      aria-label="Enable patient $match protocol for this query"
                      checked={patientMatchEnabled}
                      onChange={(e) => setPatientMatchEnabled(e.target.checked)}
                    />
                  </div>
                )}
              </div>
            </div>
          )}

          <div className="grid-row grid-gap margin-bottom-4">
            <h3 className={`font-sans-md ${styles.searchFormSectionLabel}`}>
              Name
            </h3>
            <div className="tablet:grid-col-6">
              <Label htmlFor="firstName" className="margin-top-0-important">
                First name
              </Label>
              <TextInput
                id="firstName"
                title={nameRuleHint}
                name="first_name"
                type="text"
                pattern={nameRegex}
                value={firstName}
                onChange={(event) => {
                  setFirstName(event.target.value);
                }}
              />
              {renderFieldError(firstName)}
            </div>
            <div className="tablet:grid-col-6">
              <Label htmlFor="lastName" className="margin-top-0-important">
                Last name
              </Label>
              <TextInput
                id="lastName"
                title={nameRuleHint}
                name="last_name"
                type="text"
                pattern={nameRegex}
                value={lastName}
                onChange={(event) => {
                  setLastName(event.target.value);
                }}
              />
              {renderFieldError(lastName)}
            </div>
          </div>
          <div className="grid-row grid-gap margin-bottom-4">
            <h3 className={`font-sans-md ${styles.searchFormSectionLabel}`}>
              Date of Birth
            </h3>
            <div className="grid-col-6">
              <Label htmlFor="dob" className="margin-top-0-important">
                Date of Birth
              </Label>
              <div className="usa-date-picker">
                <input
                  className="usa-input"
                  name="dob"
                  id="dob"
                  type="date"
                  value={dob}
                  onChange={(event) => {
                    setDOB(event.target.value);
                  }}
                />
              </div>
              {renderFieldError(dob)}
            </div>
          </div>
          <div className="grid-row grid-gap margin-bottom-4">
            <h3 className={`font-sans-md ${styles.searchFormSectionLabel}`}>
              Demographics
            </h3>
            <div className="tablet:grid-col-4">
              <Label htmlFor="gender" className="margin-top-0-important">
                Sex
              </Label>
              <Select
                id="gender"
                name="gender"
                value={gender}
                onChange={(event) => {
                  setGender(event.target.value);
                }}
              >
                <option value="">- Select -</option>
                {genderOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </div>
            <div className="tablet:grid-col-4">
              <Label htmlFor="race" className="margin-top-0-important">
                Race
              </Label>
              <Select
                id="race"
                name="race"
                value={race}
                onChange={(event) => {
                  setRace(event.target.value);
                }}
              >
                <option value="">- Select -</option>
                {raceOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </div>
            <div className="tablet:grid-col-4">
              <Label htmlFor="ethnicity" className="margin-top-0-important">
                Ethnicity
              </Label>
              <Select
                id="ethnicity"
                name="ethnicity"
                value={ethnicity}
                onChange={(event) => {
                  setEthnicity(event.target.value);
                }}
              >
                <option value="">- Select -</option>
                {ethnicityOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </div>
          </div>
          <div className="grid-row grid-gap margin-bottom-4">
            <h3 className={`font-sans-md ${styles.searchFormSectionLabel}`}>
              Phone number
            </h3>
            <div className="grid-col-6">
              <Label htmlFor="phone" className="margin-top-0-important">
                Phone number
              </Label>
              <TextInput
                id="phone"
                name="phone"
                type="tel"
                value={phone}
                onChange={(event) => {
                  setPhone(event.target.value);
                }}
              />
            </div>
          </div>
          <div className="grid-row grid-gap margin-bottom-4">
            <h3 className={`font-sans-md ${styles.searchFormSectionLabel}`}>
              Email address
            </h3>
            <div className="grid-col-6">
              <Label htmlFor="email" className="margin-top-0-important">
                Email address
              </Label>
              <TextInput
                id="email"
                name="email"
                type="email"
                value={email}
                onChange={(event) => {
                  setEmail(event.target.value);
                }}
              />
            </div>
          </div>
          <div className="grid-row grid-gap margin-bottom-4">
            <h3 className={`font-sans-md ${styles.searchFormSectionLabel}`}>
              Address
            </h3>
            <div className="grid-col">
              <Label
                htmlFor="street_address_1"
                className="margin-top-0-important"
              >
                Street address
              </Label>
              <TextInput
                id="street_address_1"
                name="street_address_1"
                type="tel"
                value={address.street1}
                onChange={(event) => {
                  setAddress({ ...address, street1: event.target.value });
                }}
              />
            </div>
          </div>
          <div className="grid-row grid-gap margin-bottom-4">
            <div className="grid-col">
              <Label
                htmlFor="street_address_2"
                className="margin-top-0-important"
              >
                Address line 2
              </Label>
              <TextInput
                id="street_address_2"
                name="street_address_2"
                type="text"
                value={address.street2}
                onChange={(event) => {
                  setAddress({ ...address, street2: event.target.value });
                }}
              />
            </div>
          </div>
          <div className="grid-row grid-gap margin-bottom-4">
            <div className="tablet:grid-col-5">
              <Label htmlFor="city" className="margin-top-0-important">
                City
              </Label>
              <TextInput
                id="city"
                name="city"
                type="text"
                value={address.city}
                onChange={(event) => {
                  setAddress({ ...address, city: event.target.value });
                }}
              />
            </div>
            <div className="tablet:grid-col-3">
              <Label htmlFor="state" className="margin-top-0-important">
                State
              </Label>
              <Select
                id="state"
                name="state"
                value={address.state}
                onChange={(event) => {
                  setAddress({ ...address, state: event.target.value });
                }}
              >
                <option value="" disabled>
                  Select a state
                </option>
                {stateOptions.map((option) => (
                  <option key={option.label} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </div>
            <div className="tablet:grid-col-4">
              <Label htmlFor="zip" className="margin-top-0-important">
                Zip code
              </Label>
              <TextInput
                className="usa-input usa-input--medium"
                id="zip"
                name="zip"
                type="text"
                pattern="[\d]{5}(-[\d]{4})?"
                value={address.zip}
                onChange={(event) => {
                  setAddress({ ...address, zip: event.target.value });
                }}
              />
            </div>
          </div>
          <div className="grid-row grid-gap margin-bottom-4">
            <h3 className={`font-sans-md ${styles.searchFormSectionLabel}`}>
              Medical Record Number (MRN)
            </h3>
            <div className="grid-col-6">
              <Label htmlFor="mrn" className="margin-top-0-important">
                Medical Record Number
              </Label>
              <TextInput
                id="mrn"
                name="mrn"
                type="text"
                value={mrn}
                onChange={(event) => {
                  setMRN(event.target.value);
                }}
              />
            </div>
          </div>
        </Fieldset>
        <button className="usa-button margin-top-5" type="submit">
          Search for patient
        </button>
        {getErrorMessage() && (
          <div className={styles.errorMessage}>
            <Icon.Error
              aria-label="warning icon indicating an error is present"
              className={styles.errorMessage}
            />
            {getErrorMessage()}
          </div>
        )}
      </form>
    </>
  );
};

export default SearchForm;

export const STEP_ONE_PAGE_TITLE = "Step 1: Enter patient information";
