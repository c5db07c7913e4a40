// Copyright (c) 2015-present Mattermost, Inc. All Rights Reserved.
// See LICENSE.txt for license information.

export type MfaSecret = {
    secret: string;
    qr_code: string;
};
