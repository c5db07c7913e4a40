import { resolve } from '$app/paths';
import { page } from '$app/stores';
import { goto } from '$app/navigation';
import { browser } from '$app/environment';
import { Click, trackEvent } from '$lib/actions/analytics';
import LimitReached from '$lib/components/billing/alerts/limitReached.svelte';
import MarkedForDeletion from '$lib/components/billing/alerts/markedForDeletion.svelte';
import MissingPaymentMethod from '$lib/components/billing/alerts/missingPaymentMethod.svelte';
import newDevUpgradePro from '$lib/components/billing/alerts/newDevUpgradePro.svelte';
import PaymentAuthRequired from '$lib/components/billing/alerts/paymentAuthRequired.svelte';
import PaymentProcessing from '$lib/components/billing/alerts/paymentProcessing.svelte';

import { NEW_DEV_PRO_UPGRADE_COUPON } from '$lib/constants';
import { cachedStore } from '$lib/helpers/cache';
import type { BillingPlansMap } from '$lib/sdk/billing';
import { isCloud } from '$lib/system';
import { activeHeaderAlert, orgMissingPaymentMethod } from '$routes/(console)/store';
import {
    AppwriteException,
    BillingPlanGroup,
    type Models,
    Platform,
    Query
} from '@appwrite.io/console';
import { derived, get, writable } from 'svelte/store';
import { headerAlert } from './headerAlert';
import { addNotification, notifications } from './notifications';
import { currentPlan } from './organization';
import { canSeeBilling } from './roles';
import { sdk } from './sdk';
import { user } from './user';

import BudgetLimitAlert from '$routes/(console)/organization-[organization]/budgetLimitAlert.svelte';
import TeamReadonlyAlert from '$routes/(console)/organization-[organization]/teamReadonlyAlert.svelte';
import EnterpriseTrial from '$routes/(console)/organization-[organization]/enterpriseTrial.svelte';

export const roles = [
    {
        label: 'Owner',
        value: 'owner'
    },
    {
        label: 'Developer',
        value: 'developer'
    },
    {
        label: 'Editor',
        value: 'editor'
    },
    {
        label: 'Analyst',
        value: 'analyst'
    },
    {
        label: 'Billing',
        value: 'billing'
    }
];

export const teamStatusReadonly = 'readonly';
export const teamStatusUpgrading = 'upgrading';
export const billingLimitOutstandingInvoice = 'outstanding_invoice';

export const paymentMethods = derived(
    page,
    ($page) => $page.data.paymentMethods as Models.PaymentMethodList
);
export const addressList = derived(
    page,
    ($page) => $page.data.addressList as Models.BillingAddressList
);

export const readOnly = writable<boolean>(false);
export const daysLeftInTrial = writable<number>(0);
export const plansInfo = writable<BillingPlansMap>(new Map());

export const showBudgetAlert = derived(
    page,
    ($page) => ($page.data.organization?.billingLimits.budgetLimit ?? 0) >= 100
);

function getPlansInfoStore(): BillingPlansMap | null {
    return get(plansInfo) ?? get(page).data?.plansInfo ?? new Map();
}

function makeBillingPlan(
    billingPlanOrId: string | Models.BillingPlan | null | undefined
): Models.BillingPlan | null {
    if (!billingPlanOrId) {
        return null;
    }

    return typeof billingPlanOrId === 'string' ? billingIdToPlan(billingPlanOrId) : billingPlanOrId;
}

export const projectRoles = roles.filter((r) => r.value !== 'billing');

const projectRoleNames = new Set(projectRoles.map((r) => r.value));

export function isProjectSpecificRole(role: string): boolean {
    if (!role.startsWith('project-')) return false;
    const lastDash = role.lastIndexOf('-');
    if (lastDash <= 'project-'.length) return false;
    return projectRoleNames.has(role.slice(lastDash + 1));
}

export function parseProjectRole(role: string): { projectId: string; roleName: string } | null {
    if (!isProjectSpecificRole(role)) return null;
    const withoutPrefix = role.slice('project-'.length);
    const lastDashIdx = withoutPrefix.lastIndexOf('-');
    if (lastDashIdx === -1) return null;
    return {
        projectId: withoutPrefix.slice(0, lastDashIdx),
        roleName: withoutPrefix.slice(lastDashIdx + 1)
    };
}

export function buildProjectRole(projectId: string, roleName: string): string {
    return `project-${projectId}-${roleName}`;
}

export function getRoleLabel(role: string) {
    if (isProjectSpecificRole(role)) {
        const parsed = parseProjectRole(role);
        return projectRoles.find((r) => r.value === parsed?.roleName)?.label ?? role;
    }
    return roles.find((r) => r.value === role)?.label ?? role;
}

export function isStarterPlan(
    billingPlanOrId: string | Models.BillingPlan | null | undefined
): boolean {
    const billingPlan = makeBillingPlan(billingPlanOrId);
    return planHasGroup(billingPlan, BillingPlanGroup.Starter);
}

export function canUpgrade(
    billingPlanOrId: string | Models.BillingPlan | null | undefined
): boolean {
    const billingPlan = makeBillingPlan(billingPlanOrId);
    if (!billingPlan?.$id) {
        return false;
    }

    const nextTier = getNextTierBillingPlan(billingPlan.$id);

    // defaults back to PRO, so adjust the check!
    return billingPlan.$id !== nextTier.$id;
}

export function canDowngrade(
    billingPlanOrId: string | Models.BillingPlan | null | undefined
): boolean {
    const billingPlan = makeBillingPlan(billingPlanOrId);
    if (!billingPlan?.$id) {
        return false;
    }

    const nextTier = getPreviousTierBillingPlan(billingPlan.$id);

    // defaults back to Starter, so adjust the check!
    return billingPlan.$id !== nextTier.$id;
}

export function planHasGroup(
    billingPlanOrId: string | Models.BillingPlan | null | undefined,
    group: BillingPlanGroup
): boolean {
    const billingPlan = makeBillingPlan(billingPlanOrId);

    return billingPlan?.group === group;
}

export function getBasePlanFromGroup(billingPlanGroup: BillingPlanGroup): Models.BillingPlan {
    const plansInfoStore = getPlansInfoStore();

    const proPlans = Array.from(plansInfoStore.values()).filter(
        (plan): plan is Models.BillingPlan => !!plan && plan.group === billingPlanGroup
    );

    return proPlans.sort((a, b) => a.order - b.order)[0];
}

export function billingIdToPlan(billingId: string | null | undefined): Models.BillingPlan | null {
    if (!billingId) {
        return null;
    }

    const plansInfoStore = getPlansInfoStore();
    if (plansInfoStore.has(billingId)) {
        return plansInfoStore.get(billingId);
    } else {
        return null;
    }
}

export function getNextTierBillingPlan(billingPlanId: string): Models.BillingPlan {
    const currentPlanData = billingIdToPlan(billingPlanId);
    if (!currentPlanData) {
        /* should never happen but safety! */
        return getBasePlanFromGroup(BillingPlanGroup.Pro);
    }

    const currentOrder = currentPlanData.order;
    const plans = get(plansInfo);

    for (const [, plan] of plans) {
        if (plan.order === currentOrder + 1) {
            return plan;
        }
    }

    return getBasePlanFromGroup(BillingPlanGroup.Pro);
}

export function getPreviousTierBillingPlan(billingPlanId: string): Models.BillingPlan {
    const currentPlanData = billingIdToPlan(billingPlanId);
    if (!currentPlanData) {
        /* should never happen but safety! */
        return getBasePlanFromGroup(BillingPlanGroup.Starter);
    }
    const currentOrder = currentPlanData.order;
    const plans = get(plansInfo);

    for (const [, plan] of plans) {
        if (plan.order === currentOrder - 1) {
            return plan;
        }
    }

    return getBasePlanFromGroup(BillingPlanGroup.Starter);
}

export type PlanServices =
    | 'bandwidth'
    | 'bandwidthAddon'
    | 'buckets'
    | 'databases'
    | 'domains'
    | 'executions'
    | 'executionsAddon'
    | 'fileSize'
    | 'functions'
    | 'logs'
    | 'memberAddon'
    | 'members'
    | 'projects'
    | 'platforms'
    | 'realtime'
    | 'realtimeAddon'
    | 'realtimeMessages'
    | 'storage'
    | 'storageAddon'
    | 'teams'
    | 'users'
    | 'usersAddon'
    | 'webhooks'
    | 'sites'
    | 'authPhone'
    | 'imageTransformations';

export function getServiceLimit(
    serviceId: PlanServices,
    tier: string = null,
    plan?: Models.BillingPlan
): number {
    if (!isCloud) return 0;
    if (!serviceId) return 0;

    plan ??= get(currentPlan);

    if (tier) {
        const info = get(plansInfo);
        if (!info) return 0;
        plan ??= info.get(tier);
    }

    if (serviceId === 'members') {
        if (!plan?.addons?.seats) return Infinity;
        // plans that don't cap seats omit `limit`, which the API serializes as `0`
        return plan.addons.seats?.limit || Infinity;
    }

    if (serviceId === 'projects') {
        if (!plan?.addons?.projects) return Infinity;
        return plan.addons.projects?.limit ?? 1;
    }

    return plan?.[serviceId] ?? 0;
}

export const failedInvoice = cachedStore<
    Models.Invoice,
    {
        load: (orgId: string) => Promise<void>;
    }
>('failedInvoice', function ({ set }) {
    return {
        load: async (orgId) => {
            if (!isCloud) set(null);
            if (!get(canSeeBilling)) set(null);
            const failedInvoices = await sdk.forConsole.organizations.listInvoices({
                organizationId: orgId,
                queries: [Query.equal('status', 'failed')]
            });
            // const failedInvoices = invoices.invoices;
            if (failedInvoices?.invoices?.length > 0) {
                const firstFailed = failedInvoices.invoices[0];
                const today = new Date();
                const thirtyDaysAgo = new Date(today.setDate(today.getDate() - 30));
                const failedDate = new Date(firstFailed.$createdAt);
                if (failedDate < thirtyDaysAgo) {
                    readOnly.set(true);
                }
            } else set(null);
        }
    };
});

export const actionRequiredInvoices = writable<Models.InvoiceList>(null);

export const showUsageRatesModal = writable<boolean>(false);
export const useNewPricingModal = derived(currentPlan, ($plan) => $plan?.usagePerProject === true);

export function checkForUsageFees(plan: string | null | undefined, id: PlanServices) {
    const billingPlan = billingIdToPlan(plan);
    const supportsUsage = Object.keys(billingPlan?.usage ?? {}).length > 0;

    if (supportsUsage) {
        switch (id) {
            case 'bandwidth':
            case 'storage':
            case 'users':
            case 'executions':
            case 'realtime':
            case 'realtimeMessages':
                return true;

            default:
                return false;
        }
    } else return false;
}

export function checkForProjectLimitation(plan: string | null | undefined, id: PlanServices) {
    if (id === 'members') {
        const billingPlan = billingIdToPlan(plan);
        const hasUnlimitedProjects = billingPlan?.projects === 0;

        if (hasUnlimitedProjects) {
            return false; // No project limitation for members on Pro/Scale plans
        }
    }

    switch (id) {
        case 'databases':
        case 'domains':
        case 'functions':
        case 'buckets':
        case 'members': // Only applies to Free plan now
        case 'platforms':
        case 'webhooks':
        case 'teams':
            return true;

        default:
            return false;
    }
}

export function isServiceLimited(
    serviceId: PlanServices,
    organization: Models.Organization,
    total: number
) {
    // total validity
    if (!total) return false;

    // org and plan validity!
    if (!organization) return false;
    if (!('billingPlanId' in organization)) return false;

    const limit = getServiceLimit(serviceId) || Infinity;
    const isLimited = limit !== 0 && limit < Infinity;
    const hasUsageFees = checkForUsageFees(organization.billingPlanId, serviceId);
    return isLimited && total >= limit && !hasUsageFees;
}

export function checkForEnterpriseTrial(org: Models.Organization) {
    if (!org || !org.billingNextInvoiceDate) return;
    if (calculateEnterpriseTrial(org) > 0) {
        headerAlert.add({
            id: 'teamEnterpriseTrial',
            component: EnterpriseTrial,
            show: true,
            importance: 11
        });
    }
}

export function calculateEnterpriseTrial(org: Models.Organization) {
    if (!org || !org.billingNextInvoiceDate) return 0;
    const endDate = new Date(org.billingNextInvoiceDate);
    const startDate = new Date(org.billingCurrentInvoiceDate);
    const today = new Date();

    let diffCycle = endDate.getTime() - startDate.getTime();
    diffCycle = Math.ceil(diffCycle / (1000 * 60 * 60 * 24));
    if (diffCycle === 14) {
        const remaining = endDate.getTime() - today.getTime();
        return Math.ceil(remaining / (1000 * 60 * 60 * 24));
    }
    return 0;
}

export function calculateTrialDay(org: Models.Organization) {
    if (!org.billingPlanDetails.trial) return false;

    const endDate = new Date(org?.billingStartDate);
    const today = new Date();

    let diffTime = endDate.getTime() - today.getTime();
    diffTime = Math.ceil(diffTime / (1000 * 60 * 60 * 24)) + 1;

    const days = diffTime < 1 ? 0 : diffTime;

    daysLeftInTrial.set(days);
    return days;
}

export async function checkForUsageLimit(organization: Models.Organization) {
    if (
        organization?.status === teamStatusReadonly &&
        organization?.remarks === billingLimitOutstandingInvoice
    ) {
        headerAlert.add({
            id: 'teamReadOnlyFailedInvoices',
            component: TeamReadonlyAlert,
            show: true,
            importance: 11
        });
        readOnly.set(true);
        return;
    }

    if (!organization?.billingLimits && organization?.status !== teamStatusReadonly) {
        readOnly.set(false);
        return;
    }

    if (organization.billingPlanDetails.budgeting) {
        const { budgetLimit } = organization?.billingLimits ?? {};

        if (budgetLimit && budgetLimit >= 100) {
            readOnly.set(false);
            headerAlert.add({
                id: 'budgetLimit',
                component: BudgetLimitAlert,
                show: true,
                importance: 10
            });

            readOnly.set(true);
            return;
        }
    }

    const { bandwidth, executions, storage, users } = organization?.billingLimits ?? {};
    const resources = [
        { value: bandwidth, name: 'bandwidth' },
        { value: executions, name: 'executions' },
        { value: storage, name: 'storage' },
        { value: users, name: 'users' }
    ];

    const members = organization.total;
    const memberLimit = getServiceLimit('members');
    const membersOverflow =
        Number.isFinite(memberLimit) && memberLimit > 0 ? Math.max(0, members - memberLimit) : 0;

    if (resources.some((r) => r.value >= 100) || membersOverflow > 0) {
        readOnly.set(true);
        headerAlert.add({
            id: 'limitReached',
            component: LimitReached,
            show: true,
            importance: 7
        });
    } else if (resources.some((r) => r.value >= 75)) {
        readOnly.set(false);
        const lastNotification = parseInt(localStorage.getItem('limitReachedNotification')) ?? 0;
        const now = new Date().getTime();
        if (now - lastNotification < 1000 * 60 * 60 * 24) return;

        localStorage.setItem('limitReachedNotification', now.toString());

        const threshold = 75;
        const exceededResources = resources.filter((r) => r.value >= threshold);

        let message = `<b>${organization.name}</b> has reached <b>${threshold}%</b> of its ${exceededResources[0].name} limit. Upgrade to ensure there are no service disruptions.`;

        if (exceededResources.length > 1) {
            message = `Usage for <b>${organization.name}</b> has reached <b>${threshold}%</b> of its plan limits. Upgrade to ensure there are no service disruptions.`;
        }

        addNotification({
            type: 'warning',
            isHtml: true,
            timeout: 0,
            message,
            buttons: [
                {
                    name: 'View usage',
                    method: () => {
                        goto(
                            resolve('/(console)/organization-[organization]/usage', {
                                organization: organization.$id
                            })
                        );
                    }
                },
                {
                    name: 'Upgrade plan',
                    method: () => {
                        goto(
                            resolve('/(console)/organization-[organization]/change-plan', {
                                organization: organization.$id
                            })
                        );
                        trackEvent(Click.OrganizationClickUpgrade, {
                            from: 'button',
                            source: 'limit_reached_notification'
                        });
                    }
                }
            ]
        });
    } else {
        readOnly.set(false);
    }
}

export async function checkPaymentAuthorizationRequired(org: Models.Organization) {
    if (!org.billingPlanDetails.requiresPaymentMethod) return;

    const invoices = await sdk.forConsole.organizations.listInvoices({
        organizationId: org.$id,
        queries: [Query.equal('status', 'requires_authentication')]
    });

    if (invoices?.invoices?.length > 0) {
        headerAlert.add({
            id: 'paymentAuthRequired',
            component: PaymentAuthRequired,
            show: true,
            importance: 8
        });
    }
    activeHeaderAlert.set(headerAlert.getExcluding('impersonation'));

    actionRequiredInvoices.set(invoices);
}

export async function paymentExpired(org: Models.Organization) {
    if (!org?.paymentMethodId) return;
    const payment = await sdk.forConsole.organizations.getPaymentMethod({
        organizationId: org.$id,
        paymentMethodId: org.paymentMethodId
    });

    if (!payment?.expiryYear) return;
    const sessionStorageNotification = sessionStorage.getItem('expiredPaymentNotification');
    if (sessionStorageNotification === 'true') return;
    const year = new Date().getFullYear();
    const month = new Date().getMonth();
    const expiredMessage = `The default payment method for <b>${org.name}</b> has expired`;
    const expiringMessage = `The default payment method for <b>${org.name}</b> will expire soon`;
    const nots = get(notifications);
    const expiredNotification = nots.some((n) => n.message === expiredMessage);
    const expiringNotification = nots.some((n) => n.message === expiringMessage);
    const cardExpiry = new Date(payment.expiryYear, payment.expiryMonth, 1);
    const nextMonth = new Date(year, month + 1, 1);
    const isExpiringNextMonth = cardExpiry.getTime() === nextMonth.getTime();
    if (payment.expired && !expiredNotification) {
        addNotification({
            type: 'error',
            isHtml: true,
            timeout: 0,
            message: expiredMessage,
            buttons: [
                {
                    name: 'Update payment details',
                    method: () => {
                        goto(resolve('/account/payments'));
                    }
                }
            ]
        });
    } else if (!expiringNotification && !payment.expired && isExpiringNextMonth) {
        addNotification({
            type: 'warning',
            isHtml: true,
            message: expiringMessage,
            buttons: [
                {
                    name: 'Update payment details',
                    method: () => {
                        goto(resolve('/account/payments'));
                    }
                }
            ]
        });
    }
    sessionStorage.setItem('expiredPaymentNotification', 'true');
}

export function checkForMarkedForDeletion(org: Models.Organization) {
    if (org?.markedForDeletion) {
        headerAlert.add({
            id: 'markedForDeletion',
            component: MarkedForDeletion,
            show: true,
            importance: 10
        });
    }
}

export function checkForUpgradingStatus(org: Models.Organization) {
    if (org?.status === teamStatusUpgrading) {
        headerAlert.add({
            id: 'paymentProcessing',
            component: PaymentProcessing,
            show: true,
            importance: 5
        });
    }
}

export async function checkForMissingPaymentMethod() {
    const starterPlan = getBasePlanFromGroup(BillingPlanGroup.Starter);
    if (!starterPlan?.$id) {
        return;
    }

    const orgs = await sdk.forConsole.organizations.list({
        queries: [
            Query.isNull('paymentMethodId'),
            Query.isNull('backupPaymentMethodId'),
            Query.equal('platform', Platform.Appwrite),
            Query.notEqual('billingPlan', starterPlan.$id)
        ]
    });

    if (orgs?.total) {
        orgMissingPaymentMethod.set(orgs.teams[0]);
        headerAlert.add({
            id: 'missingPaymentMethod',
            component: MissingPaymentMethod,
            show: true,
            importance: 8
        });
    }
}

// Display upgrade banner for new users after 1 week for 30 days
export async function checkForNewDevUpgradePro(org: Models.Organization) {
    // browser or plan check.
    if (!browser || !org?.billingPlanDetails?.supportsCredits) return;

    // already dismissed by user!
    if (localStorage.getItem('newDevUpgradePro')) return;

    // saves one trip to backend!
    const notValidKey = `${org.$id}:isNotValid`;
    if (localStorage.getItem(notValidKey)) return;

    const now = new Date().getTime();
    const account = get(user);
    if (!account?.$createdAt) return;

    const accountCreated = new Date(account.$createdAt).getTime();
    if (now - accountCreated < 1000 * 60 * 60 * 24 * 7) return;

    const organizations = await sdk.forConsole.organizations.list({
        queries: [Query.notEqual('billingPlan', getBasePlanFromGroup(BillingPlanGroup.Starter).$id)]
    });

    if (organizations?.total) return;

    try {
        await sdk.forConsole.console.getCoupon({
            couponId: NEW_DEV_PRO_UPGRADE_COUPON
        });
    } catch (error) {
        if (
            // already utilized if error is 409
            error instanceof AppwriteException &&
            error?.code === 409 &&
            error.type === 'billing_coupon_already_used'
        ) {
            localStorage.setItem(notValidKey, 'true');
        }
        return;
    }

    headerAlert.add({
        id: 'newDevUpgradePro',
        component: newDevUpgradePro,
        show: true,
        importance: 1
    });
}

export function getChangePlanUrl(organizationId?: string | null | undefined): string {
    let orgId = organizationId || null;

    if (!orgId) {
        try {
            const pageState = get(page);

            const fromUrl = pageState?.params?.organization?.trim?.() || null;
            const fromOrgData = pageState?.data?.organization?.$id?.trim?.() || null;
            const fromProjectData = pageState?.data?.project?.teamId?.trim?.() || null;

            orgId = fromUrl ?? fromProjectData ?? fromOrgData;
        } catch {
            /* ignore */
        }
    }

    if (orgId) {
        return resolve('/(console)/organization-[organization]/change-plan', {
            organization: orgId
        });
    } else {
        /* fallback to not crash anything */
        return resolve('/');
    }
}

export const hideBillingHeaderRoutes = [resolve('/account'), resolve('/create-organization')];

export function isPaymentAuthenticationRequired(
    org: Models.Organization | Models.PaymentAuthentication
): org is Models.PaymentAuthentication {
    return 'clientSecret' in org;
}
