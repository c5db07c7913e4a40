// Copyright (c) 2015-present Mattermost, Inc. All Rights Reserved.
// See LICENSE.txt for license information.
export type OnboardingItem = {
    title: string;
    description: string;
    image: React.ReactElement;
};
