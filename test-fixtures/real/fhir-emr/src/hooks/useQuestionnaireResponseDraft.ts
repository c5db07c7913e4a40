import { t } from '@lingui/macro';
import { Resource, Reference, QuestionnaireResponse, Questionnaire } from 'fhir/r4b';
import _ from 'lodash';
import moment from 'moment';
import { useCallback, useEffect, useRef, useState } from 'react';
import { calcInitialContext, QuestionnaireResponseFormData } from 'sdc-qrf';

import {
    isReference,
    getReference,
    useService,
    formatFHIRDateTime,
    WithId,
    extractBundleResources,
} from '@beda.software/fhir-react';
import { failure, isFailure, isSuccess, RemoteData, RemoteDataResult, success } from '@beda.software/remote-data';

import { getFHIRResources } from 'src/services/fhir';
import { formatHumanDateTime } from 'src/utils';

import {
    getQuestionnaireResponseDraftServices,
    QuestionnaireResponseDraftService,
} from './questionnaire-response-form-data';

interface BaseQuestionnaireResponseDraftProps {
    autoSave?: boolean;
    questionnaireResponse?: Partial<QuestionnaireResponse>;
    qrDraftServiceType: QuestionnaireResponseDraftService;
}

interface QuestionnaireResponseDraftServerProps extends BaseQuestionnaireResponseDraftProps {
    qrDraftServiceType: 'server';
}

interface QuestionnaireResponseDraftLocalProps extends BaseQuestionnaireResponseDraftProps {
    qrDraftServiceType: 'local';
    questionnaireId: string;
    subject: Resource | Reference | string;
}

type QuestionnaireResponseDraftProps = QuestionnaireResponseDraftServerProps | QuestionnaireResponseDraftLocalProps;

interface QuestionnaireResponseDraftResponse {
    deleteDraft: () => Promise<void>;
    response: RemoteData<Partial<QuestionnaireResponse> | undefined>;
    draftInfoMessage?: string;
    handleEdit: (formData: QuestionnaireResponseFormData) => Promise<any>;
    saveDraft: (questionnaireResponse: QuestionnaireResponse) => Promise<RemoteDataResult<QuestionnaireResponse>>;
}

export const useQuestionnaireResponseDraft = (
    props: QuestionnaireResponseDraftProps,
): QuestionnaireResponseDraftResponse => {
    const { autoSave = false, qrDraftServiceType = 'local', questionnaireResponse } = props;

    const [draftInfoMessage, setDraftInfoMessage] = useState<string | undefined>();
    const draftKeyRef = useRef<string | undefined>();

    const [response, manager] = useService<Partial<QuestionnaireResponse> | undefined>(async () => {
        if (qrDraftServiceType === 'server' && typeof questionnaireResponse !== 'undefined') {
            return success(questionnaireResponse);
        }

        const questionnaireRD =
            props.qrDraftServiceType === 'local'
                ? await getFHIRResources<Questionnaire>('Questionnaire', {
                      id: props.questionnaireId,
                      _elements: ['id', 'meta'].join(','),
                  })
                : undefined;

        if (questionnaireRD && isFailure(questionnaireRD)) {
            return failure(t`Questionnaire not found`);
        }

        const questionnaire =
            questionnaireRD && isSuccess(questionnaireRD)
                ? extractBundleResources(questionnaireRD.data).Questionnaire[0]
                : undefined;

        draftKeyRef.current =
            props.qrDraftServiceType === 'server'
                ? makeServerDraftKey(questionnaireResponse?.id)
                : makeLocalStorageDraftVersionedKey({
                      subject: props.subject,
                      questionnaire,
                      questionnaireResponse,
                  });

        const draftQRRD = await loadQuestionnaireResponseDraft(draftKeyRef.current, qrDraftServiceType);

        if (isFailure(draftQRRD)) {
            return success(questionnaireResponse);
        }

        const resultQR = {
            ...questionnaireResponse,
            ...draftQRRD.data,
        };

        setDraftInfoMessage(
            t`Draft was successfully loaded from ${qrDraftServiceType === 'local' ? 'local storage' : 'FHIR server'}`,
        );

        return success(resultQR);
    }, [props.qrDraftServiceType]);

    const updateMessageFromQR = useCallback(
        (qrRD: RemoteDataResult<QuestionnaireResponse>) => {
            if (isSuccess(qrRD)) {
                const message = t`Draft was successfully saved at ${formatHumanDateTime(qrRD.data.authored)} to ${
                    qrDraftServiceType === 'local' ? 'local storage' : 'FHIR server'
                }`;
                setDraftInfoMessage(message);
            }
        },
        [qrDraftServiceType],
    );

    const saveDraft = useCallback(
        async (questionnaireResponse: QuestionnaireResponse): Promise<RemoteDataResult<QuestionnaireResponse>> => {
            if (!questionnaireResponse) {
                return failure(t`Questionnaire response is required`);
            }

            const draftQRRD = await saveQuestionnaireResponseDraft({
                keyId: draftKeyRef.current,
                questionnaireResponse,
                qrDraftServiceType,
            });

            updateMessageFromQR(draftQRRD);

            return draftQRRD;
        },
        [qrDraftServiceType, updateMessageFromQR],
    );

    const isRunningDebouncedSaveDraftRef = useRef(false);
    const debouncedSaveDraftRef = useRef<ReturnType<typeof _.debounce> | null>(null);

    useEffect(() => {
        debouncedSaveDraftRef.current = _.debounce(async (questionnaireResponse: QuestionnaireResponse) => {
            if (isRunningDebouncedSaveDraftRef.current) {
                return;
            }

            if (!autoSave) {
                return;
            }

            isRunningDebouncedSaveDraftRef.current = true;

            try {
                const draftQRRD = await saveDraft(questionnaireResponse);
                updateMessageFromQR(draftQRRD);
            } finally {
                isRunningDebouncedSaveDraftRef.current = false;
            }
        }, 500);

        return () => {
            debouncedSaveDraftRef.current?.cancel();
        };
    }, [autoSave, qrDraftServiceType, saveDraft, updateMessageFromQR]);

    const handleEdit = useCallback(
        async (formData: QuestionnaireResponseFormData) => {
            if (!autoSave) {
                return Promise.resolve();
            }

            const rootContext = calcInitialContext(formData.context, formData.formValues);
            if (!isRunningDebouncedSaveDraftRef.current) {
                return debouncedSaveDraftRef.current?.(rootContext?.resource);
            }
        },
        [autoSave],
    );

    const deleteDraft = useCallback(async () => {
        isRunningDebouncedSaveDraftRef.current = true;

        debouncedSaveDraftRef.current?.cancel();

        if (draftKeyRef.current) {
            await deleteQuestionnaireResponseDraft(draftKeyRef.current, qrDraftServiceType);
            setDraftInfoMessage(undefined);
            await manager.reloadAsync();
        }

        isRunningDebouncedSaveDraftRef.current = false;
    }, [manager, qrDraftServiceType]);

    return {
        deleteDraft,
        response,
        draftInfoMessage,
        handleEdit,
        saveDraft,
    };
};

export function makeServerDraftKey(questionnaireResponseId: string | undefined): string | undefined {
    return questionnaireResponseId;
}

export function makeReference(resource: Resource | Reference | string): Reference {
    if (typeof resource === 'string') {
        return { reference: resource };
    }

    if (isReference(resource)) {
        return resource;
    }

    return getReference(resource);
}

export function makeDraftKeyPrefix(props: {
    draftKeySubject?: Resource | Reference | string;
    questionnaireResponse?: Partial<QuestionnaireResponse>;
}) {
    const { draftKeySubject, questionnaireResponse } = props;

    if (questionnaireResponse?.id) {
        return `QuestionnaireResponse/${questionnaireResponse.id}`;
    }

    if (draftKeySubject) {
        const subjectRef = makeReference(draftKeySubject);
        return subjectRef?.reference;
    }

    return undefined;
}

export function makeLocalStorageDraftVersionedKey(props: {
    prefix?: string;
    subject?: Resource | Reference | string;
    questionnaire?: WithId<Questionnaire>;
    questionnaireResponse?: Partial<QuestionnaireResponse>;
}) {
    const { prefix = 'draft', subject, questionnaire, questionnaireResponse } = props;

    if (!questionnaire) {
        return undefined;
    }

    const draftKeySubject = makeDraftKeyPrefix({
        draftKeySubject: subject,
        questionnaireResponse,
    });

    if (!draftKeySubject) {
        return undefined;
    }

    return `${prefix}|${draftKeySubject}|Questionnaire/${questionnaire.id}|${questionnaire.meta?.versionId}`;
}

export function extractDraftUnversionedKey(key: string) {
    return key.split('|').slice(0, -1).join('|');
}

export const loadQuestionnaireResponseDraft = async (
    key: string | undefined,
    qrDraftServiceType: QuestionnaireResponseDraftService,
) => {
    return await getQuestionnaireResponseDraftServices(qrDraftServiceType).loadService(key);
};

export const saveQuestionnaireResponseDraft = async (props: {
    keyId: string | undefined;
    questionnaireResponse: QuestionnaireResponse;
    qrDraftServiceType: QuestionnaireResponseDraftService;
}) => {
    const { keyId, questionnaireResponse, qrDraftServiceType } = props;

    const transformedQR: QuestionnaireResponse = {
        ...questionnaireResponse,
        status: 'in-progress',
        authored: formatFHIRDateTime(moment()),
    };

    const draftSaveService = getQuestionnaireResponseDraftServices(qrDraftServiceType).saveService;
    const response = await draftSaveService(transformedQR, keyId);

    if (isFailure(response)) {
        console.error(t`Error saving a draft: `, response.error);
    }

    return response;
};

export const deleteQuestionnaireResponseDraft = async (
    key: string | undefined,
    qrDraftServiceType: QuestionnaireResponseDraftService,
) => {
    if (!key) {
        return Promise.resolve(failure(t`Resource id not provided`));
    }

    const draftDeleteService = getQuestionnaireResponseDraftServices(qrDraftServiceType).deleteService;
    return await draftDeleteService(key);
};
