import React, { type ComponentType, useContext, useCallback } from 'react';
import { useDispatch } from 'react-redux';
import i18n from '@dhis2/d2-i18n';
import { Button, colors, spacers } from '@dhis2/ui';
import { WithStyles, withStyles } from 'capture-core-utils/styles';
import type { OwnProps, ContainerProps } from './RegistrationDataEntry.types';
import { TeiRegistrationEntry, SingleEventRegistrationEntry } from '../../../DataEntries';
import { scopeTypes } from '../../../../metaData';
import { useScopeInfo } from '../../../../hooks/useScopeInfo';
import { useScopeTitleText } from '../../../../hooks/useScopeTitleText';
import { TrackedEntityTypeSelector } from '../../../TrackedEntityTypeSelector';
import { DataEntryWidgetOutput } from '../../../DataEntryWidgetOutput/DataEntryWidgetOutput.container';
import { ResultsPageSizeContext } from '../../shared-contexts';
import { navigateToEnrollmentOverview } from
    '../../../../actions/navigateToEnrollmentOverview/navigateToEnrollmentOverview.actions';
import { useNavigate, buildUrlQueryString, useLocationQuery } from '../../../../utils/routing';
import { EnrollmentRegistrationEntryWrapper } from '../EnrollmentRegistrationEntryWrapper.component';
import { useCurrentOrgUnitId } from '../../../../hooks/useCurrentOrgUnitId';
import './registrationDataEntry.css';

const styles: Readonly<any> = ({ typography }: any) => ({
    container: {
        marginBottom: spacers.dp12,
        padding: spacers.dp16,
        background: colors.white,
        border: '1px solid',
        borderColor: colors.grey400,
        borderRadius: 3,
    },
    title: {
        padding: '8px 0 0px 8px',
        fontWeight: 500,
        marginBottom: spacers.dp16,
    },
    tetypeContainer: {
        marginTop: typography.pxToRem(16),
    },
    registrationContainer: {
        marginInline: typography.pxToRem(8),
    },
    marginBottom: {
        marginBottom: spacers.dp16,
    },
    columns: {
        display: 'flex',
        flexWrap: 'wrap',
        gap: spacers.dp16,
        containerType: 'inline-size',
    },
    leftColumn: {
        flexGrow: 3,
        flexShrink: 1,
        flexBasis: 700,
        minWidth: 700,
        display: 'flex',
        flexDirection: 'column',
        gap: spacers.dp16,
    },
    rightColumn: {
        flexGrow: 1,
        flexShrink: 1,
        flexBasis: 300,
        minWidth: 300,
        maxWidth: 400,
        display: 'flex',
        flexDirection: 'column',
        gap: spacers.dp16,
    },
});

export type Props = ContainerProps & OwnProps & WithStyles<typeof styles>;

const DialogButtons = ({ onCancel, onSave }) => (
    <>
        <Button onClick={onCancel} secondary>
            {i18n.t('Cancel')}
        </Button>
        {
            onSave &&
            <div style={{ marginInlineStart: 8 }}>
                <Button
                    dataTest="create-as-new-person"
                    onClick={onSave}
                    primary
                >
                    {i18n.t('Save as new')}
                </Button>
            </div>
        }
    </>
);

const CardListButton = (({ teiId, orgUnitId }: { teiId: string; orgUnitId: string }) => {
    const dispatch = useDispatch();
    const { programId } = useLocationQuery();

    return (
        <Button
            small
            dataTest="view-dashboard-button"
            onClick={() => dispatch(navigateToEnrollmentOverview({
                teiId,
                orgUnitId,
                programId,
            }))
            }
        >
            {i18n.t('View dashboard')}
        </Button>
    );
});

const RegistrationDataEntryPlain = ({
    classes,
    setScopeId,
    selectedScopeId,
    dataEntryId,
    onSaveWithoutEnrollment,
    onSaveWithEnrollment,
    dataEntryIsReady,
    teiId,
    trackedEntityInstanceAttributes,
}: Props) => {
    const { navigate } = useNavigate();
    const { resultsPageSize } = useContext(ResultsPageSizeContext) as any;
    const { scopeType, programName, trackedEntityName } = useScopeInfo(selectedScopeId);
    const titleText = useScopeTitleText(selectedScopeId);
    const currentOrgUnitId = useCurrentOrgUnitId();

    const onCancel = useCallback(() => {
        let url;
        if (scopeType === scopeTypes.TRACKER_PROGRAM) {
            url = buildUrlQueryString({ programId: selectedScopeId, orgUnitId: currentOrgUnitId });
        } else {
            url = buildUrlQueryString({ orgUnitId: currentOrgUnitId });
        }
        return navigate(`/?${url}`);
    }, [currentOrgUnitId, navigate, scopeType, selectedScopeId]);

    const handleRegistrationScopeSelection = (id: string) => {
        setScopeId(id);
    };

    const renderDuplicatesDialogActions = useCallback((callbackOnCancel, onSave) => (
        <DialogButtons
            onCancel={callbackOnCancel}
            onSave={onSave}
        />
    ), []);

    const renderDuplicatesCardActions = useCallback((props: { item: any }) => (
        <CardListButton
            teiId={props.item.id}
            orgUnitId={props.item.tei.orgUnit}
        />
    ), []);

    const ExistingUniqueValueDialogActions = useCallback(({ teiId: existingTeiId }: { teiId: string }) => {
        const dispatch = useDispatch(); // eslint-disable-line react-hooks/rules-of-hooks
        // -- This is valid because the callback here is a React component
        const { programId, orgUnitId } = useLocationQuery(); // eslint-disable-line react-hooks/rules-of-hooks
        // -- This is valid because the callback here is a React component

        return (
            <Button
                dataTest="existing-unique-value-link-tei-button"
                primary
                onClick={() => dispatch(navigateToEnrollmentOverview({
                    teiId: existingTeiId,
                    orgUnitId,
                    programId,
                }))}
            >
                {i18n.t('View dashboard')}
            </Button>
        );
    }, []);

    return (
        <>
            {
                !scopeType &&
                <div className={classes.container}>
                    <div className={classes.title} >
                        {i18n.t('New')}
                    </div>
                    <div className={classes.tetypeContainer}>
                        <TrackedEntityTypeSelector
                            onSelect={handleRegistrationScopeSelection}
                            footerText={i18n.t('You can also choose a program from the top bar and create in that program')}
                            accessNeeded="write"
                        />
                    </div>
                </div>
            }

            {scopeType === scopeTypes.TRACKER_PROGRAM && (
                <div className={classes.container}>
                    <div className={classes.title} >
                        {
                            teiId ? i18n.t('New Enrollment in program{{escape}} {{programName}}', {
                                escape: ':',
                                programName,
                                interpolation: { escapeValue: false },
                            }) : i18n.t('New {{titleText}}', {
                                titleText,
                                interpolation: { escapeValue: false },
                            })
                        }
                    </div>

                    <div className={classes.columns}>
                        <div id="left-column-program-registration-data-entry" className={classes.leftColumn}>
                            <EnrollmentRegistrationEntryWrapper
                                id={dataEntryId}
                                orgUnitId={currentOrgUnitId}
                                teiId={teiId}
                                selectedScopeId={selectedScopeId}
                                onSave={onSaveWithEnrollment}
                                onCancel={onCancel}
                                saveButtonText={(trackedEntityTypeNameLC: string) =>
                                    i18n.t('Save {{trackedEntityTypeName}}', {
                                        trackedEntityTypeName: trackedEntityTypeNameLC,
                                        interpolation: { escapeValue: false },
                                    })
                                }
                                duplicatesReviewPageSize={resultsPageSize}
                                renderDuplicatesDialogActions={renderDuplicatesDialogActions}
                                renderDuplicatesCardActions={renderDuplicatesCardActions}
                                ExistingUniqueValueDialogActions={ExistingUniqueValueDialogActions}
                                trackedEntityInstanceAttributes={trackedEntityInstanceAttributes}
                            />
                        </div>
                        {dataEntryIsReady && (
                            <div id="right-column-program-registration-data-entry" className={classes.rightColumn}>
                                <DataEntryWidgetOutput
                                    selectedScopeId={selectedScopeId}
                                    dataEntryId={dataEntryId}
                                />
                            </div>
                        )}
                    </div>
                </div>
            )}
            {scopeType === scopeTypes.TRACKED_ENTITY_TYPE && (
                <div className={classes.container}>
                    <div className={classes.title} >
                        {i18n.t('New {{titleText}}', {
                            titleText,
                            interpolation: { escapeValue: false },
                        })}
                    </div>

                    <div className={classes.tetypeContainer}>
                        <TrackedEntityTypeSelector
                            onSelect={handleRegistrationScopeSelection}
                            footerText={i18n.t('You can also choose a program from the top bar and create in that program')}
                            accessNeeded="write"
                        />
                    </div>
                    <div className={classes.columns}>
                        <div id="left-column-tracked-entity-type-registration-data-entry" className={classes.leftColumn}>
                            <TeiRegistrationEntry
                                id={dataEntryId}
                                selectedScopeId={selectedScopeId}
                                orgUnitId={currentOrgUnitId}
                                onCancel={onCancel}
                                saveButtonText={i18n.t('Save {{trackedEntityName}}', {
                                    trackedEntityName,
                                    interpolation: { escapeValue: false },
                                })}
                                onSave={onSaveWithoutEnrollment}
                                duplicatesReviewPageSize={resultsPageSize}
                                renderDuplicatesDialogActions={renderDuplicatesDialogActions}
                                renderDuplicatesCardActions={renderDuplicatesCardActions}
                                ExistingUniqueValueDialogActions={ExistingUniqueValueDialogActions}
                            />
                        </div>
                        {dataEntryIsReady && (
                            <div
                                id="right-column-tracked-entity-type-registration-data-entry"
                                className={classes.rightColumn}
                            >
                                <DataEntryWidgetOutput
                                    selectedScopeId={selectedScopeId}
                                    dataEntryId={dataEntryId}
                                />
                            </div>
                        )}
                    </div>
                </div>
            )}

            {
                scopeType === scopeTypes.EVENT_PROGRAM && (
                    <SingleEventRegistrationEntry
                        id="singleEvent"
                        selectedScopeId={selectedScopeId}
                        orgUnitId={currentOrgUnitId}
                    />
                )
            }

        </>
    );
};

export const RegistrationDataEntryComponent = withStyles(styles)(RegistrationDataEntryPlain) as
    ComponentType<OwnProps & ContainerProps>;
