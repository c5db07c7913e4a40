// SPDX-FileCopyrightText: 2026 The Ossi Developers
//
// SPDX-License-Identifier: MIT

import {ChevronRight} from '@mui/icons-material';
import {
  Box,
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  type DialogProps,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import {enqueueSnackbar} from 'notistack';
import {
  type ChangeEvent,
  type JSX,
  useCallback,
  useMemo,
  useState,
} from 'react';
import {useTranslation} from 'react-i18next';
import {useParams} from 'react-router-dom';

import type {NewTaskGrade, ServiceSourceOption} from '@/common/types';
import ServiceTokenDialog from '@/components/shared/auth/ServiceTokenDialog';
import {
  type ExtServiceImportStreamEvent,
  ExtServiceImportStreamEventType,
  fetchExtServiceGradesStream,
} from '@/hooks/api/extServices';
import {
  useAddGrades,
  useGetClientEnvVariables,
  useGetCourseParts,
  useGetCourseTasks,
} from '@/hooks/useApi';
import {getServiceToken} from '@/utils';

type PropsType = {
  open: boolean;
  onClose: (() => void);
};

type SourceEntry = {
  id: string;
  label: string;
  courseTaskId: number;
  serviceId?: string;
};

type TaskListEntry = {
  partName: string;
  taskId: number;
  taskName: string;
  sources: SourceEntry[];
};

type SelectedTasks = {
  externalTaskIdsByService: Map<string, number[]>;
};

const ImportGradesDialog = ({
  open,
  onClose,
}: PropsType): JSX.Element | null => {
  const {t} = useTranslation();
  const {courseId} = useParams() as {courseId: string};
  const {data: clientEnv} = useGetClientEnvVariables();

  const services = clientEnv?.EXTERNAL_SERVICES || [];

  const serviceOptionsById: Partial<Record<string, ServiceSourceOption>> =
    Object.fromEntries(
      services.map(option => [option.id.toLowerCase(), option])
    );

  const courseParts = useGetCourseParts(courseId);
  const courseTasks = useGetCourseTasks(courseId);
  const addGrades = useAddGrades(courseId);

  const [selectedTaskIds, setSelectedTaskIds] = useState<number[]>([]);
  const [isImporting, setIsImporting] = useState(false);
  const [previewGrades, setPreviewGrades] = useState<NewTaskGrade[] | null>(null);
  const [importStatusMessage, setImportStatusMessage] = useState<string | null>(null);
  const [importProgress, setImportProgress] = useState<{
    completedTasks: number;
    totalTasks: number;
  } | null>(null);

  const [serviceTokenDialogOpen, setServiceTokenDialogOpen] = useState(false);
  const [serviceTokenInfo, setServiceTokenInfo] =
    useState<ServiceSourceOption | null>(null);

  const formatSourceLabel = (
    serviceLabel: string,
    sourceName: string,
    instance?: string
  ): string => {
    const instancePrefix = instance ? `${instance} | ` : '';
    return `${serviceLabel}: ${instancePrefix}${sourceName}`.trim();
  };

  const externalSourceLabelById = useMemo(() => {
    const map = new Map<number, string>();
    for (const task of courseTasks.data ?? []) {
      for (const source of task.externalSources ?? []) {
        map.set(
          source.id,
          formatSourceLabel(
            serviceOptionsById[source.externalServiceName.toLowerCase()]?.label
            ?? '',
            source.sourceInfo.itemname ?? '',
            source.externalCourse.instance
          )
        );
      }
    }
    return map;
  }, [courseTasks.data]);

  const partNameById = useMemo(() => {
    const map = new Map<number, string>();
    for (const part of courseParts.data ?? []) {
      map.set(part.id, part.name);
    }
    return map;
  }, [courseParts.data]);

  const taskList = useMemo<TaskListEntry[]>(() => {
    if (!courseTasks.data) return [];

    const result: TaskListEntry[] = [];

    for (const task of courseTasks.data) {
      if (task.archived) continue;

      const sources: SourceEntry[] = [];
      for (const source of task.externalSources ?? []) {
        const serviceId = source.externalServiceName.toLowerCase();
        const label = externalSourceLabelById.get(source.id) ?? '';
        sources.push({
          id: `ext:${source.id}`,
          label,
          courseTaskId: task.id,
          serviceId,
        });
      }

      if (sources.length === 0) continue;

      result.push({
        partName: partNameById.get(task.coursePartId) ?? t('general.course-part'),
        taskId: task.id,
        taskName: task.name,
        sources,
      });
    }

    return result;
  }, [courseTasks.data, externalSourceLabelById, partNameById, t]);

  const sourcesByTaskId = useMemo(() => {
    const map = new Map<number, SourceEntry[]>();
    for (const entry of taskList) {
      map.set(entry.taskId, entry.sources);
    }
    return map;
  }, [taskList]);

  const selectedTaskSet = useMemo(
    () => new Set(selectedTaskIds),
    [selectedTaskIds]
  );

  const toggleTasks = (taskIds: number[], checked: boolean): void => {
    setSelectedTaskIds((prev) => {
      const next = new Set(prev);
      for (const taskId of taskIds) {
        if (checked) next.add(taskId);
        else next.delete(taskId);
      }
      return Array.from(next);
    });
  };

  const selectedTasksByService = useMemo<SelectedTasks>(() => {
    const externalTaskIdSetsByService = new Map<string, Set<number>>();

    for (const taskId of selectedTaskIds) {
      const sources = sourcesByTaskId.get(taskId) ?? [];
      for (const source of sources) {
        if (!source.serviceId) continue;

        if (!externalTaskIdSetsByService.has(source.serviceId)) {
          externalTaskIdSetsByService.set(source.serviceId, new Set());
        }
        externalTaskIdSetsByService
          .get(source.serviceId)!
          .add(source.courseTaskId);
      }
    }

    const externalTaskIdsByService = new Map<string, number[]>();
    for (const [serviceId, taskIdSet] of externalTaskIdSetsByService) {
      externalTaskIdsByService.set(serviceId, Array.from(taskIdSet));
    }

    return {
      externalTaskIdsByService,
    };
  }, [selectedTaskIds, sourcesByTaskId]);

  const handleFetchGrades = useCallback(async (): Promise<void> => {
    if (selectedTaskIds.length === 0) return;

    const selectedTasks = selectedTasksByService;
    for (const [serviceId] of selectedTasks.externalTaskIdsByService) {
      if (getServiceToken(serviceId)) continue;

      setServiceTokenInfo(serviceOptionsById[serviceId] ?? {
        id: serviceId,
        label: serviceId,
        tokenLink: '',
      });
      setServiceTokenDialogOpen(true);
      return;
    }

    try {
      setIsImporting(true);
      setImportStatusMessage(null);
      setImportProgress(null);
      const responses: NewTaskGrade[][] = [];

      for (const [serviceId, courseTaskIds] of selectedTasks.externalTaskIdsByService) {
        const serviceInfo = serviceOptionsById[serviceId] ?? {
          id: serviceId,
          label: serviceId,
          tokenLink: '',
        };

        setImportStatusMessage(
          t('course.results.fetching-grades-wait-service', {
            service: serviceInfo.label,
          }),
        );
        setImportProgress({
          completedTasks: 0,
          totalTasks: courseTaskIds.length,
        });

        const grades: NewTaskGrade[] = await fetchExtServiceGradesStream(
          courseId,
          courseTaskIds,
          serviceInfo,
          (event: ExtServiceImportStreamEvent) => {
            if (event.type === ExtServiceImportStreamEventType.Heartbeat) {
              return;
            }

            setImportStatusMessage(event.message);

            if ('completedTasks' in event && 'totalTasks' in event) {
              setImportProgress({
                completedTasks: event.completedTasks,
                totalTasks: event.totalTasks,
              });
            }
          },
        );

        responses.push(grades);
      }

      const allGrades = responses.flat();

      if (allGrades.length === 0) {
        enqueueSnackbar(t('course.results.no-service-grades'), {
          variant: 'warning',
        });
        return;
      }

      setPreviewGrades(allGrades);
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') {
        return;
      }

      enqueueSnackbar(
        error instanceof Error ? error.message : t('general.error'),
        {variant: 'error'},
      );
    } finally {
      setIsImporting(false);
    }
  }, [courseId, selectedTaskIds.length, selectedTasksByService, t]);

  const handleSubmit = async (): Promise<void> => {
    if (!previewGrades || previewGrades.length === 0) return;
    await addGrades.mutateAsync(previewGrades);
    enqueueSnackbar(t('course.results.grades-saved'), {variant: 'success'});
    onClose();
  };

  const handleDialogClose: NonNullable<DialogProps['onClose']> = (
    _,
    reason,
  ): void => {
    if (reason === 'backdropClick') return;
    setSelectedTaskIds([]);
    setIsImporting(false);
    setServiceTokenDialogOpen(false);
    setServiceTokenInfo(null);
    setPreviewGrades(null);
    setImportStatusMessage(null);
    setImportProgress(null);

    onClose();
  };

  if (!open) return null;

  return (
    <>
      <Dialog open={open} onClose={handleDialogClose} maxWidth="md" fullWidth>
        <DialogTitle>
          {previewGrades
            ? t('course.results.confirm-service-grades', {
                count: previewGrades.length,
                service: t('general.grade-sources'),
              })
            : t('course.parts.select-grade-sources')}
        </DialogTitle>
        <DialogContent>
          {isImporting && (
            <Box sx={{mb: 2}}>
              <Typography>
                {importStatusMessage ?? t('course.parts.fetching-grades')}
              </Typography>
              <LinearProgress
                variant={importProgress ? 'buffer' : 'indeterminate'}
                value={
                  importProgress && importProgress.totalTasks > 0
                    ? (importProgress.completedTasks / importProgress.totalTasks) * 100
                    : undefined
                }
                valueBuffer={importProgress && importProgress.totalTasks > 0
                  ? (importProgress.completedTasks / importProgress.totalTasks) * 100
                  : undefined}
                sx={{mt: 1}}
              />
            </Box>
          )}

          {!isImporting && !previewGrades && taskList.length === 0 && (
            <Typography>{t('course.results.no-service-sources')}</Typography>
          )}

          {!isImporting && !previewGrades && taskList.length > 0 && (
            <List dense disablePadding>
              {taskList.map(entry => (
                <ListItem key={entry.taskId} alignItems="flex-start" disablePadding>
                  <ListItemButton
                    onClick={() =>
                      toggleTasks([entry.taskId], !selectedTaskSet.has(entry.taskId))}
                    sx={{
                      alignItems: 'flex-start',
                      bgcolor: selectedTaskSet.has(entry.taskId)
                        ? 'action.selected'
                        : 'transparent',
                      border: 1,
                      borderColor: 'divider',
                      borderRadius: 1,
                      mb: 1,
                      '&:hover': {
                        bgcolor: selectedTaskSet.has(entry.taskId)
                          ? 'action.selected'
                          : 'action.hover',
                      },
                    }}
                  >
                    <ListItemText
                      primary={(
                        <FormControlLabel
                          control={(
                            <Checkbox
                              checked={selectedTaskSet.has(entry.taskId)}
                              onChange={(event: ChangeEvent<HTMLInputElement>) =>
                                toggleTasks([entry.taskId], event.target.checked)}
                              onClick={event => event.stopPropagation()}
                            />
                          )}
                          label={(
                            <Box sx={{display: 'flex', alignItems: 'center', gap: 1}}>
                              <Typography>{entry.partName}</Typography>
                              <ChevronRight fontSize="small" />
                              <Typography>{entry.taskName}</Typography>
                            </Box>
                          )}
                        />
                      )}
                      secondary={(
                        <Stack
                          direction="row"
                          spacing={1}
                          useFlexGap
                          sx={{
                            flexWrap: 'wrap'
                          }}
                        >
                          {entry.sources.map(source => (
                            <Chip key={source.id} label={source.label} size="small" />
                          ))}
                        </Stack>
                      )}
                    />
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          )}

          {!isImporting && previewGrades && (
            <TableContainer component={Paper}>
              <Table>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('general.student-number')}</TableCell>
                    <TableCell>{t('general.course-task')}</TableCell>
                    <TableCell>{t('general.source-name')}</TableCell>
                    <TableCell>{t('general.grade')}</TableCell>
                    <TableCell>{t('general.date')}</TableCell>
                    <TableCell>{t('general.expiry-date')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {previewGrades.map(row => (
                    <TableRow key={`${row.studentNumber}-${row.courseTaskId}-${row.date.toISOString()}`}>
                      <TableCell>{row.studentNumber}</TableCell>
                      <TableCell>
                        {courseTasks.data?.find(task => task.id === row.courseTaskId)?.name ?? row.courseTaskId}
                      </TableCell>
                      <TableCell>{externalSourceLabelById.get(row.externalSourceId ?? 0) ?? ''}</TableCell>
                      <TableCell>{row.grade}</TableCell>
                      <TableCell>{row.date.toDateString()}</TableCell>
                      <TableCell>
                        {row.expiryDate ? row.expiryDate.toDateString() : ''}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </DialogContent>
        <DialogActions>
          {previewGrades
            ? (
                <>
                  <Button
                    onClick={() => setPreviewGrades(null)}
                    disabled={isImporting}
                  >
                    {t('general.back')}
                  </Button>
                  <Button
                    variant="contained"
                    onClick={handleSubmit}
                    disabled={isImporting}
                  >
                    {t('general.submit')}
                  </Button>
                </>
              )
            : (
                <>
                  <Button onClick={onClose}>
                    {isImporting ? t('general.cancel') : t('general.close')}
                  </Button>
                  <Button
                    variant="contained"
                    onClick={() => void handleFetchGrades()}
                    disabled={selectedTaskIds.length === 0 || isImporting}
                  >
                    {t('general.import')}
                  </Button>
                </>
              )}
        </DialogActions>
      </Dialog>
      {serviceTokenInfo && (
        <ServiceTokenDialog
          open={serviceTokenDialogOpen}
          onClose={() => {
            setServiceTokenDialogOpen(false);
          }}
          onSubmit={() => {
            setServiceTokenDialogOpen(false);
            void handleFetchGrades();
          }}
          serviceInfo={serviceTokenInfo}
        />
      )}
    </>
  );
};

export default ImportGradesDialog;
