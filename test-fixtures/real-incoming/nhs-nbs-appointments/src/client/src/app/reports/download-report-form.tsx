'use client';
import { RFC3339Format, ukNow } from '@services/timeService';
import {
  downloadReportFormSchema,
  DownloadReportFormValues,
  REPORT_DATE_EARLIEST_ALLOWED,
} from './download-report-form-schema';
import { Controller, SubmitHandler, useForm } from 'react-hook-form';
import { yupResolver } from '@hookform/resolvers/yup';
import { BackLink, Button, ButtonGroup } from '@components/nhsuk-frontend';
import Datepicker from '@components/nhsuk-frontend/custom/datepicker';
import { BackLinkProps } from '@components/nhsuk-frontend/back-link';
import { Heading } from 'nhsuk-react-components';

type DownloadReportFormProps = {
  setReportRequest: (reportRequest: DownloadReportFormValues) => void;
  backLink: BackLinkProps;
};

const DownloadReportForm = ({
  setReportRequest,
  backLink,
}: DownloadReportFormProps) => {
  const today = ukNow();
  const {
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<DownloadReportFormValues>({
    defaultValues: {
      startDate: today.format(RFC3339Format),
      endDate: today.format(RFC3339Format),
    },
    resolver: yupResolver(downloadReportFormSchema),
  });

  const submitForm: SubmitHandler<DownloadReportFormValues> = async (
    form: DownloadReportFormValues,
  ) => {
    setReportRequest(form);
  };

  return (
    <>
      <BackLink {...backLink} />
      <br />
      <Heading headingLevel="h2">Select the dates and run a report</Heading>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <form onSubmit={handleSubmit(submitForm)}>
            {errors.root && (
              <span className="nhsuk-error-message">
                <span className="nhsuk-u-visually-hidden">Error: </span>
                {errors.root.message}
              </span>
            )}
            <Controller
              name="startDate"
              control={control}
              render={({ field }) => (
                <Datepicker
                  id="startDate"
                  label="Start date"
                  hint="For example, 17/05/2024."
                  min={REPORT_DATE_EARLIEST_ALLOWED}
                  max={today.add(3, 'month').format(RFC3339Format)}
                  error={errors.startDate?.message}
                  {...field}
                />
              )}
            />
            <Controller
              name="endDate"
              control={control}
              render={({ field }) => (
                <Datepicker
                  id="endDate"
                  label="End date"
                  hint="For example, 17/05/2024."
                  min={REPORT_DATE_EARLIEST_ALLOWED}
                  max={today.add(3, 'month').format(RFC3339Format)}
                  error={errors.endDate?.message}
                  {...field}
                />
              )}
            />
            <ButtonGroup>
              <Button type="submit">Create report</Button>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
};

export default DownloadReportForm;
