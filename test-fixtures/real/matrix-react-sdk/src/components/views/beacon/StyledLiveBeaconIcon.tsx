/*
Copyright 2022 The Matrix.org Foundation C.I.C.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/

import React from "react";
import classNames from "classnames";

import { Icon as LiveLocationIcon } from "../../../../res/img/location/live-location.svg";

interface Props extends React.SVGProps<SVGSVGElement> {
    // use error styling when true
    withError?: boolean;
    isIdle?: boolean;
}
const StyledLiveBeaconIcon: React.FC<Props> = ({ className, withError, isIdle, ...props }) => (
    <LiveLocationIcon
        {...props}
        className={classNames("mx_StyledLiveBeaconIcon", className, {
            mx_StyledLiveBeaconIcon_error: withError,
            mx_StyledLiveBeaconIcon_idle: isIdle,
        })}
    />
);

export default StyledLiveBeaconIcon;
