import * as RemoteData from '@devexperts/remote-data-ts';
import { BodyShort, Loader, Textarea } from '@navikt/ds-react';
import { ErrorIcon, SuccessIcon } from '~src/assets/Icons';
import ApiErrorAlert from '~src/components/apiErrorAlert/ApiErrorAlert.tsx';
import { ApiResult, useAutosaveOnUpdate } from '~src/lib/hooks';
import { fjernOverflødigLinjeskift } from '~src/utils/fritekst/fritekstUtil.ts';
import styles from './TextareaWithAutosave.module.less';

const TextareaWithAutosave = (props: {
    textarea: {
        label: string;
        value: string;
        description?: string[];
        onChange: (value: string) => void;
        minRows: number;
    };
    save: {
        handleSave: () => void;
        status: ApiResult<void>;
    };
}) => {
    const { isSaving } = useAutosaveOnUpdate(props.textarea.value, () => {
        return props.save.handleSave();
    });

    return (
        <div className={styles.fritekstOgVisBrevContainer}>
            <Textarea
                className={styles.textarea}
                onPaste={(e) => {
                    e.preventDefault();
                    props.textarea.onChange(fjernOverflødigLinjeskift(e, props.textarea.value));
                }}
                description={
                    props.textarea.description && (
                        <div className={styles.textareaLabel}>
                            <div>
                                {props.textarea.description.map((desc) => (
                                    <BodyShort key={desc}>{desc}</BodyShort>
                                ))}
                            </div>
                            <div>
                                {isSaving ? <Loader size="small" /> : null}
                                {!isSaving && RemoteData.isSuccess(props.save.status) ? (
                                    <SuccessIcon width={20} />
                                ) : null}
                                {!isSaving && RemoteData.isFailure(props.save.status) ? <ErrorIcon width={20} /> : null}
                            </div>
                        </div>
                    )
                }
                minRows={props.textarea.minRows}
                label={
                    <div className={styles.textareaLabel}>
                        {props.textarea.label}
                        {!props.textarea.description && (
                            <div>
                                {isSaving ? <Loader size="small" /> : null}
                                {!isSaving && RemoteData.isSuccess(props.save.status) ? (
                                    <SuccessIcon width={20} />
                                ) : null}
                                {!isSaving && RemoteData.isFailure(props.save.status) ? <ErrorIcon width={20} /> : null}
                            </div>
                        )}
                    </div>
                }
                onChange={(e) => props.textarea.onChange(e.target.value)}
                value={props.textarea.value ?? ''}
            />
            {!isSaving && RemoteData.isFailure(props.save.status) && (
                <ApiErrorAlert variant="error" error={props.save.status.error} />
            )}
        </div>
    );
};

export default TextareaWithAutosave;
