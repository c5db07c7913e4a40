import { Content } from "@/components/Content";
import { TaskProgressCheckbox } from "@/components/TaskProgressCheckbox";
import { UserDataErrorAlert } from "@/components/UserDataErrorAlert";
import { useConfig } from "@/lib/data-hooks/useConfig";
import { useRoadmap } from "@/lib/data-hooks/useRoadmap";
import { useUserData } from "@/lib/data-hooks/useUserData";
import {
  getModifiedTaskBooleanUndefined,
  getModifiedTaskContent,
} from "@/lib/utils/roadmap-helpers";
import { isFormationTask, TaskProgress } from "@businessnjgovnavigator/shared";
import { Task } from "@businessnjgovnavigator/shared/types";
import { ReactElement } from "react";

interface Props {
  task: Task;
  tooltipText?: string;
}

export const TaskHeader = (props: Props): ReactElement => {
  const { business } = useUserData();
  const { roadmap } = useRoadmap();

  const currentTaskProgress: TaskProgress = business?.taskProgress[props.task.id] ?? "TO_DO";

  const { Config } = useConfig();

  const hasCompletedAPIFormation = (): boolean => {
    return business?.formationData.getFilingResponse?.success === true;
  };

  const getDisabledText = (): string | undefined => {
    if (isFormationTask(props.task.id) && hasCompletedAPIFormation()) {
      return Config.formationDateModal.lockedStatusTooltipText;
    }

    return props.tooltipText;
  };

  const getTextColorClass = (): string => {
    switch (currentTaskProgress) {
      case "TO_DO":
        return "text-base-dark";
      case "COMPLETED":
        return "text-primary";
    }
  };

  const getBgColorClass = (): string => {
    switch (currentTaskProgress) {
      case "TO_DO":
        return "bg-base-extra-light";
      case "COMPLETED":
        return "bg-primary-extra-light";
    }
  };

  return (
    <>
      <div
        className={`${getBgColorClass()} margin-x-neg-4 margin-top-neg-4 padding-x-4 padding-bottom-2 padding-top-4 margin-bottom-2 radius-top-lg`}
      >
        <div
          className="flex flex-align-center flex-wrap margin-top-0 margin-bottom-2"
          data-testid="taskProgress"
        >
          <div className="margin-right-105 margin-bottom-1">
            <TaskProgressCheckbox taskId={props.task.id} disabledTooltipText={getDisabledText()} />
          </div>
          {getModifiedTaskBooleanUndefined(roadmap, props.task, "required") === true && (
            <span className={`${getTextColorClass()} display-inline-block margin-bottom-1`}>
              <Content>{Config.taskDefaults.requiredLabelText}</Content>
            </span>
          )}
        </div>
        <h1 data-task-id={props.task.id}>{getModifiedTaskContent(roadmap, props.task, "name")}</h1>
      </div>

      <UserDataErrorAlert />
    </>
  );
};
