import { writable } from 'svelte/store';
import type { Component } from 'svelte';
import type { Models } from '@appwrite.io/console';
import type { NotificationCoolOffOptions } from '$lib/helpers/notifications';

export type BottomModalAlertAction = {
    text: string;
    color?: Record<'light' | 'dark', string> | string;
    background?: Record<'light' | 'dark', string> | string;
    backgroundHover?: Record<'light' | 'dark', string> | string;
    hideOnClick?: boolean;
    link: (ctx: { organization: Models.Organization; project: Models.Project }) => string;
    external?: boolean;
    skipUpgradeRedirect?: boolean;
};

/**
 * Special layout settings for mobile when exactly one alert is shown.
 *
 * Applied only if `enabled` is `true` and the number of visible alerts is exactly 1.
 *
 * Useful when you want to display the alert directly in the floating window,
 * without opening a separate modal.
 */
export type MobileSingleAlertLayoutConfig = {
    title: string;
    message: string;
    enabled: boolean;
    isHtml?: boolean;
    // because message is the text!
    cta: Omit<BottomModalAlertAction, 'text'>;
};

export type BottomModalAlertItem = {
    id: string;
    title: string;
    message: string;

    // use either of these!
    src?: Record<'dark' | 'light', string>;
    backgroundComponent?: Component;

    cta: BottomModalAlertAction;
    learnMore?: BottomModalAlertAction;
    plan: 'free' | 'pro' | 'scale' /*| 'enterprise'*/;
    show?: boolean;
    isHtml?: boolean;
    importance?: number;

    closed?: () => void;
    scope: 'organization' | 'project' | 'everywhere';
    notificationHideOptions?: NotificationCoolOffOptions;

    /**
     * if true,
     * uses same title, message on mobile floating window.
     */
    sameContentOnMobileLayout?: boolean;
};

type BottomModalAlertState = {
    alerts: BottomModalAlertItem[];
    mobileSingleLayout?: MobileSingleAlertLayoutConfig;
};

export const bottomModalAlertsConfig = writable<BottomModalAlertState>({ alerts: [] });

export const hideAllModalAlerts = () => {
    bottomModalAlertsConfig.update((state) => ({
        ...state,
        alerts: state.alerts.map((t) => ({ ...t, show: false }))
    }));
};

export const setMobileSingleAlertLayout = (config: MobileSingleAlertLayoutConfig) => {
    bottomModalAlertsConfig.update((state) => ({
        ...state,
        mobileSingleLayout: config
    }));
};

export const dismissBottomModalAlert = (id: string) => {
    bottomModalAlertsConfig.update((state) => ({
        ...state,
        alerts: state.alerts.filter((t) => t.id !== id)
    }));
};

export const showBottomModalAlert = (notification: BottomModalAlertItem) => {
    const defaults: Partial<BottomModalAlertItem> = {
        show: true,
        importance: 5,
        isHtml: false,
        ...notification
    };

    bottomModalAlertsConfig.update((state) => {
        if (state.alerts.some((t) => t.id === notification.id)) return state;
        return {
            ...state,
            alerts: [...state.alerts, defaults as BottomModalAlertItem]
        };
    });
};
