import { useGetOrganizationSubscriptionContextsWithPaymentMethodsQuery, useUpdateSubscriptionContextPaymentMethodMutation } from '@app/condo/gql'
import { notification, Row, Col } from 'antd'
import getConfig from 'next/config'
import { useCallback, useMemo, useState } from 'react'

import { useFeatureFlags } from '@open-condo/featureflags/FeatureFlagsContext'
import { Trash } from '@open-condo/icons'
import { getClientSideSenderInfo } from '@open-condo/miniapp-utils/helpers/sender'
import { useIntl } from '@open-condo/next/intl'
import { useOrganization } from '@open-condo/next/organization'
import { Modal, Typography, Space, Card, Button } from '@open-condo/ui'

import { UI_HIDE_PAID_FEATURES } from '@condo/domains/common/constants/featureflags'

import styles from './useLinkedCardsModal.module.css'


const { publicRuntimeConfig } = getConfig()
const CARD_ISSUER_IMAGES = publicRuntimeConfig?.cardIssuerImages || {}


type PaymentMethod = {
    id: string
    bindingId: string
    cardMask: string
    paymentSystem: string
    title: string
    cardIssuerCountry?: string
    cardIssuerName?: string
}

const getCardIssuerImageUrl = (cardIssuerName?: string): string => {
    if (!cardIssuerName) return '/otherCard.svg'

    const lowerIssuerName = cardIssuerName.toLowerCase()
    const matchingKey = Object.keys(CARD_ISSUER_IMAGES).find(key =>
        lowerIssuerName.includes(key.toLowerCase())
    )

    return matchingKey ? CARD_ISSUER_IMAGES[matchingKey] : '/otherCard.svg'
}

type UseLinkedCardsModalProps = {
    onCardUnbound?: () => void | Promise<void>
}

export const useLinkedCardsModal = ({ onCardUnbound }: UseLinkedCardsModalProps = {}) => {
    const intl = useIntl()
    const { useFlag } = useFeatureFlags()
    const hidePaidFeatures = useFlag(UI_HIDE_PAID_FEATURES)
    const { organization, role } = useOrganization()
    const [isModalOpen, setIsModalOpen] = useState(false)
    const [isConfirmModalOpen, setIsConfirmModalOpen] = useState(false)
    const [isUnbinding, setIsUnbinding] = useState(false)
    const [selectedCardId, setSelectedCardId] = useState<string | null>(null)
    const [imageErrors, setImageErrors] = useState<Record<string, boolean>>({})

    const { data: subscriptionContextsData, refetch: refetchSubscriptionContexts } = useGetOrganizationSubscriptionContextsWithPaymentMethodsQuery({
        variables: { organizationId: organization?.id || '' },
        skip: !organization?.id,
    })

    const LinkedCardsTitle = intl.formatMessage({ id: 'subscription.linkedCards.title' })
    const UnbindCardTitle = intl.formatMessage({ id: 'subscription.linkedCards.unbind.title' })
    const UnbindCardMessage = intl.formatMessage({ id: 'subscription.linkedCards.unbind.message' })
    const UnbindButtonLabel = intl.formatMessage({ id: 'subscription.linkedCards.unbind.action' })
    const NotificationTitle = intl.formatMessage({ id: 'subscription.linkedCards.unbind.notification.title' })
    const NotificationDescription = intl.formatMessage({ id: 'subscription.linkedCards.unbind.notification.description' })
    const ErrorNotificationTitle = intl.formatMessage({ id: 'subscription.linkedCards.unbind.error.title' })
    const ErrorNotificationDescription = intl.formatMessage({ id: 'subscription.linkedCards.unbind.error.description' })
    const ForSubscriptionPaymentMessage = intl.formatMessage({ id: 'subscription.linkedCards.forSubscriptionPayment' })
    const ForAllPaymentsMessage = intl.formatMessage({ id: 'subscription.linkedCards.forAllPayments' })

    const getCardTypeTranslation = useCallback((cardType?: string): string => {
        if (!cardType) return ''

        const upperCardType = cardType.toUpperCase()
        const translationKey = `subscription.linkedCards.cardType.${upperCardType}`

        try {
            return intl.formatMessage({ id: translationKey as FormatjsIntl.Message['ids'] })
        } catch {
            return upperCardType
        }
    }, [intl])

    const cardPlanMap = useMemo(() => {
        const map = new Map<string, { planTypes: Set<string>, planNames: Set<string> }>()
        if (!subscriptionContextsData?.subscriptionContexts) return map

        for (const context of subscriptionContextsData.subscriptionContexts) {
            const bindingId = context.frozenPaymentInfo?.paymentMethod?.bindingId
            if (!bindingId) continue

            if (!map.has(bindingId)) {
                map.set(bindingId, { planTypes: new Set(), planNames: new Set() })
            }

            const info = map.get(bindingId)!
            const planType = context.subscriptionPlan?.planType
            const planName = context.subscriptionPlan?.name
            if (planType) info.planTypes.add(planType)
            if (planName) info.planNames.add(planName)
        }

        return map
    }, [subscriptionContextsData])

    const getCardLabel = useCallback((bindingId: string): string | null => {
        const info = cardPlanMap.get(bindingId)
        if (!info || info.planTypes.size === 0) return null

        const isMultiple = info.planTypes.size > 1 || info.planNames.size > 1
        if (isMultiple) return ForAllPaymentsMessage

        const planType = Array.from(info.planTypes)[0]
        if (planType === 'service') return ForSubscriptionPaymentMessage
        if (planType === 'feature') {
            const planName = Array.from(info.planNames)[0] || ''
            return intl.formatMessage({ id: 'subscription.linkedCards.forFeaturePayment' as FormatjsIntl.Message['ids'] }, { planName })
        }

        return ForSubscriptionPaymentMessage
    }, [cardPlanMap, ForSubscriptionPaymentMessage, ForAllPaymentsMessage, intl])

    const paymentMethods: PaymentMethod[] = useMemo(() => {
        if (!subscriptionContextsData?.subscriptionContexts) return []

        const uniquePaymentMethods = new Map<string, PaymentMethod>()

        for (const context of subscriptionContextsData.subscriptionContexts) {
            const paymentMethod = context.frozenPaymentInfo?.paymentMethod
            if (!paymentMethod || !paymentMethod.bindingId) continue

            if (!uniquePaymentMethods.has(paymentMethod.bindingId)) {
                uniquePaymentMethods.set(paymentMethod.bindingId, {
                    id: paymentMethod.bindingId,
                    bindingId: paymentMethod.bindingId,
                    cardMask: paymentMethod.cardNumber || '',
                    paymentSystem: paymentMethod.paymentSystem || '',
                    title: `${paymentMethod.paymentSystem || ''} ${paymentMethod.cardNumber?.slice(-4) || ''}`,
                    cardIssuerCountry: paymentMethod.bankCountryCode || undefined,
                    cardIssuerName: paymentMethod.bankName || undefined,
                })
            }
        }

        return Array.from(uniquePaymentMethods.values())
    }, [subscriptionContextsData])

    const canManageSubscriptions = role?.canManageSubscriptions

    const handleImageError = useCallback((bindingId: string) => {
        setImageErrors(prev => ({ ...prev, [bindingId]: true }))
    }, [])

    const openModal = useCallback(() => {
        if (hidePaidFeatures) return
        setIsModalOpen(true)
    }, [hidePaidFeatures])

    const closeModal = useCallback(() => {
        setIsModalOpen(false)
    }, [])

    const handleUnbindClick = useCallback((cardId: string) => {
        setSelectedCardId(cardId)
        setIsConfirmModalOpen(true)
    }, [])

    const closeConfirmModal = useCallback(() => {
        setIsConfirmModalOpen(false)
        setSelectedCardId(null)
    }, [])

    const [updateSubscriptionContextPaymentMethod] = useUpdateSubscriptionContextPaymentMethodMutation()

    const handleUnbindConfirm = useCallback(async () => {
        if (!organization || !canManageSubscriptions || !selectedCardId) return

        setIsUnbinding(true)
        try {
            const sender = getClientSideSenderInfo()

            const contextsToUnbind = subscriptionContextsData?.subscriptionContexts?.filter(
                context => context.frozenPaymentInfo?.paymentMethod?.bindingId === selectedCardId
            ) || []

            for (const context of contextsToUnbind) {
                await updateSubscriptionContextPaymentMethod({
                    variables: {
                        data: {
                            dv: 1,
                            sender,
                            subscriptionContext: { id: context.id },
                            bindingId: null,
                        },
                    },
                })
            }

            await refetchSubscriptionContexts()

            if (onCardUnbound) {
                await onCardUnbound()
            }

            setIsConfirmModalOpen(false)
            setIsModalOpen(false)
            setSelectedCardId(null)

            notification.success({
                message: <Typography.Text size='large' strong>{NotificationTitle}</Typography.Text>,
                description: NotificationDescription,
            })
        } catch (error) {
            console.error('Failed to unbind card:', error)
            notification.error({
                message: <Typography.Text size='large' strong>{ErrorNotificationTitle}</Typography.Text>,
                description: ErrorNotificationDescription,
            })
        } finally {
            setIsUnbinding(false)
        }
    }, [organization, canManageSubscriptions, selectedCardId, subscriptionContextsData, updateSubscriptionContextPaymentMethod, refetchSubscriptionContexts, onCardUnbound, NotificationTitle, NotificationDescription, ErrorNotificationTitle, ErrorNotificationDescription])

    const LinkedCardsModal = useMemo(() => {
        if (hidePaidFeatures) return null

        return (
            <>
                <Modal
                    open={isModalOpen}
                    onCancel={closeModal}
                    title={LinkedCardsTitle}
                    footer={null}
                    scrollX={false}
                >
                    <Space size={12} direction='vertical' width='100%'>
                        {paymentMethods.map((paymentMethod) => {
                            const cardLabel = getCardLabel(paymentMethod.bindingId)
                            return (
                                <Card key={paymentMethod.bindingId} width='100%'>
                                    <Row justify='space-between' align='middle' wrap={false}>
                                        <Col flex='auto' className={styles.cardContent}>
                                            <img
                                                src={imageErrors[paymentMethod.bindingId] ? '/otherCard.svg' : getCardIssuerImageUrl(paymentMethod.cardIssuerName)}
                                                alt={paymentMethod.cardIssuerName || 'card'}
                                                width={60}
                                                height={40}
                                                className={styles.cardImg}
                                                onError={() => handleImageError(paymentMethod.bindingId)}
                                            />
                                            <div className={styles.cardText}>
                                                <Typography.Text ellipsis>
                                                    {getCardTypeTranslation(paymentMethod.paymentSystem)} ∙ {paymentMethod.cardMask?.slice(-4)}
                                                    {cardLabel && (
                                                        <Typography.Text type='secondary'>
                                                            {' '}{cardLabel}
                                                        </Typography.Text>
                                                    )}
                                                </Typography.Text>
                                            </div>
                                        </Col>
                                        <Col flex='none'>
                                            <Button
                                                id={`subscription-linked-cards-unbind-${paymentMethod.bindingId}-button`}
                                                minimal
                                                compact
                                                size='large'
                                                type='primary'
                                                icon={<Trash size='small' />}
                                                onClick={() => handleUnbindClick(paymentMethod.bindingId)}
                                                disabled={!canManageSubscriptions}
                                            />
                                        </Col>
                                    </Row>
                                </Card>
                            )
                        })}
                    </Space>
                </Modal>
                <Modal
                    open={isConfirmModalOpen}
                    onCancel={closeConfirmModal}
                    title={UnbindCardTitle}
                    footer={[
                        <Button
                            id='subscription-linked-cards-confirm-unbind-button'
                            key='unbind'
                            type='secondary'
                            danger
                            loading={isUnbinding}
                            onClick={handleUnbindConfirm}
                            disabled={!canManageSubscriptions}
                        >
                            {UnbindButtonLabel}
                        </Button>,
                    ]}
                >
                    <Typography.Paragraph>
                        {UnbindCardMessage}
                    </Typography.Paragraph>
                </Modal>
            </>
        )
    }, [hidePaidFeatures, isModalOpen, closeModal, LinkedCardsTitle, paymentMethods, imageErrors, getCardTypeTranslation, getCardLabel, handleUnbindClick, canManageSubscriptions, isConfirmModalOpen, closeConfirmModal, UnbindCardTitle, isUnbinding, handleUnbindConfirm, UnbindButtonLabel, UnbindCardMessage])

    return {
        LinkedCardsModal,
        openModal,
        hasPaymentMethod: !hidePaidFeatures && paymentMethods.length > 0,
    }
}
