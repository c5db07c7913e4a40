import { useState, type RefObject, type ReactNode, useRef, useMemo, useEffect } from 'react';
import dayjs from 'dayjs';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import {
  Entity,
  EntityRelationType,
  UserRoles,
  Prisma,
  UserNotifications,
  EntityTypes,
  UserEtgRoles,
} from '@prisma/client';
import InputVille from '@app/components/InputVille';
import { Tabs, type TabsProps } from '@codegouvfr/react-dsfr/Tabs';
import { Table } from '@codegouvfr/react-dsfr/Table';
import departementsRegions from '@app/data/departements-regions.json';
import type {
  AdminUserDataResponse,
  AdminFeisResponse,
  AdminCarcassesResponse,
} from '@api/src/types/responses';
import { Link, useParams } from 'react-router';
import Chargement from '@app/components/Chargement';
import { Highlight } from '@codegouvfr/react-dsfr/Highlight';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import API from '@app/services/api';
import RelationEntityUser from '@app/components/RelationEntityUser';
import { EntityWithUserRelations } from '@api/src/types/entity';
import { toast } from 'react-toastify';
import ConnexionButton from '@app/components/ConnexionButton';

const loadData = (userId: string): Promise<AdminUserDataResponse> =>
  API.get({ path: `admin/user/${userId}` }).then((res) => res as AdminUserDataResponse);

// Rôles assignables par un admin (ADMIN est géré à part via la case Administrateur).
const ROLE_OPTIONS: Array<{ value: UserRoles; label: string }> = [
  { value: UserRoles.CHASSEUR, label: 'Chasseur / Examinateur Initial' },
  { value: UserRoles.COLLECTEUR_PRO, label: 'Collecteur Pro Indépendant' },
  { value: UserRoles.ETG, label: 'ETG' },
  { value: UserRoles.SVI, label: 'SVI' },
  { value: UserRoles.COMMERCE_DE_DETAIL, label: 'Commerce de détail' },
  { value: UserRoles.CANTINE_OU_RESTAURATION_COLLECTIVE, label: 'Cantine / restauration collective' },
  { value: UserRoles.ASSOCIATION_CARITATIVE, label: 'Association caritative' },
  { value: UserRoles.REPAS_DE_CHASSE_OU_ASSOCIATIF, label: 'Repas de chasse ou associatif' },
  { value: UserRoles.CONSOMMATEUR_FINAL, label: 'Consommateur final' },
  { value: UserRoles.FDC, label: 'Fédération Départementale (FDC)' },
  { value: UserRoles.FRC, label: 'Fédération Régionale (FRC)' },
  { value: UserRoles.FNC, label: 'Fédération Nationale (FNC)' },
  { value: UserRoles.LABORATOIRE, label: 'Laboratoire' },
];

// Sous-bloc encadré et titré, pour structurer l'onglet Identité.
function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg border border-gray-200 bg-white p-4 ${className ?? ''}`}>
      <h2 className="m-0 mb-3 text-sm font-semibold tracking-wide text-gray-700 uppercase">{title}</h2>
      {children}
    </section>
  );
}

type State = NonNullable<AdminUserDataResponse['data']>;

const initialState: State = {
  user: {
    id: '',
    email: '',
    nom_de_famille: '',
    prenom: '',
    telephone: '',
    addresse_ligne_1: '',
    checked_has_asso_de_chasse: null,
    checked_has_ccg: null,
    checked_has_partenaires: null,
    addresse_ligne_2: '',
    code_postal: '',
    ville: '',
    activated: true,
    roles: [],
    role: null,
    isZacharieAdmin: false,
    etg_role: UserEtgRoles.RECEPTION,
    est_forme_a_l_examen_initial: false,
    numero_cfei: '',
    at_least_one_fei_treated: null,
    user_entities_vivible_checkbox: false,
    prochain_bracelet_a_utiliser: 1,
    created_at: new Date(),
    updated_at: new Date(),
    activated_at: null,
    last_login_at: null,
    last_seen_at: null,
    deleted_at: null,
    onboarded_at: null,
    notifications: [UserNotifications.EMAIL, UserNotifications.PUSH],
    web_push_tokens: [],
    native_push_tokens: [],
    brevo_contact_id: null,
    prefilled: false,
    is_synced: true,
    onboarding_chasse_info_done_at: null,
    scope_departements_codes: [],
  },
  identityDone: false,
  examinateurDone: false,
  allEntities: [],
  userEntitiesRelations: [],
  officialCfei: null,
};

export default function AdminUser() {
  const params = useParams();
  const [userResponseData, setUserResponseData] = useState<State>(initialState);
  const { user, userEntitiesRelations, officialCfei } = userResponseData;

  useEffect(() => {
    window.scrollTo({ top: 0, behavior: 'instant' });
    loadData(params.userId!).then((res) => {
      if (res.ok && res.data) {
        setUserResponseData(res.data as State);
      }
    });
  }, [params.userId]);

  const idFormRef = useRef<HTMLFormElement>(null);
  const handleUserFormBlur = (formRef: RefObject<HTMLFormElement>) => () => {
    const formData = new FormData(formRef.current!);

    let body =
      formRef.current!.id === 'user_roles_form'
        ? {
            roles: formData.getAll('roles'),
            isZacharieAdmin: formData.get(Prisma.UserScalarFieldEnum.isZacharieAdmin) === 'on',
          }
        : Object.fromEntries(formData);

    API.post({
      path: `admin/user/${params.userId}`,
      body,
    }).then((res) => {
      if (!res.ok) {
        return toast.error("Une erreur est survenue lors de la mise à jour de l'utilisateur");
      }

      loadData(params.userId!).then((res) => {
        if (res.ok && res.data) {
          setUserResponseData(res.data as State);
        }
        if (!res.ok) {
          return toast.error(res.error);
        }
        toast.success("L'utilisateur a été mis à jour avec succès");
      });
    });
  };

  const handleToggleSoftDelete = () => {
    const isDeleted = !!user.deleted_at;
    const confirmMessage = isDeleted
      ? `Restaurer le compte de ${user.email} ?`
      : `Supprimer le compte de ${user.email} ? L'utilisateur ne pourra plus se connecter. Cette action est réversible (restauration possible).`;
    if (!window.confirm(confirmMessage)) return;
    API.post({
      path: `admin/user/${params.userId}/${isDeleted ? 'restore' : 'soft-delete'}`,
    }).then((res) => {
      if (!res.ok) {
        return toast.error("Une erreur est survenue lors de la suppression de l'utilisateur");
      }
      loadData(params.userId!).then((res) => {
        if (res.ok && res.data) {
          setUserResponseData(res.data as State);
        }
      });
      toast.success(isDeleted ? "L'utilisateur a été restauré" : "L'utilisateur a été supprimé");
    });
  };

  const handleToggleFormeExamenInitial = () => {
    API.post({
      path: `admin/user/${params.userId}`,
      body: { est_forme_a_l_examen_initial: user.est_forme_a_l_examen_initial ? 'false' : 'true' },
    }).then((res) => {
      if (!res.ok) {
        return toast.error("Une erreur est survenue lors de la mise à jour de l'utilisateur");
      }
      loadData(params.userId!).then((res) => {
        if (res.ok && res.data) {
          setUserResponseData(res.data as State);
        }
      });
      toast.success(
        user.est_forme_a_l_examen_initial
          ? "Marqué comme non formé à l'examen initial"
          : "Marqué comme formé à l'examen initial"
      );
    });
  };

  const handleToggleActivated = () => {
    API.post({
      path: `admin/user/${params.userId}`,
      body: { activated: user.activated ? 'false' : 'true' },
    }).then((res) => {
      if (!res.ok) {
        return toast.error("Une erreur est survenue lors de la mise à jour de l'utilisateur");
      }
      loadData(params.userId!).then((res) => {
        if (res.ok && res.data) {
          setUserResponseData(res.data as State);
        }
      });
      toast.success(user.activated ? 'Utilisateur désactivé' : 'Utilisateur activé');
    });
  };

  const handleChangeRole = (role: UserRoles) => {
    API.post({
      path: `admin/user/${params.userId}`,
      body: { roles: [role] },
    }).then((res) => {
      if (!res.ok) {
        return toast.error("Une erreur est survenue lors de la mise à jour de l'utilisateur");
      }
      loadData(params.userId!).then((res) => {
        if (res.ok && res.data) {
          setUserResponseData(res.data as State);
        }
      });
      toast.success('Rôle mis à jour');
    });
  };

  const handleToggleAdmin = () => {
    API.post({
      path: `admin/user/${params.userId}`,
      body: { isZacharieAdmin: !user.isZacharieAdmin },
    }).then((res) => {
      if (!res.ok) {
        return toast.error("Une erreur est survenue lors de la mise à jour de l'utilisateur");
      }
      loadData(params.userId!).then((res) => {
        if (res.ok && res.data) {
          setUserResponseData(res.data as State);
        }
      });
      toast.success(user.isZacharieAdmin ? 'Droits admin retirés' : 'Droits admin accordés');
    });
  };

  const fullName = [user.nom_de_famille, user.prenom].filter(Boolean).join(' ');

  const [selectedTabId, setSelectedTabId] = useState('Identité');
  const tabs: TabsProps['tabs'] = [
    {
      tabId: 'Identité',
      label: 'Identité',
    },
    {
      tabId: 'Peut traiter des fiches au nom de',
      label: `Peut traiter des fiches au nom de (${userEntitiesRelations.filter((rel) => rel.EntityRelationsWithUsers.find((r) => r.relation === EntityRelationType.CAN_HANDLE_CARCASSES_ON_BEHALF_ENTITY && r.owner_id === user.id)).length})`,
    },
  ];

  if (user.roles.includes(UserRoles.CHASSEUR)) {
    tabs.push({
      tabId: 'CCGs',
      label: `CCGs (${userEntitiesRelations.filter((rel) => rel.type === EntityTypes.CCG).length})`,
    });
  }

  if (!user.roles.includes(UserRoles.SVI)) {
    let numberOfWOrkingWith = userEntitiesRelations.filter(
      (rel) =>
        rel.EntityRelationsWithUsers.some(
          (r) => r.relation === EntityRelationType.CAN_TRANSMIT_CARCASSES_TO_ENTITY
        ) && rel.type !== EntityTypes.CCG
    ).length;
    if (user.roles.includes(UserRoles.ETG)) {
      numberOfWOrkingWith += 1;
    }
    tabs.push({
      tabId: 'Peut envoyer des fiches à',
      label: `Peut envoyer des fiches à (${numberOfWOrkingWith})`,
    });
  }

  tabs.push({
    tabId: 'Fiches',
    label: 'Fiches',
  });
  tabs.push({
    tabId: 'Carcasses',
    label: 'Carcasses',
  });

  if (!user.id) {
    return <Chargement />;
  }

  return (
    <div className="fr-container fr-container--fluid">
      <title>
        {`${user.prenom ? `${user.prenom} ${user.nom_de_famille}` : user.email} | Admin | Zacharie | Ministère de l'Agriculture et de la Souveraineté Alimentaire`}
      </title>
      <div className="fr-grid-row fr-grid-row-gutters fr-grid-row--center">
        <div className="fr-col-12 p-4 md:p-0">
          <div className="p-4 pb-32 md:p-8 md:pb-0">
            <header
              className={`rounded-lg border bg-white p-3 md:p-4 ${
                user.deleted_at ? 'border-red-300 bg-red-50/40' : 'border-gray-200'
              }`}
            >
              {/* Ligne 1 : identité + actions */}
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <h1 className="m-0 text-xl font-bold break-words">
                    {fullName || user.email || 'Utilisateur sans nom'}
                  </h1>
                  {fullName && user.email && (
                    <p className="m-0 text-sm break-words text-gray-500">{user.email}</p>
                  )}
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-2">
                  <ConnexionButton
                    user={user}
                    type="tertiary no outline"
                  />
                  {!user.deleted_at && (
                    <Button
                      type="button"
                      priority="secondary"
                      size="small"
                      iconId={user.activated ? 'fr-icon-pause-circle-line' : 'fr-icon-play-circle-line'}
                      onClick={handleToggleActivated}
                    >
                      {user.activated ? 'Désactiver' : 'Activer'}
                    </Button>
                  )}
                  <Button
                    type="button"
                    priority={user.deleted_at ? 'secondary' : 'tertiary'}
                    size="small"
                    iconId={user.deleted_at ? 'fr-icon-arrow-go-back-line' : 'fr-icon-delete-line'}
                    className={
                      user.deleted_at ? undefined : 'text-red-600! [&_*]:text-red-600! [&:hover]:bg-red-50!'
                    }
                    onClick={handleToggleSoftDelete}
                  >
                    {user.deleted_at ? 'Restaurer' : 'Supprimer'}
                  </Button>
                </div>
              </div>

              {/* Ligne 2 : état en un coup d'œil */}
              <div className="mt-2 flex flex-wrap items-center gap-1">
                {user.deleted_at ? (
                  <Badge
                    severity="error"
                    small
                  >
                    Supprimé
                  </Badge>
                ) : (
                  <Badge
                    severity={user.activated ? 'success' : 'warning'}
                    small
                  >
                    {user.activated ? 'Activé' : 'Inactif'}
                  </Badge>
                )}
                <Badge
                  severity={user.onboarded_at ? 'success' : 'new'}
                  small
                >
                  {user.onboarded_at ? 'Onboardé' : 'Onboarding incomplet'}
                </Badge>
                {user.isZacharieAdmin && (
                  <Badge
                    severity="info"
                    small
                  >
                    Admin
                  </Badge>
                )}
                {user.roles.includes(UserRoles.CHASSEUR) && (
                  <Badge
                    severity={user.est_forme_a_l_examen_initial ? 'success' : 'warning'}
                    small
                  >
                    {user.est_forme_a_l_examen_initial ? 'Formé EI' : 'Non formé EI'}
                  </Badge>
                )}
              </div>

              {/* Ligne 3 : méta */}
              <p className="mt-2 mb-0 text-xs text-gray-500">
                {user.telephone && <>{user.telephone} · </>}
                Créé le {dayjs(user.created_at).format('DD/MM/YYYY')}
                {user.last_login_at && (
                  <> · Dernière connexion {dayjs(user.last_login_at).format('DD/MM/YYYY')}</>
                )}
                {user.onboarded_at && <> · Onboardé le {dayjs(user.onboarded_at).format('DD/MM/YYYY')}</>}
              </p>
            </header>
            <Tabs
              selectedTabId={selectedTabId}
              tabs={tabs}
              onTabChange={setSelectedTabId}
              className="mt-4"
            >
              {selectedTabId === 'Identité' && (
                <div className="flex flex-col gap-4">
                  {/* Rôle & accès — enregistrement direct au changement */}
                  <Section title="Rôle & accès">
                    <div className="flex flex-wrap items-end gap-x-6 gap-y-2">
                      <Select
                        label="Rôle"
                        className="m-0 min-w-72"
                        nativeSelectProps={{
                          value: user.roles[0] ?? '',
                          onChange: (e) => handleChangeRole(e.target.value as UserRoles),
                        }}
                      >
                        {ROLE_OPTIONS.map((option) => (
                          <option
                            key={option.value}
                            value={option.value}
                          >
                            {option.label}
                          </option>
                        ))}
                      </Select>
                      <Checkbox
                        className="m-0"
                        options={[
                          {
                            label: 'Administrateur',
                            nativeInputProps: {
                              checked: user.isZacharieAdmin,
                              onChange: handleToggleAdmin,
                            },
                          },
                        ]}
                      />
                    </div>
                  </Section>

                  {/* Coordonnées + examen initial — enregistrement par le bouton */}
                  <form
                    id="user_data_form"
                    method="POST"
                    ref={idFormRef}
                    onBlur={handleUserFormBlur(idFormRef)}
                    onSubmit={(event) => event.preventDefault()}
                    className="flex flex-col gap-4"
                  >
                    <input
                      type="hidden"
                      name={Prisma.UserScalarFieldEnum.prefilled}
                      value="true"
                    />
                    <Section title="Coordonnées">
                      <div className="grid grid-cols-1 gap-x-4 md:grid-cols-2">
                        <Input
                          label="Nom"
                          nativeInputProps={{
                            id: Prisma.UserScalarFieldEnum.nom_de_famille,
                            name: Prisma.UserScalarFieldEnum.nom_de_famille,
                            autoComplete: 'off',
                            defaultValue: user.nom_de_famille ?? '',
                          }}
                        />
                        <Input
                          label="Prénom"
                          nativeInputProps={{
                            id: Prisma.UserScalarFieldEnum.prenom,
                            name: Prisma.UserScalarFieldEnum.prenom,
                            autoComplete: 'off',
                            defaultValue: user.prenom ?? '',
                          }}
                        />
                        <Input
                          label="Email"
                          nativeInputProps={{
                            id: Prisma.UserScalarFieldEnum.email,
                            name: Prisma.UserScalarFieldEnum.email,
                            autoComplete: 'off',
                            defaultValue: user.email ?? '',
                          }}
                        />
                        <Input
                          label="Téléphone"
                          hintText="Format attendu : 01 22 33 44 55"
                          nativeInputProps={{
                            id: Prisma.UserScalarFieldEnum.telephone,
                            name: Prisma.UserScalarFieldEnum.telephone,
                            autoComplete: 'off',
                            defaultValue: user.telephone ?? '',
                          }}
                        />
                        <Input
                          label="Adresse"
                          hintText="Indication : numéro et voie"
                          nativeInputProps={{
                            id: Prisma.UserScalarFieldEnum.addresse_ligne_1,
                            name: Prisma.UserScalarFieldEnum.addresse_ligne_1,
                            autoComplete: 'off',
                            defaultValue: user.addresse_ligne_1 ?? '',
                          }}
                        />
                        <Input
                          label="Complément d'adresse (optionnel)"
                          hintText="Indication : bâtiment, immeuble, escalier et numéro d'appartement"
                          nativeInputProps={{
                            id: Prisma.UserScalarFieldEnum.addresse_ligne_2,
                            name: Prisma.UserScalarFieldEnum.addresse_ligne_2,
                            autoComplete: 'off',
                            defaultValue: user.addresse_ligne_2 ?? '',
                          }}
                        />
                        <Input
                          label="Code postal"
                          hintText="5 chiffres"
                          nativeInputProps={{
                            id: Prisma.UserScalarFieldEnum.code_postal,
                            name: Prisma.UserScalarFieldEnum.code_postal,
                            autoComplete: 'off',
                            defaultValue: user.code_postal ?? '',
                          }}
                        />
                        <InputVille
                          key={user.ville}
                          postCode={user.code_postal ?? ''}
                          trimPostCode
                          label="Ville ou commune"
                          hintText="Exemple : Montpellier"
                          nativeInputProps={{
                            id: Prisma.UserScalarFieldEnum.ville,
                            name: Prisma.UserScalarFieldEnum.ville,
                            autoComplete: 'off',
                            defaultValue: user.ville ?? '',
                          }}
                        />
                      </div>
                    </Section>
                    {user.roles.includes(UserRoles.CHASSEUR) && (
                      <Section title="Examen initial">
                        <Checkbox
                          className="mb-2!"
                          options={[
                            {
                              label: "Formé à l'examen initial",
                              nativeInputProps: {
                                checked: !!user.est_forme_a_l_examen_initial,
                                onChange: handleToggleFormeExamenInitial,
                              },
                            },
                          ]}
                        />
                        <Input
                          label="Numéro d'attestation de Chasseur Formé à l'Examen Initial"
                          hintText="De la forme CFEI-DEP-AA-123 ou DEP-FREI-YY-001"
                          disabled={!user.est_forme_a_l_examen_initial}
                          nativeInputProps={{
                            id: Prisma.UserScalarFieldEnum.numero_cfei,
                            name: Prisma.UserScalarFieldEnum.numero_cfei,
                            autoComplete: 'off',
                            defaultValue: user.numero_cfei ?? '',
                          }}
                        />
                        {!user.est_forme_a_l_examen_initial ? null : user.numero_cfei ? (
                          officialCfei ? (
                            <Alert
                              severity="success"
                              small
                              className="mb-0"
                              description={`CFEI trouvé dans la liste officielle : ${officialCfei.nom ?? ''} ${officialCfei.prenom ?? ''}${officialCfei.departement ? ` — Département ${officialCfei.departement}` : ''}`}
                            />
                          ) : (
                            <Alert
                              severity="error"
                              small
                              className="mb-0"
                              description="CFEI non trouvé dans la liste officielle"
                            />
                          )
                        ) : (
                          <Alert
                            severity="warning"
                            small
                            className="mb-0"
                            description="Numéro CFEI non renseigné"
                          />
                        )}
                      </Section>
                    )}
                    <div className="fixed bottom-16 left-0 z-50 flex w-full flex-col bg-white p-6 pb-2 shadow-2xl md:relative md:bottom-0 md:w-auto md:items-start md:shadow-none">
                      <ButtonsGroup
                        buttons={[
                          {
                            children: 'Enregistrer',
                            type: 'submit',
                            nativeButtonProps: {
                              form: 'user_data_form',
                            },
                          },
                        ]}
                      />
                    </div>
                  </form>

                  {/* Périmètre départements — repliable, enregistrement par son propre bouton */}
                  <Section title="Périmètre départements">
                    <details>
                      <summary className="cursor-pointer text-sm font-medium text-gray-700">
                        {user.scope_departements_codes?.length ?? 0} département(s) — afficher / modifier
                      </summary>
                      <div className="mt-4">
                        <DepartementsScope
                          userId={user.id}
                          initialCodes={user.scope_departements_codes ?? []}
                          onSaved={() => {
                            loadData(user.id).then((res) => {
                              if (res.ok && res.data) setUserResponseData(res.data as State);
                            });
                          }}
                        />
                      </div>
                    </details>
                  </Section>
                </div>
              )}
              {selectedTabId === 'Peut traiter des fiches au nom de' && (
                <PeutEnvoyerDesFichesAOuTraiterAuNomDe
                  relationType={EntityRelationType.CAN_HANDLE_CARCASSES_ON_BEHALF_ENTITY}
                  id={selectedTabId}
                  userResponseData={userResponseData}
                  setUserResponseData={setUserResponseData}
                />
              )}
              {selectedTabId === 'CCGs' && (
                <PeutEnvoyerDesFichesAOuTraiterAuNomDe
                  relationType={EntityRelationType.CAN_TRANSMIT_CARCASSES_TO_ENTITY}
                  id={selectedTabId}
                  userResponseData={userResponseData}
                  setUserResponseData={setUserResponseData}
                  forCCG
                />
              )}
              {selectedTabId === 'Peut envoyer des fiches à' && (
                <PeutEnvoyerDesFichesAOuTraiterAuNomDe
                  relationType={EntityRelationType.CAN_TRANSMIT_CARCASSES_TO_ENTITY}
                  id={selectedTabId}
                  userResponseData={userResponseData}
                  setUserResponseData={setUserResponseData}
                />
              )}
              {selectedTabId === 'Fiches' && <UserFeis userId={user.id} />}
              {selectedTabId === 'Carcasses' && <UserCarcasses userId={user.id} />}
              <div className="mt-6 mb-16 ml-6">
                <a
                  className="fr-link fr-icon-arrow-up-fill fr-link--icon-left"
                  href="#top"
                >
                  Haut de page
                </a>
              </div>
            </Tabs>
          </div>
        </div>
      </div>
    </div>
  );
}

function formatDate(d: Date | string | null): string {
  if (!d) return '—';
  return dayjs(d).format('DD/MM/YYYY HH:mm');
}

function formatDateOnly(d: Date | string | null): string {
  if (!d) return '—';
  return dayjs(d).format('DD/MM/YYYY');
}

type UserFeiRow = AdminFeisResponse['data']['feis'][number];

function UserFeis({ userId }: { userId: string }) {
  const [rows, setRows] = useState<UserFeiRow[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    setLoading(true);
    API.get({ path: `admin/user/${userId}/feis` })
      .then((res) => res as AdminFeisResponse)
      .then((res) => {
        if (res.ok) {
          setRows(res.data.feis);
          setTotal(res.data.total);
        }
      })
      .finally(() => setLoading(false));
  }, [userId]);

  if (loading && rows.length === 0) {
    return <Chargement />;
  }

  return (
    <div className="py-4">
      <h3 className="mb-4 text-lg font-bold">Fiches ({total})</h3>
      {rows.length === 0 ? (
        <p className="text-sm text-gray-500">Aucune fiche pour cet utilisateur.</p>
      ) : (
        <table className="w-full border-collapse text-xs">
          <thead>
            <tr className="border-b bg-gray-100 text-left">
              <th className="p-1">numéro</th>
              <th className="p-1">date mise à mort</th>
              <th className="p-1">commune</th>
              <th className="p-1">examinateur</th>
              <th className="p-1">premier détenteur</th>
              <th className="p-1">nb carcasses</th>
              {/* <th className="p-1">SVI</th> */}
              <th className="p-1">created_at</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.numero}
                className="border-b hover:bg-blue-50"
              >
                <td className="p-1">
                  <Link
                    to={`/app/admin/fei/${encodeURIComponent(row.numero)}`}
                    className="text-blue-600 underline"
                  >
                    {row.numero}
                  </Link>
                </td>
                <td className="p-1">{formatDateOnly(row.date_mise_a_mort)}</td>
                <td className="p-1">{row.commune_mise_a_mort ?? '—'}</td>
                <td
                  className="max-w-[160px] truncate p-1"
                  title={row.FeiExaminateurInitialUser?.email ?? ''}
                >
                  {row.FeiExaminateurInitialUser?.email ?? '—'}
                </td>
                <td
                  className="max-w-[160px] truncate p-1"
                  title={
                    row.FeiPremierDetenteurEntity?.nom_d_usage ?? row.FeiPremierDetenteurUser?.email ?? ''
                  }
                >
                  {row.FeiPremierDetenteurEntity?.nom_d_usage ?? row.FeiPremierDetenteurUser?.email ?? '—'}
                </td>
                <td className="p-1">{row._count.Carcasses}</td>
                {/* <td
                  className="max-w-[160px] truncate p-1"
                  title={row.FeiSviEntity?.nom_d_usage ?? ''}
                >
                  {row.FeiSviEntity?.nom_d_usage ?? '—'}
                </td> */}
                <td className="p-1">{formatDate(row.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

type UserCarcasseRow = AdminCarcassesResponse['data']['carcasses'][number];

function UserCarcasses({ userId }: { userId: string }) {
  const [rows, setRows] = useState<UserCarcasseRow[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    setLoading(true);
    API.get({ path: `admin/user/${userId}/carcasses` })
      .then((res) => res as AdminCarcassesResponse)
      .then((res) => {
        if (res.ok) {
          setRows(res.data.carcasses);
          setTotal(res.data.total);
        }
      })
      .finally(() => setLoading(false));
  }, [userId]);

  if (loading && rows.length === 0) {
    return <Chargement />;
  }

  return (
    <div className="py-4">
      <h3 className="mb-4 text-lg font-bold">Carcasses ({total})</h3>
      {rows.length === 0 ? (
        <p className="text-sm text-gray-500">Aucune carcasse pour cet utilisateur.</p>
      ) : (
        <table className="w-full border-collapse text-xs">
          <thead>
            <tr className="border-b bg-gray-100 text-left">
              <th className="p-1">marquage</th>
              <th className="p-1">espèce</th>
              <th className="p-1">type</th>
              <th className="p-1">fei_numero</th>
              <th className="p-1">nb intermédiaires</th>
              <th className="p-1">created_at</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.zacharie_carcasse_id}
                className="border-b hover:bg-blue-50"
              >
                <td className="p-1">
                  <Link
                    to={`/app/admin/carcasse/${encodeURIComponent(row.zacharie_carcasse_id)}`}
                    className="text-blue-600 underline"
                  >
                    {row.numero_bracelet}
                  </Link>
                </td>
                <td className="p-1">{row.espece}</td>
                <td className="p-1">{row.type}</td>
                <td
                  className="max-w-[120px] truncate p-1"
                  title={row.fei_numero}
                >
                  {row.fei_numero}
                </td>
                <td className="p-1">{row._count.CarcasseIntermediaire}</td>
                <td className="p-1">{formatDate(row.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

interface PeutEnvoyerDesFichesAOuTraiterAuNomDeProps {
  relationType: EntityRelationType;
  id: string;
  userResponseData: State;
  setUserResponseData: (data: State) => void;
  forCCG?: boolean;
}

function PeutEnvoyerDesFichesAOuTraiterAuNomDe({
  relationType,
  id,
  userResponseData,
  setUserResponseData,
  forCCG,
}: PeutEnvoyerDesFichesAOuTraiterAuNomDeProps) {
  const { user, userEntitiesRelations, allEntities } = userResponseData;

  const shouldHaveAssociatedSvi = useMemo(() => {
    if (!user.roles.includes(UserRoles.ETG)) return false;
    if (relationType !== EntityRelationType.CAN_TRANSMIT_CARCASSES_TO_ENTITY) return false;
    return true;
  }, [user.roles, relationType]);

  const associatedSvi = useMemo(() => {
    if (!shouldHaveAssociatedSvi) return null;
    const etgId = userEntitiesRelations.find((entity) => {
      return (
        entity.type === EntityTypes.ETG &&
        entity.EntityRelationsWithUsers.some(
          (r) => r.relation === EntityRelationType.CAN_HANDLE_CARCASSES_ON_BEHALF_ENTITY
        )
      );
    })?.id;
    if (!etgId) return null;
    const sviId = allEntities.find((entity) => entity.id === etgId)?.etg_linked_to_svi_id;
    if (!sviId) return null;
    const svi = allEntities.find((entity) => entity.id === sviId);
    if (!svi) return null;
    return {
      ...svi,
      type: EntityTypes.SVI,
      relation: EntityRelationType.CAN_TRANSMIT_CARCASSES_TO_ENTITY,
    };
  }, [allEntities, userEntitiesRelations, shouldHaveAssociatedSvi]);

  const potentialEntities = useMemo(() => {
    const userEntityIds: Record<Entity['id'], boolean> = {};
    for (const userEntityRelation of userEntitiesRelations) {
      if (userEntityRelation.EntityRelationsWithUsers.some((r) => r.relation === relationType)) {
        userEntityIds[userEntityRelation.id] = forCCG
          ? userEntityRelation.type === EntityTypes.CCG
          : userEntityRelation.type !== EntityTypes.CCG;
      }
    }
    const entities = [];
    for (const entity of allEntities) {
      if (entity.type === EntityTypes.SVI) {
        if (relationType === EntityRelationType.CAN_TRANSMIT_CARCASSES_TO_ENTITY) {
          // cette relation est définie dans l'ETG:
          // si un user a un rôle ETG, alors il peut envoyer une fiche
          // au SVI auquel est rattaché l'ETG via etg_linked_to_svi_id
          // donc on ne doit pas afficher cette relation dans la liste des entités potentielles
          // en revanche elle doit être affichée dans la liste des entités, et disabled
          continue;
        }
      }
      if (userEntityIds[entity.id]) continue;
      if (forCCG && entity.type !== EntityTypes.CCG) {
        continue;
      }
      if (!forCCG && entity.type === EntityTypes.CCG) {
        continue;
      }
      if (relationType === EntityRelationType.CAN_TRANSMIT_CARCASSES_TO_ENTITY) {
        if (user.roles.includes(UserRoles.CHASSEUR)) {
          if (
            entity.type === EntityTypes.ETG ||
            entity.type === EntityTypes.COLLECTEUR_PRO ||
            entity.type === EntityTypes.CCG
          ) {
            entities.push(entity);
          }
        } else if (user.roles.includes(UserRoles.ETG)) {
          if (entity.type === EntityTypes.SVI) {
            entities.push(entity);
          }
        }
      } else if (relationType === EntityRelationType.CAN_HANDLE_CARCASSES_ON_BEHALF_ENTITY) {
        if (user.roles.includes(UserRoles.CHASSEUR)) {
          if (entity.type === EntityTypes.PREMIER_DETENTEUR) {
            entities.push(entity);
          }
        } else if (user.roles.includes(UserRoles.ETG)) {
          if (entity.type === EntityTypes.ETG) {
            entities.push(entity);
          }
        } else if (user.roles.includes(UserRoles.COLLECTEUR_PRO)) {
          if (entity.type === EntityTypes.COLLECTEUR_PRO) {
            entities.push(entity);
          }
        } else if (user.roles.includes(UserRoles.SVI)) {
          if (entity.type === EntityTypes.SVI) {
            entities.push(entity);
          }
        }
      }
    }
    return entities;
  }, [allEntities, userEntitiesRelations, forCCG, relationType, user.roles]);

  return (
    <>
      {shouldHaveAssociatedSvi && (
        <Highlight
          className="m-0 mb-8"
          classes={{
            root: 'fr-highlight--green-emeraude',
          }}
        >
          {associatedSvi
            ? "Un utilisateur associé à un SVI ne peut pas envoyer de fiche à un autre SVI que celui auquel est rattaché l'ETG. Conernant l'envoi à d'autres types d'entités (ETG, Collecteur Pro), à l'avenir il pourra le faire."
            : "Veuillez associer un SVI à l'ETG, il sera automatiquement ajouté à la liste des entités auxquelles l'utilisateur peut envoyer des fiches"}
        </Highlight>
      )}
      {associatedSvi && (
        <RelationEntityUser
          key={associatedSvi.id}
          relationType={EntityRelationType.CAN_TRANSMIT_CARCASSES_TO_ENTITY}
          entity={associatedSvi as unknown as EntityWithUserRelations}
          user={user}
          displayEntity
        />
      )}
      {userEntitiesRelations
        .filter((entity) => {
          if (!entity) return false;
          // if (!entity.EntityRelationsWithUsers.some((r) => r.relation === relation)) return false;
          if (forCCG && entity.type !== EntityTypes.CCG) return false;
          if (!forCCG && entity.type === EntityTypes.CCG) return false;
          return true;
        })
        .map((entity) => {
          if (!entity) return null;
          if (!entity?.EntityRelationsWithUsers) return null;
          const relation = entity.EntityRelationsWithUsers.find(
            (relation) => relation.owner_id === user.id && relation.relation === relationType
          );
          if (!relation) return null;
          const isSviLinkedToEtg = associatedSvi?.id === entity.id;

          try {
            return (
              <RelationEntityUser
                key={entity.id}
                relationType={relationType}
                entity={entity}
                user={user}
                displayEntity
                entityLink={`/app/admin/entity/${entity.id}`}
                canApproveRelation={relationType === EntityRelationType.CAN_HANDLE_CARCASSES_ON_BEHALF_ENTITY}
                canDelete={!isSviLinkedToEtg}
                onChange={() => {
                  loadData(entity.id).then((response) => {
                    if (response.data) setUserResponseData(response.data!);
                  });
                }}
              />
            );
          } catch (error) {
            console.error(error);
            return null;
          }
        })}
      {relationType === EntityRelationType.CAN_HANDLE_CARCASSES_ON_BEHALF_ENTITY &&
        user.roles.includes(UserRoles.COLLECTEUR_PRO) && (
          <Highlight
            className="m-0 mt-8"
            // classes={{
            //   root: 'fr-highlight--green-emeraude',
            // }}
          >
            Un collecteur indépendant ne peut pas gérer de fiches pour un ETG. <br />
            Si un ETG a un besoin de transport, c'est dans le profil de l'utilisateur que ça se gère : cet
            utilisateur n'a que le rôle ETG mais peut cocher la case "Gérer le transport dans l'ETG"
          </Highlight>
        )}
      {!!potentialEntities.length && (
        <div className="p-4 md:p-8 md:pb-0 [&_a]:block [&_a]:p-4 [&_a]:no-underline has-[a]:[&_td]:p-0!">
          <Table
            fixed
            noCaption
            className="[&_td]:align-middle"
            data={potentialEntities.map((entity) => [
              <form
                key={entity.id}
                id={id}
                className="flex w-full flex-col items-start gap-4"
                method="POST"
                onSubmit={(event) => {
                  event.preventDefault();
                  API.post({
                    path: '/user-entity',
                    body: {
                      [Prisma.EntityAndUserRelationsScalarFieldEnum.owner_id]: user.id,
                      relation: relationType,
                      [Prisma.EntityAndUserRelationsScalarFieldEnum.entity_id]: entity.id,
                    },
                  }).then(() => {
                    loadData(user.id).then((response) => {
                      if (response.data) setUserResponseData(response.data!);
                    });
                  });
                }}
              >
                <Link
                  to={`/app/admin/entity/${entity.id}`}
                  className="inline-flex! size-full items-center justify-start bg-none! no-underline!"
                >
                  {entity.nom_d_usage}
                  <br />
                  {entity.siret}
                  {entity.numero_ddecpp}
                  <br />
                  {entity.code_postal} {entity.ville}
                </Link>
                <Button
                  type="submit"
                  className="m-2"
                >
                  Ajouter
                </Button>
              </form>,
              <p
                key={user.id}
                className="inline-flex! size-full items-center justify-start bg-none! no-underline!"
              >
                {entity.type}
              </p>,
            ])}
            headers={['Entité', 'Type']}
          />
        </div>
      )}
    </>
  );
}

const REGIONS_LABELS = (departementsRegions as { regions: Record<string, string> }).regions;
const DEPARTEMENTS_LABELS = (departementsRegions as { departements: Record<string, string> }).departements;
const DEPARTEMENT_TO_REGION = (departementsRegions as { departementToRegion: Record<string, string> })
  .departementToRegion;

const REGION_TO_DEPARTEMENTS: Record<string, string[]> = (() => {
  const map: Record<string, string[]> = {};
  for (const [dep, region] of Object.entries(DEPARTEMENT_TO_REGION)) {
    if (!map[region]) map[region] = [];
    map[region].push(dep);
  }
  for (const region of Object.keys(map)) {
    map[region].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
  }
  return map;
})();

const ALL_DEPARTEMENT_CODES = Object.keys(DEPARTEMENTS_LABELS);

interface DepartementsScopeProps {
  userId: string;
  initialCodes: string[];
  onSaved: () => void;
}

function DepartementsScope({ userId, initialCodes, onSaved }: DepartementsScopeProps) {
  const [selected, setSelected] = useState<Set<string>>(() => new Set(initialCodes));
  const [search, setSearch] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setSelected(new Set(initialCodes));
  }, [initialCodes]);

  const initialSet = useMemo(() => new Set(initialCodes), [initialCodes]);
  const isDirty = useMemo(() => {
    if (selected.size !== initialSet.size) return true;
    for (const code of selected) if (!initialSet.has(code)) return true;
    return false;
  }, [selected, initialSet]);

  const toggleDept = (code: string) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  };

  const setRegion = (regionCode: string, checked: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      for (const dep of REGION_TO_DEPARTEMENTS[regionCode] ?? []) {
        if (checked) next.add(dep);
        else next.delete(dep);
      }
      return next;
    });
  };

  const selectAll = () => setSelected(new Set(ALL_DEPARTEMENT_CODES));
  const unselectAll = () => setSelected(new Set());

  const save = () => {
    setSaving(true);
    API.post({
      path: `/admin/user/${userId}`,
      body: {
        [Prisma.UserScalarFieldEnum.scope_departements_codes]: Array.from(selected),
      },
    })
      .then((res) => {
        if (!res.ok) {
          toast.error('Une erreur est survenue lors de la mise à jour du périmètre');
          return;
        }
        toast.success('Périmètre mis à jour');
        onSaved();
      })
      .finally(() => setSaving(false));
  };

  const matchesSearch = (depCode: string) => {
    if (!search.trim()) return true;
    const q = search.trim().toLowerCase();
    const name = (DEPARTEMENTS_LABELS[depCode] ?? '').toLowerCase();
    return depCode.toLowerCase().includes(q) || name.includes(q);
  };

  const orderedRegionCodes = useMemo(
    () =>
      Object.keys(REGION_TO_DEPARTEMENTS).sort((a, b) =>
        (REGIONS_LABELS[a] ?? a).localeCompare(REGIONS_LABELS[b] ?? b, 'fr')
      ),
    []
  );

  const totalDeps = ALL_DEPARTEMENT_CODES.length;
  const isNational = selected.size === totalDeps;
  const isEmpty = selected.size === 0;

  return (
    <div className="flex flex-col gap-4">
      <p className="m-0 text-sm">
        Sélectionnez les départements sur lesquels cet utilisateur a un périmètre. Cliquez sur le nom d'une
        région pour cocher ou décocher tous ses départements en une fois. Pour donner un accès national,
        sélectionnez explicitement les {totalDeps} départements&nbsp;: la valeur est toujours déclarative,
        zéro département ne signifie jamais «&nbsp;tout&nbsp;».
      </p>
      <div className="flex flex-wrap items-end gap-4">
        <div className="grow">
          <Input
            label="Rechercher un département"
            hintText="Par numéro ou par nom"
            nativeInputProps={{
              value: search,
              onChange: (e) => setSearch(e.target.value),
              placeholder: 'ex: 75, Hérault, Rhône…',
            }}
          />
        </div>
        <div className="flex flex-wrap items-center gap-2 pb-1">
          <Button
            type="button"
            priority="secondary"
            size="small"
            onClick={selectAll}
            disabled={isNational}
          >
            Sélectionner tous les départements (national)
          </Button>
          <Button
            type="button"
            priority="secondary"
            size="small"
            onClick={unselectAll}
            disabled={isEmpty}
          >
            Tout désélectionner
          </Button>
        </div>
      </div>

      <div className="flex flex-col gap-4">
        {orderedRegionCodes.map((regionCode) => {
          const deps = REGION_TO_DEPARTEMENTS[regionCode] ?? [];
          const visibleDeps = deps.filter(matchesSearch);
          if (search.trim() && visibleDeps.length === 0) return null;
          const checkedCount = deps.filter((d) => selected.has(d)).length;
          const allChecked = checkedCount === deps.length;
          const someChecked = checkedCount > 0 && !allChecked;
          return (
            <fieldset
              key={regionCode}
              className="border border-gray-300 bg-white p-4"
            >
              <legend className="px-2 text-base font-semibold">
                <label className="flex cursor-pointer items-center gap-2">
                  <input
                    type="checkbox"
                    checked={allChecked}
                    ref={(el) => {
                      if (el) el.indeterminate = someChecked;
                    }}
                    onChange={(e) => setRegion(regionCode, e.target.checked)}
                  />
                  <span>
                    {REGIONS_LABELS[regionCode] ?? regionCode}{' '}
                    <span className="font-normal text-gray-600">
                      ({checkedCount}/{deps.length})
                    </span>
                  </span>
                </label>
              </legend>
              <div className="grid grid-cols-2 gap-x-4 gap-y-1 md:grid-cols-3 lg:grid-cols-4">
                {visibleDeps.map((depCode) => (
                  <Checkbox
                    key={depCode}
                    className="m-0!"
                    options={[
                      {
                        label: `${depCode} — ${DEPARTEMENTS_LABELS[depCode] ?? ''}`,
                        nativeInputProps: {
                          checked: selected.has(depCode),
                          onChange: () => toggleDept(depCode),
                        },
                      },
                    ]}
                  />
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>

      <div className="sticky bottom-0 z-50 flex w-full flex-col bg-white p-4 shadow-2xl md:relative md:items-start md:p-0 md:shadow-none">
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            {
              children: saving ? 'Enregistrement…' : 'Enregistrer',
              type: 'button',
              disabled: saving || !isDirty,
              onClick: save,
            },
            {
              children: 'Annuler les modifications',
              type: 'button',
              priority: 'secondary',
              disabled: saving || !isDirty,
              onClick: () => setSelected(new Set(initialCodes)),
            },
          ]}
        />
      </div>
    </div>
  );
}
