// SPDX-FileCopyrightText: 2024 The Ossi Developers
//
// SPDX-License-Identifier: MIT

import {
  AccountTree,
  AccountTreeOutlined,
  Add,
  AddCircleOutlineOutlined,
  Archive,
  CheckCircle,
  Delete,
  Edit,
  Inventory,
  Unarchive,
  Warning,
} from '@mui/icons-material';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Collapse,
  Grid,
  IconButton,
  ListItem,
  ListItemButton,
  ListItemText,
  Menu,
  MenuItem,
  Tooltip,
  Typography,
} from '@mui/material';
import {
  GridActionsCellItem,
  type GridColDef,
  type GridPreProcessEditCellProps,
  type GridRowId,
  GridRowModes,
  type GridRowModesModel,
  type GridRowParams,
  type GridRowsProp,
  Toolbar,
} from '@mui/x-data-grid';
import {enqueueSnackbar} from 'notistack';
import {type JSX, useEffect, useMemo, useState} from 'react';
import {AsyncConfirmationModal} from 'react-global-modal';
import {useTranslation} from 'react-i18next';
import {useBlocker, useNavigate, useParams} from 'react-router-dom';

import {
  type AplusGradeSourceData,
  type CoursePartData,
  CourseRoleType,
  type ExternalSourceData,
  type GradingModelData,
  type ModifyCourseTasks,
  SystemRole,
} from '@/common/types';
import AddExtServiceGradeSourceDialog from '@/components/course/course-parts-view/services-components/AddExtServiceGradeSourceDialog';
import NewServiceCourseTasksDialog from '@/components/course/course-parts-view/services-components/NewServiceCourseTasksDialog';
import ListEntries from '@/components/shared/ListEntries';
import SaveBar from '@/components/shared/SaveBar';
import ServiceSourceMenuButton from '@/components/shared/ServiceSourceMenuButton';
import StyledDataGrid from '@/components/shared/StyledDataGrid';
import UnsavedChangesDialog from '@/components/shared/UnsavedChangesDialog';
import {
  useDeleteCoursePart,
  useDeleteGradingModel,
  useEditCoursePart,
  useEditGradingModel,
  useGetAllGradingModels,
  useGetClientEnvVariables,
  useGetCourse,
  useGetCourseParts,
  useGetCourseTasks,
  useGetFinalGrades,
  useGetGrades,
  useModifyCourseTasks,
} from '@/hooks/useApi';
import useAuth from '@/hooks/useAuth';
import {getCourseRole} from '@/utils';
import CoursePartDialog from './course-parts-view/CoursePartDialog';
import ViewExternalSourcesDialog from './course-parts-view/ViewExternalSourcesDialog';
import CreateGradingModelDialog from './models-view/CreateGradingModelDialog';
import ModelButton from './models-view/ModelButton';
import RenameGradingModelDialog from './models-view/RenameGradingModelDialog';

type ColTypes = {
  id: number;
  coursePartId: number;
  name: string;
  daysValid: number | null;
  maxGrade: number | null;
  archived: boolean;
  aplusGradeSources: AplusGradeSourceData[];
  externalSources: ExternalSourceData[];
  new: boolean;
};

const CoursePartsView = (): JSX.Element => {
  const {t} = useTranslation();
  const {auth, isTeacherInCharge} = useAuth();
  const {courseId} = useParams() as {courseId: string};
  const navigate = useNavigate();

  const course = useGetCourse(courseId);
  const gradingModels = useGetAllGradingModels(courseId);
  const courseParts = useGetCourseParts(courseId);
  const editCoursePart = useEditCoursePart(courseId);
  const delCoursePart = useDeleteCoursePart(courseId);
  const editGradingModel = useEditGradingModel();
  const delGradingModel = useDeleteGradingModel();

  const courseTasks = useGetCourseTasks(courseId);
  const modifyCourseTasks = useModifyCourseTasks(courseId);
  const grades = useGetGrades(courseId);
  const finalGrades = useGetFinalGrades(courseId, {
    enabled:
      auth !== null
      && (auth.role === SystemRole.Admin
        || (course.data
          && getCourseRole(course.data, auth) === CourseRoleType.Teacher)),
  });

  const [addPartDialogOpen, setAddPartDialogOpen] = useState(false);
  const [editPartDialogOpen, setEditPartDialogOpen] = useState(false);
  const [createModelDialogOpen, setCreateModelDialogOpen] =
    useState(false);
  const [createModelPart, setCreateModelPart] = useState<
    CoursePartData | undefined
  >(undefined);
  const [renameModelDialogOpen, setRenameModelDialogOpen] =
    useState(false);
  const [renameModel, setRenameModel] = useState<GradingModelData | null>(null);
  const [editPart, setEditPart] = useState<CoursePartData | null>(null);
  const [selectedPart, setSelectedPart] = useState<number | null>(null);

  const finalGradeModels = useMemo(
    () =>
      gradingModels.data?.filter(model => model.coursePartId === null) ?? [],
    [gradingModels.data]
  );

  const modelsWithFinalGrades = useMemo(() => {
    const withGrades = new Set<number>();
    if (finalGrades.data === undefined) return withGrades;
    for (const grade of finalGrades.data) {
      if (grade.gradingModelId)
        withGrades.add(grade.gradingModelId);
    }
    return withGrades;
  }, [finalGrades.data]);

  const [initRows, setInitRows] = useState<GridRowsProp<ColTypes>>([]);
  const [rows, setRows] = useState<GridRowsProp<ColTypes>>([]);
  const [rowModesModel, setRowModesModel] = useState<GridRowModesModel>({});
  const [editing, setEditing] = useState(false);
  const [rowErrors, setRowErrors] = useState<{
    [key: GridRowId]: {daysValid: boolean; name: boolean; maxGrade: boolean};
  }>({});
  const hasError =
    Object.keys(rowErrors).length > 0
    && Object.values(rowErrors).some(errorObj =>
      Object.values(errorObj).some(value => value === true)
    );

  const {data: clientEnv} = useGetClientEnvVariables();
  const [serviceDialogOpen, setServiceDialogOpen] = useState(false);
  const serviceOptions = clientEnv?.EXTERNAL_SERVICES || [];
  const [serviceDialogInfo, setServiceDialogInfo] = useState(serviceOptions[0]);
  const [addExtServiceSourcesTo, setAddExtServiceSourcesTo] = useState<{
    courseTaskId: number | null;
    externalSources: ExternalSourceData[];
  }>({
    courseTaskId: null,
    externalSources: [],
  });
  const [addExtServiceSourceMenuAnchor, setAddExtServiceSourceMenuAnchor] =
    useState<HTMLElement | null>(null);
  const [addExtServiceSourceTarget, setAddExtServiceSourceTarget] = useState<{
    courseTaskId: number;
    externalSources: ExternalSourceData[];
  } | null>(null);

  const [viewExternalSourcesOpen, setViewExternalSourcesOpen] =
    useState(false);

  const [externalSources, setExternalSources] = useState<ExternalSourceData[]>([]);

  const courseTasksWithGrades = useMemo(() => {
    const withGrades = new Set<number>();
    if (grades.data === undefined) return withGrades;
    for (const grade of grades.data) {
      for (const courseTask of grade.courseTasks) {
        if (courseTask.grades.length > 0) {
          withGrades.add(courseTask.courseTaskId);
        }
      }
    }
    return withGrades;
  }, [grades.data]);

  const courseTasksWithModels = useMemo(() => {
    const withModels = new Set<number>();
    if (gradingModels.data === undefined) return withModels;
    for (const model of gradingModels.data) {
      for (const node of model.graphStructure.nodes) {
        if (node.type !== 'source') continue;
        withModels.add(parseInt(node.id.split('-')[1]));
      }
    }
    return withModels;
  }, [gradingModels.data]);

  const courseTasksByCoursePartId = (coursePartId: number): Array<number> => {
    if (courseTasks.data) {
      return courseTasks.data
        .filter(courseTask => courseTask.coursePartId === coursePartId)
        .map(courseTask => courseTask.id);
    }
    return [];
  };

  const deleteCoursePartConfirmMessage = (
    coursePartId: number
  ): string | undefined => {
    const courseTasksOfPart = courseTasksByCoursePartId(coursePartId);
    const includeTaskWithModels = courseTasksOfPart.some(taskId =>
      courseTasksWithModels.has(taskId)
    );
    if (includeTaskWithModels)
      return t('course.parts.delete-with-model-message');
    if (courseTasksOfPart.length > 0)
      return t('course.parts.delete-with-task-message');
    return t('course.parts.delete-message');
  };

  const handleDeleteCoursePart = async (
    coursePartId: number
  ): Promise<void> => {
    const confirmation = await AsyncConfirmationModal({
      title: t('course.parts.delete'),
      message: deleteCoursePartConfirmMessage(coursePartId),
      confirmDelete: true,
    });
    if (confirmation) {
      delCoursePart.mutate(coursePartId);
      if (selectedPart === coursePartId) {
        const currentRows = [...rows];
        const newRows = currentRows.filter(
          row => row.coursePartId !== coursePartId
        );
        setRows(newRows);
        setInitRows(structuredClone(newRows));
        setSelectedPart(null);
      }
    }
  };

  const isCoursePartDeletable = (coursePartId: number): boolean => {
    return courseTasksByCoursePartId(coursePartId).some(taskId =>
      courseTasksWithGrades.has(taskId)
    );
  };

  const editRights = useMemo(
    () => auth?.role === SystemRole.Admin || isTeacherInCharge,
    [auth?.role, isTeacherInCharge]
  );

  const unsavedChanges = useMemo(
    () => JSON.stringify(initRows) !== JSON.stringify(rows),
    [initRows, rows]
  );

  const blocker = useBlocker(
    ({currentLocation, nextLocation}) =>
      unsavedChanges && currentLocation.pathname !== nextLocation.pathname
  );

  // Warning if leaving with unsaved
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      if (unsavedChanges) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsavedChanges]);

  const updateRows = (partId: number): void => {
    if (courseTasks.data === undefined) return;
    const newRows = courseTasks.data
      .filter(courseTask => courseTask.coursePartId === partId)
      .map(courseTask => ({
        id: courseTask.id,
        coursePartId: courseTask.coursePartId,
        name: courseTask.name,
        daysValid: courseTask.daysValid,
        maxGrade: courseTask.maxGrade,
        archived: courseTask.archived,
        aplusGradeSources: courseTask.aplusGradeSources ?? [],
        externalSources: courseTask.externalSources ?? [],
        new: false,
      }));
    setRows(newRows);
    setInitRows(structuredClone(newRows));
  };

  // Update rows when course tasks change
  const [oldCourseTaskData, setOldCourseTaskData] =
    useState<typeof courseTasks.data>(undefined);
  if (courseTasks.data !== oldCourseTaskData) {
    setOldCourseTaskData(courseTasks.data);
    if (selectedPart !== null) updateRows(selectedPart);
  }

  const handleSelectCoursePart = async (partId: number): Promise<void> => {
    if (partId === selectedPart) return;

    if (unsavedChanges) {
      const confirmation = await AsyncConfirmationModal({confirmDiscard: true});
      if (!confirmation) return;
    }
    setSelectedPart(partId);
    updateRows(partId);
  };

  const handleSubmit = async (): Promise<void> => {
    const modifications: ModifyCourseTasks = {add: [], edit: [], delete: []};

    for (const row of rows) {
      if (row.new) {
        modifications.add!.push({
          name: row.name,
          coursePartId: selectedPart!,
          daysValid: row.daysValid,
          maxGrade: row.maxGrade,
        });
      } else {
        modifications.edit!.push({
          id: row.id,
          name: row.name,
          daysValid: row.daysValid,
          maxGrade: row.maxGrade,
        });
      }
    }
    const newAttIds = new Set(rows.map(row => row.id));
    for (const initRow of initRows) {
      if (!newAttIds.has(initRow.id)) modifications.delete!.push(initRow.id);
    }
    await modifyCourseTasks.mutateAsync(modifications);
    enqueueSnackbar(t('course.parts.saved'), {variant: 'success'});
    setInitRows(structuredClone(rows));
  };

  const removeError = (key: GridRowId): void => {
    setRowErrors((prevErrors) => {
      const newErrors = {...prevErrors};
      delete newErrors[key];
      return newErrors;
    });
  };

  const getAplusActions = (params: GridRowParams<ColTypes>): JSX.Element[] => {
    const elements = [];

    if (editRights) {
      // elements.push(
      //   <Tooltip title={unsavedChanges ? t('course.parts.a+-disabled') : ''}>
      //     <span>
      //       <GridActionsCellItem
      //         label={t('course.parts.add-a+-source')}
      //         icon={<AddCircle />}
      //         disabled={unsavedChanges}
      //         onClick={() =>
      //           setAddAplusSourcesTo({
      //             courseTaskId: params.row.id,
      //             aplusGradeSources: params.row.aplusGradeSources,
      //           })}
      //       />
      //     </span>
      //   </Tooltip>
      // );
      elements.push(
        <Tooltip title={unsavedChanges ? t('course.parts.a+-disabled') : ''}>
          <span>
            <GridActionsCellItem
              label={t('course.parts.external-source.list-title')}
              icon={<AddCircleOutlineOutlined />}
              disabled={unsavedChanges}
              onClick={(event) => {
                setAddExtServiceSourceTarget({
                  courseTaskId: params.row.id,
                  externalSources: params.row.externalSources,
                });
                setAddExtServiceSourceMenuAnchor(event.currentTarget);
              }}
            />
          </span>
        </Tooltip>
      );
    }

    // if (params.row.aplusGradeSources.length > 0) {
    //   elements.push(
    //     <GridActionsCellItem
    //       // Big A icon :p
    //       icon={<FontDownload />}
    //       label={t('course.parts.view-a+-sources')}
    //       onClick={() => {
    //         setAplusGradeSources(params.row.aplusGradeSources);
    //         setViewAplusSourcesOpen(true);
    //       }}
    //     />
    //   );
    // }

    if (params.row.externalSources.length > 0) {
      elements.push(
        <GridActionsCellItem
          icon={<Inventory />}
          label={t('course.parts.external-source.list-title')}
          onClick={() => {
            setExternalSources(params.row.externalSources);
            setViewExternalSourcesOpen(true);
          }}
        />,
      );
    }

    return elements;
  };

  const ArchivalIcon = ({archived}: {archived: boolean}): JSX.Element => {
    return archived ? <Unarchive /> : <Archive />;
  };

  const ArchivalButton = ({
    archived,
    name,
    onClick,
  }: {
    archived: boolean;
    name: string;
    onClick?: () => void;
  }): JSX.Element => {
    return (
      <Tooltip
        placement="top"
        title={
          archived ? t('course.parts.unarchive') : t('course.parts.archive')
        }
      >
        <IconButton
          data-testid={`archive-course-part-${name}`}
          onClick={onClick}
        >
          <ArchivalIcon archived={archived} />
        </IconButton>
      </Tooltip>
    );
  };

  const DeleteIcon = (): JSX.Element => {
    return <Delete />;
  };

  const DeleteButton = ({
    disabled = false,
    onClick,
  }: {
    disabled?: boolean;
    onClick?: () => void;
  }): JSX.Element => {
    return (
      <Tooltip
        placement="top"
        title={
          disabled
            ? t('course.parts.cannot-delete-with-grades')
            : t('course.parts.delete')
        }
      >
        <span>
          <IconButton disabled={disabled} onClick={onClick}>
            <DeleteIcon />
          </IconButton>
        </span>
      </Tooltip>
    );
  };

  const CoursePartItem = ({
    coursePart,
  }: {
    coursePart: CoursePartData;
  }): JSX.Element => {
    const hasModel = gradingModels.data?.some(
      m => m.coursePartId === coursePart.id
    );

    return (
      <ListItem
        sx={{
          backgroundColor: coursePart.archived ? 'primary.light' : '',
          border: selectedPart === coursePart.id ? '1px solid' : 'none',
          borderRadius: '5px',
          mb: 1,
        }}
        disablePadding
        secondaryAction={
          (
            <Box sx={{display: 'flex', alignItems: 'center'}}>
              {hasModel && (
                <Tooltip placement="top" title={t('course.parts.view-model')}>
                  <IconButton
                    aria-label={t('course.parts.view-model')}
                    onClick={() => {
                      const model = gradingModels.data?.find(
                        m => m.coursePartId === coursePart.id
                      );
                      if (model) navigate(`/${courseId}/models/${model.id}`);
                    }}
                  >
                    <AccountTree />
                  </IconButton>
                </Tooltip>
              )}
              {editRights && !hasModel && (
                <Tooltip placement="top" title={t('course.parts.create-model')}>
                  <IconButton
                    aria-label={t('course.parts.create-model')}
                    onClick={() => {
                      setCreateModelPart(coursePart);
                      setCreateModelDialogOpen(true);
                    }}
                    sx={{color: 'warning.main'}}
                  >
                    <AccountTreeOutlined />
                  </IconButton>
                </Tooltip>
              )}
              {editRights && (
                <>
                  {!hasModel && (
                    <Tooltip
                      title={t('course.models.missing-models')}
                      placement="top"
                    >
                      <Warning color="warning" sx={{mr: 1}} />
                    </Tooltip>
                  )}
                  <Tooltip placement="top" title={t('course.parts.edit-part')}>
                    <IconButton
                      data-testid={`edit-course-part-${coursePart.name}`}
                      onClick={() => {
                        setEditPart(coursePart);
                        setEditPartDialogOpen(true);
                      }}
                    >
                      <Edit />
                    </IconButton>
                  </Tooltip>
                  <ArchivalButton
                    name={coursePart.name}
                    archived={coursePart.archived}
                    onClick={() => {
                      editCoursePart.mutate({
                        coursePartId: coursePart.id,
                        coursePart: {
                          archived: !coursePart.archived,
                        },
                      });
                    }}
                  />
                  <DeleteButton
                    disabled={isCoursePartDeletable(coursePart.id)}
                    onClick={async () => handleDeleteCoursePart(coursePart.id)}
                  />
                </>
              )}
            </Box>
          )
        }
      >
        <ListItemButton
          onClick={() => {
            handleSelectCoursePart(coursePart.id);
          }}
        >
          <ListItemText
            primary={coursePart.name}
            secondary={
              coursePart.expiryDate?.toLocaleDateString()
              ?? t('course.parts.no-expiry-date')
            }
          />
        </ListItemButton>
      </ListItem>
    );
  };

  const getActions = (params: GridRowParams<ColTypes>): JSX.Element[] => {
    const elements = [];

    if (params.row.coursePartId !== -1) {
      elements.push(
        <GridActionsCellItem
          data-testid={`archive-row-${params.row.id}`}
          icon={<ArchivalIcon archived={params.row.archived} />}
          label={
            params.row.archived
              ? t('course.parts.unarchive')
              : t('course.parts.archive')
          }
          onClick={() =>
            setRows(oldRows =>
              oldRows.map(row =>
                row.id !== params.id
                  ? row
                  : {...row, archived: !params.row.archived}
              )
            )}
        />
      );
    }
    if (!courseTasksWithGrades.has(params.row.id)) {
      elements.push(
        <GridActionsCellItem
          data-testid={`delete-row-${params.row.id}`}
          icon={<DeleteIcon />}
          label={t('general.delete')}
          onClick={async () => {
            let confirmation = true;
            if (courseTasksWithModels.has(params.row.id)) {
              confirmation = await AsyncConfirmationModal({
                title: t('course.parts.delete-task'),
                message: t('course.parts.delete-task-message'),
                confirmDelete: true,
              });
            }
            if (confirmation) {
              removeError(params.id);
              setRows(oldRows => oldRows.filter(row => row.id !== params.id));
            }
          }}
        />
      );
    }

    return elements;
  };

  const columns: GridColDef<ColTypes>[] = [
    {
      field: 'name',
      headerName: t('general.name'),
      type: 'string',
      editable: editRights,
      preProcessEditCellProps: (params: GridPreProcessEditCellProps) => {
        const error = rows
          .filter(row => row.id !== params.id)
          .map(row => row.name.toLowerCase())
          .includes((params.props.value as string).toLowerCase());

        setRowErrors(prev => ({
          ...prev,
          [params.id]: {
            ...prev[params.id],
            name: error,
          },
        }));
        return {...params.props, error};
      },
    },
    {
      field: 'daysValid',
      headerName: t('general.days-valid'),
      type: 'number',
      editable: editRights,
      width: 150,
      preProcessEditCellProps: (params: GridPreProcessEditCellProps) => {
        const error = params.props.value < 0;
        setRowErrors(prev => ({
          ...prev,
          [params.id]: {
            ...prev[params.id],
            daysValid: error,
          },
        }));
        return {...params.props, error};
      },
    },
    {
      field: 'maxGrade',
      headerName: t('general.max-grade'),
      type: 'number',
      editable: editRights,
      width: 150,
      preProcessEditCellProps: (params: GridPreProcessEditCellProps) => {
        const error = params.props.value < 0;
        setRowErrors(prev => ({
          ...prev,
          [params.id]: {
            ...prev[params.id],
            maxGrade: error,
          },
        }));
        return {...params.props, error};
      },
    },
    {
      field: 'aplusGradeSources',
      headerName: t('general.grade-sources'),
      type: 'actions',
      getActions: getAplusActions,
      width: 150,
    },
    {
      field: 'archived',
      headerName: t('course.parts.archived'),
      type: 'boolean',
      editable: false,
    },
    ...(editRights
      ? [
          {
            field: 'actions',
            headerName: t('general.actions'),
            type: 'actions',
            getActions: getActions,
          } as GridColDef,
        ]
      : []),
  ];

  const DataGridToolbar = (): JSX.Element => {
    const handleClick = (): void => {
      const id = Math.max(0, ...rows.map(row => row.id)) + 1;
      setRows((oldRows) => {
        const newRow: ColTypes = {
          id,
          coursePartId: selectedPart!,
          daysValid: null,
          maxGrade: null,
          name: '',
          archived: false,
          aplusGradeSources: [],
          externalSources: [],
          new: true,
        };
        return oldRows.concat(newRow);
      });

      // Set the new row into edit mode and focus on the 'name' field
      setRowModesModel(oldModel => ({
        ...oldModel,
        [id]: {mode: GridRowModes.Edit, fieldToFocus: 'name'},
      }));
    };

    return (
      <Toolbar>
        <Button
          startIcon={<Add />}
          onClick={handleClick}
          disabled={selectedPart === null || !editRights}
        >
          {t('course.parts.add-new-task')}
        </Button>
        <Tooltip title={unsavedChanges ? t('course.parts.a+-disabled') : ''}>
          <span>
            <ServiceSourceMenuButton
              buttonLabel={t('course.parts.external-source.add')}
              startIcon={<Add />}
              disabled={
                selectedPart === null || unsavedChanges || !editRights
              }
              options={serviceOptions}
              onSelect={(option) => {
                setServiceDialogInfo(option);
                setServiceDialogOpen(true);
              }}
            />
          </span>
        </Tooltip>
      </Toolbar>
    );
  };

  const confirmDiscard = async (): Promise<void> => {
    if (await AsyncConfirmationModal({confirmDiscard: true})) {
      setRows(structuredClone(initRows));
    }
  };

  const handleRowModesModelChange = (
    newRowModesModel: GridRowModesModel
  ): void => {
    setRowModesModel(newRowModesModel);
  };

  return (
    <>
      <CoursePartDialog
        type="new"
        open={addPartDialogOpen}
        onClose={() => setAddPartDialogOpen(false)}
      />
      <CoursePartDialog
        type="edit"
        open={editPartDialogOpen}
        onClose={() => setEditPartDialogOpen(false)}
        coursePart={editPart}
      />
      <CreateGradingModelDialog
        open={createModelDialogOpen}
        onClose={() => setCreateModelDialogOpen(false)}
        onSubmit={(id) => {
          setCreateModelDialogOpen(false);
          navigate(`/${courseId}/models/${id}`);
        }}
        coursePart={createModelPart}
      />
      <RenameGradingModelDialog
        open={renameModelDialogOpen}
        onClose={() => setRenameModelDialogOpen(false)}
        gradingModelId={renameModel?.id ?? null}
        name={renameModel?.name ?? null}
      />
      <AddExtServiceGradeSourceDialog
        onClose={() =>
          setAddExtServiceSourcesTo({courseTaskId: null, externalSources: []})}
        courseTaskId={addExtServiceSourcesTo.courseTaskId}
        externalSources={addExtServiceSourcesTo.externalSources}
        serviceInfo={{
          id: serviceDialogInfo.id,
          label: serviceDialogInfo.label,
          tokenLink: serviceDialogInfo.tokenLink,
        }}
      />
      <Menu
        anchorEl={addExtServiceSourceMenuAnchor}
        open={Boolean(addExtServiceSourceMenuAnchor)}
        onClose={() => {
          setAddExtServiceSourceMenuAnchor(null);
          setAddExtServiceSourceTarget(null);
        }}
      >
        {serviceOptions.map(option => (
          <MenuItem
            key={option.id}
            onClick={() => {
              if (addExtServiceSourceTarget !== null) {
                setServiceDialogInfo(option);
                setAddExtServiceSourcesTo(addExtServiceSourceTarget);
              }
              setAddExtServiceSourceMenuAnchor(null);
              setAddExtServiceSourceTarget(null);
            }}
          >
            {option.label}
          </MenuItem>
        ))}
      </Menu>
      <ViewExternalSourcesDialog
        open={viewExternalSourcesOpen}
        onClose={() => setViewExternalSourcesOpen(false)}
        externalSources={externalSources}
      />
      <UnsavedChangesDialog
        blocker={blocker}
        handleDiscard={() => setRows(structuredClone(initRows))}
      />
      <NewServiceCourseTasksDialog
        open={serviceDialogOpen}
        onClose={() => setServiceDialogOpen(false)}
        coursePartId={selectedPart}
        serviceInfo={{
          id: serviceDialogInfo.id,
          label: serviceDialogInfo.label,
          tokenLink: serviceDialogInfo.tokenLink,
        }}
      />
      <div style={{display: 'flex', alignItems: 'center', gap: '8px'}}>
        <Typography
          variant="h2"
          sx={{
            width: 'fit-content'
          }}
        >
          {t('general.course-parts')}
        </Typography>
        <SaveBar
          show={editRights && unsavedChanges}
          handleDiscard={confirmDiscard}
          handleSave={handleSubmit}
          disabled={editing || hasError}
        />
      </div>
      <Box sx={{display: 'flex', gap: 1, mb: 1, mt: 1}}>
        {editRights && (
          <Button variant="outlined" onClick={() => setAddPartDialogOpen(true)}>
            {t('course.parts.add-new-part')}
          </Button>
        )}
      </Box>
      <Grid
        container
        spacing={2}
        sx={{mt: 2, direction: {xs: 'column', md: 'row'}}}
      >
        <Grid size={{sm: 8, md: 6, lg: 4}}>
          <Collapse in={hasError}>
            <Alert severity="warning" sx={{mb: 1, textAlign: 'left'}}>
              <Typography>{t('course.parts.table-error')}</Typography>
              <ul>
                <li>{t('course.parts.name-error')}</li>
                <li>{t('course.parts.days-valid-error')}</li>
                <li>{t('course.parts.max-grade-error')}</li>
              </ul>
            </Alert>
          </Collapse>
          {courseParts.data === undefined
            ? (
                <CircularProgress />
              )
            : courseParts.data.length === 0
              ? (
                  <Typography>{t('course.parts.no-course-parts')}</Typography>
                )
              : (
                  <>
                    <Collapse
                      data-testid="active-course-parts"
                      in={courseParts.data.find(mod => !mod.archived) !== undefined}
                    >
                      <ListEntries
                        label={t('course.parts.active-parts')}
                        icon={<CheckCircle />}
                        color="success"
                        listWidth="100%"
                      >
                        {courseParts.data
                          .filter(part => !part.archived)
                          .map(coursePart => (
                            <CoursePartItem
                              key={coursePart.id}
                              coursePart={coursePart}
                            />
                          ))}
                      </ListEntries>
                    </Collapse>
                    <Collapse
                      data-testid="archived-course-parts"
                      in={courseParts.data.find(mod => mod.archived) !== undefined}
                      sx={{mt: 2}}
                    >
                      <ListEntries
                        label={t('course.parts.archived-parts')}
                        icon={<Inventory />}
                        listWidth="100%"
                      >
                        {courseParts.data
                          .filter(part => part.archived)
                          .map(coursePart => (
                            <CoursePartItem
                              key={coursePart.id}
                              coursePart={coursePart}
                            />
                          ))}
                      </ListEntries>
                    </Collapse>
                  </>
                )}
        </Grid>
        <Grid size={{md: 12, lg: 8}}>
          <div style={{height: '100%', maxHeight: '70vh'}}>
            <StyledDataGrid
              rows={rows}
              columns={columns}
              rowHeight={25}
              editMode="row"
              rowSelection={false}
              rowModesModel={rowModesModel}
              onRowModesModelChange={handleRowModesModelChange}
              disableColumnSelector
              slots={editRights ? {toolbar: DataGridToolbar} : {}}
              onRowEditStart={() => setEditing(true)}
              onRowEditStop={() => setEditing(false)}
              showToolbar
              processRowUpdate={(updatedRow: ColTypes) => {
                setRows(oldRows =>
                  oldRows.map(row =>
                    row.id === updatedRow.id ? updatedRow : row
                  )
                );
                return updatedRow;
              }}
            />
          </div>
        </Grid>
      </Grid>
      <Box sx={{mt: 4}}>
        <Typography
          variant="h2"
          sx={{
            width: 'fit-content'
          }}
        >
          {t('general.grading-models')}
        </Typography>
        <Box sx={{display: 'flex', gap: 1, mb: 1, mt: 1}}>
          {editRights && (
            <Button
              variant="outlined"
              onClick={() => {
                setCreateModelPart(undefined);
                setCreateModelDialogOpen(true);
              }}
            >
              {t('course.models.create-final-grade-model')}
            </Button>
          )}
        </Box>
        <Grid container>
          <Grid size={{sm: 8, md: 6, lg: 4}}>
            <Collapse
              data-testid="final-grade-models"
              in={finalGradeModels.some(model => !model.archived)}
            >
              <ListEntries
                label={t('course.models.active-models')}
                icon={<CheckCircle />}
                color="success"
                listWidth="100%"
              >
                {finalGradeModels
                  .filter(model => !model.archived)
                  .map(model => (
                    <ModelButton
                      key={model.id}
                      model={model}
                      editRights={editRights}
                      modelsWithFinalGrades={modelsWithFinalGrades}
                      onEdit={() => {
                        setRenameModel(model);
                        setRenameModelDialogOpen(true);
                      }}
                      onArchive={() => {
                        editGradingModel.mutate({
                          courseId,
                          gradingModelId: model.id,
                          gradingModel: {archived: !model.archived},
                        });
                      }}
                      onDelete={() => {
                        delGradingModel.mutate({
                          courseId,
                          gradingModelId: model.id,
                        });
                      }}
                      onClick={() => {
                        navigate(`/${courseId}/models/${model.id}`);
                      }}
                    />
                  ))}
              </ListEntries>
            </Collapse>
            <Collapse
              data-testid="archived-final-grade-models"
              in={finalGradeModels.some(model => model.archived)}
              sx={{mt: 2}}
            >
              <ListEntries
                label={t('course.models.archived-models')}
                icon={<Inventory />}
                listWidth="100%"
              >
                {finalGradeModels
                  .filter(model => model.archived)
                  .map(model => (
                    <ModelButton
                      key={model.id}
                      model={model}
                      editRights={editRights}
                      modelsWithFinalGrades={modelsWithFinalGrades}
                      onEdit={() => {
                        setRenameModel(model);
                        setRenameModelDialogOpen(true);
                      }}
                      onArchive={() => {
                        editGradingModel.mutate({
                          courseId,
                          gradingModelId: model.id,
                          gradingModel: {archived: !model.archived},
                        });
                      }}
                      onDelete={() => {
                        delGradingModel.mutate({
                          courseId,
                          gradingModelId: model.id,
                        });
                      }}
                      onClick={() => {
                        navigate(`/${courseId}/models/${model.id}`);
                      }}
                    />
                  ))}
              </ListEntries>
            </Collapse>
          </Grid>
        </Grid>
      </Box>
    </>
  );
};

export default CoursePartsView;
