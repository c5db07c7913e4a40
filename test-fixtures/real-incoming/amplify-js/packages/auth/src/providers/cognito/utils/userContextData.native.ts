// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: Apache-2.0

// TODO: add support after https://amazon-cognito-assets.us-east-1.amazoncognito.com/amazon-cognito-advanced-security-data.min.js can be imported

export function getUserContextData(_: {
	username: string;
	userPoolId: string;
	userPoolClientId: string;
}) {
	return undefined;
}
