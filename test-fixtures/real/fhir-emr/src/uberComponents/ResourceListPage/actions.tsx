import { t } from '@lingui/macro';
import { Button, ModalProps, notification } from 'antd';
import { Bundle, ParametersParameter, Resource } from 'fhir/r4b';
import { omit } from 'lodash';
import { useNavigate } from 'react-router-dom';

import { questionnaireIdLoader } from '@beda.software/fhir-questionnaire';

import { ModalTrigger } from 'src/components/ModalTrigger';
import { QuestionnaireResponseForm, QRFProps } from 'src/components/QuestionnaireResponseForm';
import { getCurrentLocale } from 'src/services/i18n';

import { S } from './styles';
import {
    QuestionnaireActionType as QAT,
    questionnaireAction as qa,
    NavigationActionType,
    CustomActionType,
} from './types';

export interface WebExtra {
    qrfProps?: Partial<QRFProps>;
    modalProps?: ModalProps;
}

export type QuestionnaireActionType = QAT<WebExtra>;

export const questionnaireAction = qa<WebExtra>;

export type { NavigationActionType, CustomActionType } from './types';
export { navigationAction, customAction, isCustomAction, isNavigationAction, isQuestionnaireAction } from './types';

export function RecordQuestionnaireAction<R extends Resource>({
    action,
    resource,
    reload,
    defaultLaunchContext,
}: {
    action: QuestionnaireActionType;
    resource: R;
    reload: () => void;
    defaultLaunchContext: ParametersParameter[];
}) {
    return (
        <ModalTrigger
            title={action.title}
            trigger={
                <S.LinkButton type="link" size="small">
                    {action.title}
                </S.LinkButton>
            }
            modalProps={action.extra?.modalProps}
        >
            {({ closeModal }) => (
                <QuestionnaireResponseForm
                    language={getCurrentLocale()}
                    questionnaireLoader={questionnaireIdLoader(action.questionnaireId)}
                    launchContextParameters={[
                        ...defaultLaunchContext,
                        { name: resource.resourceType, resource: resource as any },
                    ]}
                    saveButtonTitle={t`Submit`}
                    {...(action.extra?.qrfProps ?? {})}
                    onSuccess={(response) => {
                        if (!action.extra?.qrfProps?.onSuccess) {
                            notification.success({
                                message: t`Successfully submitted`,
                            });
                        }
                        reload();
                        action.extra?.qrfProps?.onSuccess?.(response);
                        closeModal();
                    }}
                    onCancel={() => {
                        action.extra?.qrfProps?.onCancel?.();
                        closeModal();
                    }}
                />
            )}
        </ModalTrigger>
    );
}

interface HeaderQuestionnaireActionProps {
    action: QuestionnaireActionType;
    reload: () => void;
    defaultLaunchContext: ParametersParameter[];
}

export function HeaderQuestionnaireAction({ action, reload, defaultLaunchContext }: HeaderQuestionnaireActionProps) {
    return (
        <ModalTrigger
            title={action.title}
            trigger={
                <Button type="primary" icon={action.icon}>
                    <span>{action.title}</span>
                </Button>
            }
            modalProps={action.extra?.modalProps}
        >
            {({ closeModal }) => (
                <QuestionnaireResponseForm
                    language={getCurrentLocale()}
                    questionnaireLoader={questionnaireIdLoader(action.questionnaireId)}
                    launchContextParameters={defaultLaunchContext}
                    saveButtonTitle={t`Submit`}
                    {...(action.extra?.qrfProps ?? {})}
                    onSuccess={(response) => {
                        if (!action.extra?.qrfProps?.onSuccess) {
                            notification.success({ message: t`Successfully submitted` });
                        }
                        reload();
                        action.extra?.qrfProps?.onSuccess?.(response);
                        closeModal();
                    }}
                    onCancel={() => {
                        action.extra?.qrfProps?.onCancel?.();
                        closeModal();
                    }}
                />
            )}
        </ModalTrigger>
    );
}

export function BatchQuestionnaireAction<R extends Resource>({
    action,
    bundle,
    reload,
    disabled,
    defaultLaunchContext,
}: {
    action: QuestionnaireActionType | CustomActionType;
    bundle: Bundle<R>;
    reload: () => void;
    disabled?: boolean;
    defaultLaunchContext: ParametersParameter[];
}) {
    if (action.type === 'questionnaire') {
        return (
            <ModalTrigger
                title={action.title}
                trigger={
                    <Button type="primary" disabled={disabled} icon={action.icon}>
                        <span>{action.title}</span>
                    </Button>
                }
                modalProps={action.extra?.modalProps}
            >
                {({ closeModal }) => (
                    <QuestionnaireResponseForm
                        language={getCurrentLocale()}
                        questionnaireLoader={questionnaireIdLoader(action.questionnaireId)}
                        launchContextParameters={[
                            ...defaultLaunchContext,
                            ...(action.extra?.qrfProps?.launchContextParameters ?? []),
                            {
                                name: 'Bundle',
                                resource: bundle as Bundle,
                            },
                        ]}
                        saveButtonTitle={t`Submit`}
                        {...(action.extra?.qrfProps ? omit(action.extra?.qrfProps, 'launchContextParameters') : {})}
                        onSuccess={(response) => {
                            if (!action.extra?.qrfProps?.onSuccess) {
                                notification.success({ message: t`Successfully submitted` });
                            }
                            reload();
                            action.extra?.qrfProps?.onSuccess?.(response);
                            closeModal();
                        }}
                        onCancel={() => {
                            action.extra?.qrfProps?.onCancel?.();
                            closeModal();
                        }}
                    />
                )}
            </ModalTrigger>
        );
    }

    return action.control;
}

export function NavigationAction<R extends Resource>({
    action,
    resource,
}: {
    action: NavigationActionType;
    resource: R;
}) {
    const navigate = useNavigate();

    return (
        <S.LinkButton
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() =>
                navigate(action.link, {
                    state: { resource },
                })
            }
            icon={action.icon}
        >
            {action.title}
        </S.LinkButton>
    );
}

export function HeaderNavigationAction<R extends Resource>({ action }: { action: NavigationActionType }) {
    const navigate = useNavigate();
    return (
        <Button type="primary" icon={action.icon} onClick={() => navigate(action.link)}>
            <span>{action.title}</span>
        </Button>
    );
}
