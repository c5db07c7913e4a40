import { Button, Col, Modal, Row, Select, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CheckService } from '@client/services/check';
import { CourseTaskDetailedDto } from '@client/api';
import { BadReviewTable } from './BadReviewTable';

interface IBadReviewControllersProps {
  courseTasks: CourseTaskDetailedDto[];
  courseId: number;
}

export interface IBadReview {
  checkerScore: number;
  comment?: string | null;
  taskName: string;
  checkerGithubId: string;
  studentGithubId: string;
  studentAvgScore?: number;
}

export type checkType = 'Bad comment' | 'Did not check' | 'No type';

export function BadReviewControllers({ courseTasks, courseId }: IBadReviewControllersProps) {
  const { Option } = Select;
  const [taskId, setTaskId] = useState<number>();
  const [data, setData] = useState<IBadReview[]>();
  const [isLoading, setIsLoading] = useState<boolean>(true);
  const [checkType, setCheckType] = useState<checkType>();
  const [isModalVisible, setIsModalVisible] = useState<boolean>(false);
  const checkService = useMemo(() => new CheckService(), []);

  const getData = useCallback(async (): Promise<void> => {
    if (taskId && checkType) {
      setIsLoading(true);
      const dataFromService = await checkService.getData(taskId, checkType, courseId);
      setData(dataFromService);
      setIsLoading(false);
    }
  }, [taskId, checkType, checkService, courseId]);

  const showModal = () => {
    setIsModalVisible(true);
  };

  const handleCancel = () => {
    setIsModalVisible(false);
  };

  const buttonHandler = (type: checkType) => {
    setCheckType(type);
    showModal();
  };

  useEffect(() => setCheckType('No type'), [taskId]);

  useEffect(() => {
    getData();
  }, [checkType]);

  return (
    <>
      <Row gutter={16} justify="start" style={{ marginBottom: '10px' }}>
        <Col>
          <Select
            placeholder="Select task"
            style={{ width: 200 }}
            onChange={(value: number) => setTaskId(value)}
            showSearch
            optionFilterProp="label"
          >
            {courseTasks.map(task => (
              <Option key={task.id} value={task.id} label={task.name}>
                {task.name}
              </Option>
            ))}
          </Select>
        </Col>
        <Col>
          <Button type="primary" href={`/api/v2/courses/${courseId}/cross-checks/${taskId}/csv`} disabled={!taskId}>
            Download solutions urls
          </Button>
        </Col>
        <Col>
          <Button type="primary" danger onClick={() => buttonHandler('Bad comment')} disabled={!taskId}>
            Bad comment
          </Button>
        </Col>
        <Col>
          <Button type="primary" danger onClick={() => buttonHandler('Did not check')} disabled={!taskId}>
            Didn't check
          </Button>
        </Col>
      </Row>
      <Modal
        title={`Bad checkers in ${checkType}`}
        open={isModalVisible}
        width={1250}
        style={{ top: 20 }}
        onCancel={handleCancel}
        footer={[
          <Button key="cancel" type="primary" onClick={handleCancel}>
            Cancel
          </Button>,
        ]}
      >
        {isLoading || !data ? <Spin /> : <BadReviewTable data={data} type={checkType!} />}
      </Modal>
    </>
  );
}
