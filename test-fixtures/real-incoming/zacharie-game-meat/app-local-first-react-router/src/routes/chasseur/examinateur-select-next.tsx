import { useMemo, useState } from 'react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Prisma, Entity, UserRoles, EntityTypes, FeiOwnerRole } from '@prisma/client';
import type { UserForFeiResponse } from '@api/src/types/responses';
import type { UserForFei } from '~/src/types/user';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import useZustandStore from '@app/zustand/store';
import { syncData } from '@app/utils/sync-data';
import useUser from '@app/zustand/user';
import { useNavigate, useParams } from 'react-router';
import { useIsOnline } from '@app/utils-offline/use-is-offline';
import { createHistoryInput } from '@app/utils/create-history-entry';
import { getCarcasseTransmission } from '@app/utils/get-carcasses-transmission';
import API from '@app/services/api';
import { usePrefillPremierDétenteurInfos } from '@app/utils/usePrefillPremierDétenteur';
import { useEntitiesIdsWorkingDirectlyFor, useDetenteursInitiaux } from '@app/utils/get-entity-relations';
import { CarcasseTransmission } from '@app/types/carcasse';
import { useCarcassesForFei } from '@app/utils/get-carcasses-for-fei';

export default function SelectNextForExaminateur({ disabled = false }: { disabled?: boolean }) {
  const params = useParams();
  const navigate = useNavigate();
  const user = useUser((state) => state.user)!;
  const feis = useZustandStore((state) => state.feis);
  const entities = useZustandStore((state) => state.entities);
  const entitiesIdsWorkingDirectlyFor = useEntitiesIdsWorkingDirectlyFor();
  const fei = feis[params.fei_numero!];
  const myCarcasses = useCarcassesForFei(params.fei_numero);
  const detenteursInitiaux = useDetenteursInitiaux();
  const [showSearchUserByEmail, setShowSearchUserByEmail] = useState(false);
  const prefilledInfos = usePrefillPremierDétenteurInfos();
  const associationsDeChasse = useMemo(() => {
    const associationsDeChasse: typeof entities = {};
    for (const entityId of Object.values(entitiesIdsWorkingDirectlyFor)) {
      const entity = entities[entityId];
      if (entity.type === EntityTypes.PREMIER_DETENTEUR) {
        associationsDeChasse[entityId] = entity;
      }
    }
    return associationsDeChasse;
  }, [entities, entitiesIdsWorkingDirectlyFor]);

  const updateFei = useZustandStore((state) => state.updateFei);
  const updateCarcassesTransmission = useZustandStore((state) => state.updateCarcassesTransmission);
  const addLog = useZustandStore((state) => state.addLog);

  const isOnline = useIsOnline();

  const nextOwnerSelectLabel = 'Sélectionnez le propriétaire initial pour cette fiche';
  // quand le premier détenteur est une association, on enregistre aussi l'utilisateur qui agit en son nom :
  // c'est bien l'entité qui doit être sélectionnée dans la liste
  const [nextOwnerUserOrEntityId, setNextOwnerUserOrEntityId] = useState(
    fei.premier_detenteur_entity_id ?? fei.premier_detenteur_user_id ?? ''
  );

  const [isSearchingUser, setIsSearchingUser] = useState(false);
  const [searchingUserError, setSearchingUserError] = useState<string | null>(null);

  const { nextOwnerUser, nextOwnerEntity } = useMemo(() => {
    const _nextOwner = detenteursInitiaux[nextOwnerUserOrEntityId];
    if (_nextOwner) {
      return { nextOwnerUser: _nextOwner, nextOwnerEntity: null };
    }
    const _nextEntity = associationsDeChasse[nextOwnerUserOrEntityId];
    if (_nextEntity) {
      return { nextOwnerUser: null, nextOwnerEntity: _nextEntity };
    }
    return { nextOwnerUser: null, nextOwnerEntity: null };
  }, [detenteursInitiaux, associationsDeChasse, nextOwnerUserOrEntityId]);

  const nextOwnerName = useMemo(() => {
    if (nextOwnerUser) {
      return `${nextOwnerUser.prenom} ${nextOwnerUser.nom_de_famille}`;
    }
    if (nextOwnerEntity) {
      return nextOwnerEntity.nom_d_usage;
    }
    return '';
  }, [nextOwnerUser, nextOwnerEntity]);

  const validationErrors = useMemo(() => {
    const errors: string[] = [];
    if (!fei.date_mise_a_mort) {
      errors.push('Veuillez renseigner la date de mise à mort');
    }
    if (!fei.commune_mise_a_mort) {
      errors.push('Veuillez renseigner la commune de prélèvement du gibier');
    }
    if (!nextOwnerUserOrEntityId) {
      errors.push('Veuillez sélectionner le propriétaire initial');
    }
    return errors;
  }, [fei.date_mise_a_mort, fei.commune_mise_a_mort, nextOwnerUserOrEntityId]);

  if (user.id !== fei.examinateur_initial_user_id) {
    return null;
  }

  function handleSubmitFromSelect(nextOwnerUserId?: string) {
    const nextIsMe = nextOwnerUserId === user.id;
    const nextIsMyAssociation = !!nextOwnerEntity?.id;
    let nextFei: Partial<typeof fei>;
    let nextCarcassesTransmission: Partial<CarcasseTransmission> = {};
    if (nextIsMe) {
      nextFei = {
        premier_detenteur_user_id: user.id,
        premier_detenteur_offline: navigator.onLine ? false : true,
        premier_detenteur_name_cache: `${user.prenom} ${user.nom_de_famille}`,
        premier_detenteur_entity_id: null,
      };
      nextCarcassesTransmission = {
        next_owner_role: FeiOwnerRole.PREMIER_DETENTEUR,
        next_owner_user_id: user.id,
        next_owner_user_name_cache: `${user.prenom} ${user.nom_de_famille}`,
        next_owner_entity_id: null,
        premier_detenteur_offline: navigator.onLine ? false : true,
        premier_detenteur_user_id: user.id,
        premier_detenteur_name_cache: `${user.prenom} ${user.nom_de_famille}`,
        premier_detenteur_entity_id: null,
      };
    } else if (nextIsMyAssociation) {
      nextFei = {
        premier_detenteur_user_id: user.id,
        premier_detenteur_name_cache: nextOwnerName,
        premier_detenteur_entity_id: nextOwnerEntity.id,
        premier_detenteur_offline: navigator.onLine ? false : true,
      };
      nextCarcassesTransmission = {
        next_owner_role: FeiOwnerRole.PREMIER_DETENTEUR,
        next_owner_user_id: user.id,
        next_owner_user_name_cache: nextOwnerName,
        next_owner_entity_id: nextOwnerEntity.id,
        next_owner_entity_name_cache: nextOwnerEntity.nom_d_usage,
        premier_detenteur_user_id: user.id,
        premier_detenteur_offline: navigator.onLine ? false : true,
        premier_detenteur_entity_id: nextOwnerEntity.id,
        premier_detenteur_name_cache: nextOwnerName,
      };
    } else {
      nextFei = {
        premier_detenteur_user_id: nextOwnerUser?.id,
        premier_detenteur_name_cache: nextOwnerName,
        premier_detenteur_entity_id: nextOwnerEntity?.id ?? null,
        premier_detenteur_offline: navigator.onLine ? false : true,
      };
      nextCarcassesTransmission = {
        next_owner_role: FeiOwnerRole.PREMIER_DETENTEUR,
        next_owner_user_id: nextOwnerUser?.id,
        next_owner_user_name_cache: nextOwnerName,
        next_owner_entity_id: nextOwnerEntity?.id ?? null,
        next_owner_entity_name_cache: nextOwnerEntity?.nom_d_usage ?? null,
        premier_detenteur_user_id: nextOwnerUser?.id,
        premier_detenteur_offline: navigator.onLine ? false : true,
        premier_detenteur_entity_id: nextOwnerEntity?.id ?? null,
        premier_detenteur_name_cache: nextOwnerName,
      };
    }
    updateCarcassesTransmission(
      myCarcasses.map((c) => c.zacharie_carcasse_id),
      nextCarcassesTransmission
    );
    updateFei(fei.numero, nextFei);
    addLog({
      user_id: user.id,
      user_role: UserRoles.CHASSEUR,
      fei_numero: fei.numero,
      action: 'examinateur-select-next',
      history: createHistoryInput(
        myCarcasses[0] ? getCarcasseTransmission(myCarcasses[0]) : null,
        nextCarcassesTransmission
      ),
      entity_id: null,
      zacharie_carcasse_id: null,
      intermediaire_id: null,
      carcasse_intermediaire_id: null,
    });
    syncData('examinateur-select-next');
  }

  const isFirstFei =
    !prefilledInfos?.premier_detenteur_entity_id && !prefilledInfos?.premier_detenteur_user_id;

  return (
    <>
      <label className="mb-1 block">Propriétaire initial</label>
      {isFirstFei &&
      !Object.values(associationsDeChasse).length &&
      !Object.values(detenteursInitiaux).length ? (
        <>
          {!showSearchUserByEmail && (
            <div>
              <div className="mt-4 flex flex-col gap-2">
                <Button
                  priority="primary"
                  linkProps={{
                    to: `/app/chasseur/profil/associations-de-chasse?redirect=/app/chasseur/fei/${fei.numero}`,
                  }}
                >
                  Ajouter une association / société / domaine de chasse
                </Button>
                <Button
                  priority="secondary"
                  type="button"
                  onClick={() => setShowSearchUserByEmail(true)}
                  className="text-left"
                >
                  Chercher un propriétaire initial par email
                </Button>
                <Button
                  priority="tertiary"
                  type="button"
                  onClick={() => handleSubmitFromSelect(user.id)}
                >
                  Je suis le propriétaire initial
                </Button>
              </div>
            </div>
          )}
        </>
      ) : (
        <div
          id="select-next-owner"
          aria-disabled={disabled}
        >
          <Select
            label=""
            key={fei.premier_detenteur_entity_id ?? fei.premier_detenteur_user_id ?? 'no-choice-yet'}
            disabled={disabled}
            hint={
              <>
                {!nextOwnerUserOrEntityId && !disabled ? (
                  <div className="flex flex-wrap gap-1">
                    {Object.values(associationsDeChasse).map((entity) => {
                      return (
                        <button
                          key={entity.id}
                          type="button"
                          className="mr-2 rounded-full bg-[#E8EDFF] px-3 py-1 text-sm text-[#000091]"
                          onClick={() => {
                            setNextOwnerUserOrEntityId(entity.id);
                          }}
                        >
                          {entity.nom_d_usage}
                        </button>
                      );
                    })}
                    {Object.values(detenteursInitiaux).map((user) => {
                      return (
                        <button
                          key={user.id}
                          type="button"
                          className="mr-2 rounded-full bg-[#E8EDFF] px-3 py-1 text-sm text-[#000091]"
                          onClick={() => {
                            setNextOwnerUserOrEntityId(user.id);
                          }}
                        >
                          {`${user.prenom} ${user.nom_de_famille}`}
                        </button>
                      );
                    })}
                  </div>
                ) : null}
              </>
            }
            nativeSelectProps={{
              name: 'next_owner',
              value: nextOwnerUserOrEntityId,
              disabled,
              onChange: (event) => {
                if (event.target.value === 'new-user') {
                  setShowSearchUserByEmail(true);
                } else if (event.target.value === 'new-entity') {
                  navigate(
                    `/app/chasseur/profil/associations-de-chasse?redirect=/app/chasseur/fei/${fei.numero}`
                  );
                } else {
                  setNextOwnerUserOrEntityId(event.target.value);
                }
              },
            }}
          >
            <option value="">{nextOwnerSelectLabel}</option>
            {Object.values(associationsDeChasse).map((potentielOwner) => {
              return (
                <NextOwnerOption
                  nextOwnerIsEntity
                  key={potentielOwner.id}
                  potentielOwner={potentielOwner}
                  user={user}
                />
              );
            })}
            {Object.values(detenteursInitiaux).map((potentielOwner) => {
              return (
                <NextOwnerOption
                  nextOwnerIsUser
                  key={potentielOwner.id}
                  potentielOwner={potentielOwner}
                  user={user}
                />
              );
            })}
            <option value="new-entity">+ Ajouter une association / société / domaine de chasse</option>
            <option value="new-user">
              + Chercher par email un autre propriétaire initial inscrit dans Zacharie
            </option>
          </Select>
          {(!nextOwnerUserOrEntityId ||
            (nextOwnerUserOrEntityId !== fei.premier_detenteur_user_id &&
              nextOwnerUserOrEntityId !== fei.premier_detenteur_entity_id)) && (
            <>
              <Button
                type="button"
                disabled={disabled || validationErrors.length > 0}
                onClick={() => handleSubmitFromSelect()}
              >
                Continuer
              </Button>
            </>
          )}
        </div>
      )}

      {showSearchUserByEmail && (
        <>
          <form
            className="mt-4"
            method="POST"
            onSubmit={async (event) => {
              event.preventDefault();
              const formData = new FormData(event.currentTarget);
              const email = formData.get(Prisma.UserScalarFieldEnum.email) as string;
              if (email === user.email) {
                // it's me !
                setNextOwnerUserOrEntityId(user.id);
                handleSubmitFromSelect(user.id);
                return;
              }
              setIsSearchingUser(true);
              const userSearchResponse = await API.post({
                path: 'user/fei/trouver-premier-detenteur',
                body: {
                  email: email,
                  numero: fei.numero,
                },
              }).then((response) => response as UserForFeiResponse);
              setIsSearchingUser(false);
              if (userSearchResponse.ok) {
                const nextPremierDetenteur = userSearchResponse.data?.user;
                if (!nextPremierDetenteur) {
                  setSearchingUserError("L'utilisateur n'existe pas");
                  return;
                }
                useZustandStore.setState((state) => ({
                  detenteursInitiauxIds: state.detenteursInitiauxIds.includes(nextPremierDetenteur.id)
                    ? state.detenteursInitiauxIds
                    : [...state.detenteursInitiauxIds, nextPremierDetenteur.id],
                  users: {
                    ...state.users,
                    [nextPremierDetenteur.id]: nextPremierDetenteur,
                  },
                }));
                setShowSearchUserByEmail(false);
                // const nextFei = {
                //   fei_next_owner_user_id: nextPremierDetenteur.id,
                //   fei_next_owner_user_name_cache: `${nextPremierDetenteur.prenom} ${nextPremierDetenteur.nom_de_famille}`,
                //   fei_next_owner_role: FeiOwnerRole.PREMIER_DETENTEUR,
                // };
                // updateFei(fei.numero, nextFei);
                // addLog({
                //   user_id: user.id,
                //   user_role: UserRoles.CHASSEUR,
                //   fei_numero: fei.numero,
                //   action: 'examinateur-trouver-premier-detenteur',
                //   history: createHistoryInput(fei, nextFei),
                //   entity_id: null,
                //   zacharie_carcasse_id: null,
                //   intermediaire_id: null,
                //   carcasse_intermediaire_id: null,
                // });
                setNextOwnerUserOrEntityId(nextPremierDetenteur.id);
              } else {
                setSearchingUserError(userSearchResponse.error ?? 'Erreur inconnue');
              }
            }}
          >
            <Input
              label="Saisissez l'email du propriétaire initial"
              disabled={disabled}
              hintText="Nous l'ajouterons automatiquement à la liste de vos partenaires pour la prochaine fiche"
              nativeInputProps={{
                id: Prisma.UserScalarFieldEnum.email,
                name: Prisma.UserScalarFieldEnum.email,
                type: 'email',
                autoComplete: 'off',
              }}
            />
            <Button
              type="submit"
              disabled={isSearchingUser || disabled}
            >
              {!isSearchingUser ? 'Rechercher' : 'Recherche en cours...'}
            </Button>
            {!isOnline && (
              <div className="absolute inset-0 z-50 flex items-end bg-white/70">
                <p className="bg-action-high-blue-france px-4 py-2 text-sm text-white">
                  ✋ ❌ Cette fonctionnalité n'existe pas sans connexion internet.
                </p>
              </div>
            )}
          </form>
          {searchingUserError && (
            <>
              {searchingUserError === "L'utilisateur n'existe pas" ? (
                <Alert
                  severity="error"
                  title="Aucun propriétaire initial est inscrit avec cette adresse mail."
                  description="Merci de vérifier cette adresse auprès du propriétaire initial."
                  className="mt-4"
                />
              ) : (
                <Alert
                  severity="error"
                  title={searchingUserError}
                  className="mt-4"
                />
              )}
            </>
          )}
          <Button
            priority="secondary"
            className="mt-4 block"
            linkProps={{
              to: `/app/chasseur/profil/associations-de-chasse?redirect=/app/chasseur/fei/${fei.numero}`,
            }}
          >
            Ajouter une association / société / domaine de chasse
          </Button>
          <Button
            priority="tertiary no outline"
            className="mt-4 block"
            type="button"
            onClick={() => setShowSearchUserByEmail(false)}
          >
            Retour
          </Button>
        </>
      )}
    </>
  );
}

type NextOwnerOptionProps = {
  potentielOwner: UserForFei | Entity;
  user: UserForFei;
  nextOwnerIsEntity?: boolean;
  nextOwnerIsUser?: boolean;
};

const NextOwnerOption = ({
  potentielOwner,
  nextOwnerIsEntity,
  nextOwnerIsUser,
  user,
}: NextOwnerOptionProps) => {
  let label = '';
  if (nextOwnerIsEntity) {
    potentielOwner = potentielOwner as unknown as Entity;
    label = `${potentielOwner.nom_d_usage}`;
    if (potentielOwner.code_postal) {
      label += ` - ${potentielOwner.code_postal} ${potentielOwner.ville}`;
    }
  }
  if (nextOwnerIsUser) {
    potentielOwner = potentielOwner as unknown as UserForFei;
    label = `${potentielOwner.prenom} ${potentielOwner.nom_de_famille}`;
    if (potentielOwner.code_postal) {
      label += ` - ${potentielOwner.code_postal} ${potentielOwner.ville}`;
    }
  }
  if (potentielOwner.id === user.id) {
    label = `Vous (${label})`;
  }
  return (
    <option
      key={potentielOwner.id}
      value={potentielOwner.id}
    >
      {label}
    </option>
  );
};
