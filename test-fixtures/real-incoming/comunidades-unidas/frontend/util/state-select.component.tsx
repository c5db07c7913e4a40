import React from "react";
import { toPairs } from "lodash-es";

export default function StateSelect(props: StateSelectProps) {
  return (
    <select
      value={props.state}
      onChange={(evt) => props.setState(evt.target.value)}
      placeholder={props.placeholder || ""}
      required={props.required}
    >
      {statesArray.map((state) => (
        <option key={state.key} value={state.key}>
          {state.label}
        </option>
      ))}
    </select>
  );
}

type StateSelectProps = {
  state: string;
  setState(state: string): void;
  required?: boolean;
  placeholder?: string;
};

export const stateNameToAbbreviation = {
  Alabama: "AL",
  Alaska: "AK",
  Arizona: "AZ",
  Arkansas: "AR",
  California: "CA",
  Colorado: "CO",
  Connecticut: "CT",
  Delaware: "DE",
  "District Of Columbia": "DC",
  Florida: "FL",
  Georgia: "GA",
  Hawaii: "HI",
  Idaho: "ID",
  Illinois: "IL",
  Indiana: "IN",
  Iowa: "IA",
  Kansas: "KS",
  Kentucky: "KY",
  Louisiana: "LA",
  Maine: "ME",
  Maryland: "MD",
  Massachusetts: "MA",
  Michigan: "MI",
  Minnesota: "MN",
  Mississippi: "MS",
  Missouri: "MO",
  Montana: "MT",
  Nebraska: "NE",
  Nevada: "NV",
  "New Hampshire": "NH",
  "New Jersey": "NJ",
  "New Mexico": "NM",
  "New York": "NY",
  "North Carolina": "NC",
  "North Dakota": "ND",
  Ohio: "OH",
  Oklahoma: "OK",
  Oregon: "OR",
  Pennsylvania: "PA",
  "Rhode Island": "RI",
  "South Carolina": "SC",
  "South Dakota": "SD",
  Tennessee: "TN",
  Texas: "TX",
  Utah: "UT",
  Vermont: "VT",
  Virginia: "VA",
  Washington: "WA",
  "West Virginia": "WV",
  Wisconsin: "WI",
  Wyoming: "WY",
};

const statesArray = toPairs(stateNameToAbbreviation)
  .map((val) => ({ key: val[1], label: val[0] }))
  .sort((first, second) => (first.label > second.label ? 1 : 0));
