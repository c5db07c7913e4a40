import type { UnlockedContractType } from '../../domain-models'
import { findContractWithHistory } from './findContractWithHistory'
import { NotFoundError } from '../postgresErrors'
import { unlockRateInDB } from './unlockRate'
import type { PrismaTransactionType } from '../prismaTypes'
import type { ExtendedPrismaClient } from '../prismaClient'
import { runTransactionWithRowLock } from '../prismaHelpers'
import { mergeContractRevisionOverrides } from '../prismaOverrideMergeHelpers'

async function unlockContractInsideTransaction(
    tx: PrismaTransactionType,
    args: UnlockContractArgsType
): Promise<UnlockedContractType | Error> {
    const currentDateTime = new Date()
    const { contractID, unlockedByUserID, unlockReason, manualCreatedAt } = args
    // create the unlock info to be shared across all submissions.
    const unlockInfo = await tx.updateInfoTable.create({
        data: {
            updatedAt: manualCreatedAt ?? currentDateTime,
            updatedByID: unlockedByUserID,
            updatedReason: unlockReason,
        },
    })

    // get the last submitted rev in order to unlock it
    const currentRev = await tx.contractRevisionTable.findFirst({
        where: {
            contractID: contractID,
            undoUnlockInfoID: null,
        },
        orderBy: {
            createdAt: 'desc',
        },
        include: {
            contractDocuments: {
                orderBy: {
                    position: 'asc',
                },
            },
            supportingDocuments: {
                orderBy: {
                    position: 'asc',
                },
            },
            stateContacts: {
                orderBy: {
                    position: 'asc',
                },
            },
            revisionOverrides: {
                orderBy: {
                    createdAt: 'desc',
                },
                select: {
                    id: true,
                    createdAt: true,
                    contractRevisionID: true,
                    contractType: true,
                    contractTypeOp: true,
                    contractDocuments: true,
                    supportingDocuments: true,
                },
            },

            relatedSubmisions: {
                orderBy: {
                    updatedAt: 'desc',
                },
                take: 1,
                include: {
                    submissionPackages: {
                        include: {
                            rateRevision: true,
                        },
                        orderBy: {
                            ratePosition: 'asc',
                        },
                    },
                },
            },
        },
    })
    if (!currentRev) {
        return new NotFoundError(
            `PRISMA ERROR: Cannot find the current revision to unlock with contract id: ${contractID}`
        )
    }

    if (!currentRev.submitInfoID) {
        return new Error(
            'Programming Error: cannot unlock a already unlocked contract'
        )
    }

    const childRateIDs: string[] = []
    // This find rates that where submitted with this contract at least once.
    // The result could be a child, previous child, or a withdrawn rate .
    // A rate can become a previous child if the contract was withdrawn and the rate is reassigned a new parent contract.
    const childRates = await tx.rateTable.findMany({
        where: {
            revisions: {
                some: {
                    submitInfo: {
                        submittedContracts: {
                            some: {
                                contractID: contractID,
                            },
                        },
                    },
                },
            },
        },
        select: {
            // return data only queries data we need.
            id: true,
            revisions: {
                // Only the revision that was last submitted with a contract
                // tells us who the current parent is. Undo unlock preserves
                // reversed unlocked revisions for audit history. Matches how
                // getParentContractID selects the parent-defining revision.
                where: {
                    submitInfo: {
                        submittedContracts: {
                            some: {},
                        },
                    },
                },
                orderBy: {
                    createdAt: 'desc',
                },
                select: {
                    submitInfo: {
                        select: {
                            submittedContracts: {
                                select: {
                                    contractID: true,
                                },
                            },
                        },
                    },
                    unlockInfo: true,
                },
                take: 1,
            },
            reviewStatusActions: {
                orderBy: {
                    updatedAt: 'desc',
                },
            },
        },
    })

    // filter out submissionPackages to only this latest revision. We only want to compare rates from this latest submission.
    const submissionPackageEntries =
        currentRev.relatedSubmisions[0].submissionPackages.filter(
            (pkg) => pkg.contractRevisionID === currentRev.id
        )

    // Collect child rates to unlock with contract
    for (const childRate of childRates) {
        // We only want to unlock this child rate if the latest rate submission was submitted with this contract. If
        // it wasn't then we know this rate was reassigned or withdrawn from this contract
        const latestSubmittedRev = childRate.revisions.find((r) => r.submitInfo)
        const latestSubmissionParentContract =
            latestSubmittedRev?.submitInfo?.submittedContracts[0]?.contractID

        if (
            submissionPackageEntries.some(
                (p) => p.rateRevision.rateID === childRate.id
            ) &&
            latestSubmissionParentContract === contractID
        ) {
            childRateIDs.push(childRate.id)
        }
    }

    // unlock child rates with that unlock info
    for (const childRateID of childRateIDs) {
        const unlockRate = await unlockRateInDB(tx, childRateID, unlockInfo.id)
        if (unlockRate instanceof Error) {
            return unlockRate
        }
    }

    const relatedRateIDs: string[] = []
    // find the rates in the last submission package:
    const lastSubmission = currentRev.relatedSubmisions[0]
    const thisContractsRatePackages = lastSubmission.submissionPackages.filter(
        (p) => p.contractRevisionID === currentRev.id
    )

    for (const ratePackage of thisContractsRatePackages) {
        relatedRateIDs.push(ratePackage.rateRevision.rateID)
    }

    const relevantOverrides = currentRev.revisionOverrides.filter(
        (o) => o.contractRevisionID === currentRev.id
    )
    const mergedOverride = mergeContractRevisionOverrides({
        revisionOverrides: relevantOverrides,
        contractRevision: currentRev,
    })

    // Materialize document overrides into the new unlocked draft revision.
    // Update-mode overrides land as patched fields (today: dateAdded) on the
    // matching existing doc. Add-mode overrides land as new doc rows appended
    // after the existing ones, with positions assigned sequentially past the
    // current max. The override rows on the previous (submitted) revision are
    // left in place as audit history; they're scoped to that revision and
    // don't apply to the new draft.
    const existingContractDocIDs = new Set(
        currentRev.contractDocuments.map((d) => d.id)
    )
    const existingSupportingDocIDs = new Set(
        currentRev.supportingDocuments.map((d) => d.id)
    )
    const maxContractDocPosition =
        currentRev.contractDocuments.length > 0
            ? Math.max(...currentRev.contractDocuments.map((d) => d.position))
            : -1
    const maxSupportingDocPosition =
        currentRev.supportingDocuments.length > 0
            ? Math.max(...currentRev.supportingDocuments.map((d) => d.position))
            : -1

    let contractDocAddOrdinal = 0
    const contractDocumentsToCreate = mergedOverride.contractDocuments.map(
        (d) => {
            const isExisting = existingContractDocIDs.has(d.id)
            if (!isExisting) contractDocAddOrdinal++
            const position = isExisting
                ? d.position
                : maxContractDocPosition + contractDocAddOrdinal

            const base = {
                position,
                name: d.name,
                s3URL: d.s3URL,
                sha256: d.sha256,
                s3BucketName: d.s3BucketName,
                s3Key: d.s3Key,
            }
            // dateAdded is included only for synthesized adds — they sourced it
            // from the override row and have no other origin. Update-mode
            // overrides on existing docs are NOT carried through unlock here;
            // the override's dateAdded effect on existing docs is restored at
            // resubmit by the override-aware trace in submitContractAndOrRates.
            // This mirrors the rate-side unlock + submit handoff.
            return isExisting ? base : { ...base, dateAdded: d.dateAdded }
        }
    )

    let supportingDocAddOrdinal = 0
    const supportingDocumentsToCreate = mergedOverride.supportingDocuments.map(
        (d) => {
            const isExisting = existingSupportingDocIDs.has(d.id)
            if (!isExisting) supportingDocAddOrdinal++
            const position = isExisting
                ? d.position
                : maxSupportingDocPosition + supportingDocAddOrdinal

            const base = {
                position,
                name: d.name,
                s3URL: d.s3URL,
                sha256: d.sha256,
                s3BucketName: d.s3BucketName,
                s3Key: d.s3Key,
            }
            return isExisting ? base : { ...base, dateAdded: d.dateAdded }
        }
    )

    await tx.contractRevisionTable.create({
        data: {
            createdAt: manualCreatedAt ?? currentDateTime,
            contract: {
                connect: {
                    id: contractID,
                },
            },
            unlockInfo: {
                connect: { id: unlockInfo.id },
            },

            populationCovered: currentRev.populationCovered,
            programIDs: currentRev.programIDs,
            riskBasedContract: currentRev.riskBasedContract,
            submissionType: currentRev.submissionType,
            submissionDescription: currentRev.submissionDescription,
            contractType: mergedOverride.contractType.hasOverride
                ? (mergedOverride.contractType.value ?? currentRev.contractType)
                : currentRev.contractType,
            dsnpContract: currentRev.dsnpContract,
            contractExecutionStatus: currentRev.contractExecutionStatus,
            contractDateStart: currentRev.contractDateStart,
            contractDateEnd: currentRev.contractDateEnd,
            managedCareEntities: currentRev.managedCareEntities,
            federalAuthorities: currentRev.federalAuthorities,
            inLieuServicesAndSettings: currentRev.inLieuServicesAndSettings,
            modifiedBenefitsProvided: currentRev.modifiedBenefitsProvided,
            modifiedGeoAreaServed: currentRev.modifiedGeoAreaServed,
            modifiedMedicaidBeneficiaries:
                currentRev.modifiedMedicaidBeneficiaries,
            modifiedRiskSharingStrategy: currentRev.modifiedRiskSharingStrategy,
            modifiedIncentiveArrangements:
                currentRev.modifiedIncentiveArrangements,
            modifiedWitholdAgreements: currentRev.modifiedWitholdAgreements,
            modifiedStateDirectedPayments:
                currentRev.modifiedStateDirectedPayments,
            modifiedPassThroughPayments: currentRev.modifiedPassThroughPayments,
            modifiedPaymentsForMentalDiseaseInstitutions:
                currentRev.modifiedPaymentsForMentalDiseaseInstitutions,
            modifiedMedicalLossRatioStandards:
                currentRev.modifiedMedicalLossRatioStandards,
            modifiedOtherFinancialPaymentIncentive:
                currentRev.modifiedOtherFinancialPaymentIncentive,
            modifiedEnrollmentProcess: currentRev.modifiedEnrollmentProcess,
            modifiedGrevienceAndAppeal: currentRev.modifiedGrevienceAndAppeal,
            modifiedNetworkAdequacyStandards:
                currentRev.modifiedNetworkAdequacyStandards,
            modifiedLengthOfContract: currentRev.modifiedLengthOfContract,
            modifiedNonRiskPaymentArrangements:
                currentRev.modifiedNonRiskPaymentArrangements,
            statutoryRegulatoryAttestation:
                currentRev.statutoryRegulatoryAttestation,
            statutoryRegulatoryAttestationDescription:
                currentRev.statutoryRegulatoryAttestationDescription,

            contractDocuments: {
                create: contractDocumentsToCreate,
            },
            supportingDocuments: {
                create: supportingDocumentsToCreate,
            },
            stateContacts: {
                create: currentRev.stateContacts.map((c) => ({
                    position: c.position,
                    name: c.name,
                    prefix: c.prefix,
                    givenName: c.givenName,
                    middleName: c.middleName,
                    familyName: c.familyName,
                    suffix: c.suffix,
                    email: c.email,
                    titleRole: c.titleRole,
                })),
            },

            //EQRO submission fields only
            eqroNewContractor: currentRev.eqroNewContractor,
            eqroProvisionMcoNewOptionalActivity:
                currentRev.eqroProvisionMcoNewOptionalActivity,
            eqroProvisionNewMcoEqrRelatedActivities:
                currentRev.eqroProvisionNewMcoEqrRelatedActivities,
            eqroProvisionChipEqrRelatedActivities:
                currentRev.eqroProvisionChipEqrRelatedActivities,
            eqroProvisionMcoEqrOrRelatedActivities:
                currentRev.eqroProvisionMcoEqrOrRelatedActivities,
        },
    })

    // connect draftRates
    let position = 1
    const joins = relatedRateIDs.map((id) => {
        const thisPosition = position
        position++
        return {
            contractID: currentRev.contractID,
            rateID: id,
            ratePosition: thisPosition,
        }
    })

    await tx.draftRateJoinTable.createMany({
        data: joins,
        skipDuplicates: true,
    })

    // Unlocking changes the visible action history for this contract. Child
    // rates unlocked with the contract get the same action date; linked rates
    // are intentionally excluded because their own revisions were not unlocked.
    await tx.contractTable.update({
        where: {
            id: contractID,
        },
        data: {
            lastActionDate: unlockInfo.updatedAt,
        },
    })

    if (childRateIDs.length > 0) {
        await tx.rateTable.updateMany({
            where: {
                id: {
                    in: childRateIDs,
                },
            },
            data: {
                lastActionDate: unlockInfo.updatedAt,
            },
        })
    }

    const contract = await findContractWithHistory(tx, contractID)
    if (contract instanceof Error) {
        return contract
    }
    if (!contract.draftRevision) {
        return new Error('Unlocked Contract is missing draft revision')
    }
    if (!contract.draftRates) {
        return new Error('Unlocked Contract is missing draft rates')
    }

    return {
        ...contract,
        draftRevision: contract.draftRevision,
        draftRates: contract.draftRates,
        status: 'UNLOCKED',
    }
}

type UnlockContractArgsType = {
    contractID: string
    unlockedByUserID: string
    unlockReason: string
    // Used to specify a timestamp when calling multiple prisma functions within the same transaction that need
    // sequential timestamps for revision history
    manualCreatedAt?: Date
}

// Unlock the given contract
// * unlock child rates
// * copy form data
// * set relationships based on last submission
async function unlockContract(
    client: ExtendedPrismaClient,
    args: UnlockContractArgsType
): Promise<UnlockedContractType | NotFoundError | Error> {
    return runTransactionWithRowLock({
        client,
        operationName: 'unlockContract',
        table: 'ContractTable',
        id: args.contractID,
        transaction: async (tx) => {
            const result = await unlockContractInsideTransaction(tx, args)
            if (result instanceof Error) {
                throw result
            }

            return result
        },
    })
}

export { unlockContract, unlockContractInsideTransaction }
export type { UnlockContractArgsType }
