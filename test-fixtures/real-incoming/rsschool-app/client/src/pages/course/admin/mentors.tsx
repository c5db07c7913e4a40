import { DownOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, Divider, Dropdown, MenuProps, Modal, Row, Space, Statistic, Table, message } from 'antd';
import { CourseMentorsApi, CourseStatsApi, MentorDetailsDto } from '@client/api';
import { AdminPageLayout } from '@client/shared/components/PageLayout';
import { AssignStudentModal } from '@client/components/Student';
import { PersonCell, getColumnSearchProps, numberSorter, stringSorter } from '@client/shared/components/Table';
import { Session } from '@client/components/withSession';
import { SessionContext, SessionProvider, useActiveCourseContext } from '@client/modules/Course/contexts';
import { useContext, useMemo, useState } from 'react';
import { useAsync } from 'react-use';
import { CourseService } from '@client/services/course';
import { relativeDays } from '@client/services/formatter';
import { CourseRole } from '@client/services/models';

type Stats = {
  students: { studentsGroupName: string; totalCount: number }[];
  recordCount: number;
};

const courseMentorsApi = new CourseMentorsApi();
const courseStatsApi = new CourseStatsApi();

function getItems(mentor: MentorDetailsDto, session: Session): MenuProps['items'] {
  return [
    {
      label: 'Add student',
      key: 'student',
      disabled: !mentor.isActive,
    },
    {
      label: 'Expel',
      key: 'expel',
      disabled: !mentor.isActive,
    },
    {
      label: 'Restore',
      key: 'restore',
      disabled: mentor.isActive,
    },
    session.isAdmin
      ? {
          label: 'Endorsement',
          key: 'endorsment',
        }
      : null,
  ].filter(Boolean) as MenuProps['items'];
}

function Page() {
  const session = useContext(SessionContext);
  const { course, courses } = useActiveCourseContext();
  const courseId = course.id;
  const [loading, setLoading] = useState(false);
  const [stats, setStats] = useState(null as Stats | null);
  const [mentors, setMentors] = useState<MentorDetailsDto[]>([]);
  const [currentMentor, setCurrentMentor] = useState<string | null>(null);
  const [modal, contextHolder] = Modal.useModal();

  const service = useMemo(() => new CourseService(courseId), [courseId]);

  const studentsValueName = ['Students with a mentor', 'Students who can have a mentor'];

  useAsync(async () => {
    setLoading(true);
    const [{ data: mentorsStats }, { data: records }] = await Promise.all([
      courseStatsApi.getCourseMentors(courseId),
      courseMentorsApi.getMentorsDetails(courseId),
    ]);

    const studentsGroupCount = records.reduce(
      (acc, { studentsCount, maxStudentsLimit, isActive }) => {
        acc[0] = (acc[0] ?? 0) + (studentsCount ? studentsCount : 0);
        acc[1] = (acc[1] ?? 0) + (maxStudentsLimit && isActive ? maxStudentsLimit : 0);
        return acc;
      },
      [0, 0] as [number, number],
    );

    setLoading(false);
    setMentors(records);
    setStats({
      recordCount: mentorsStats.mentorsActiveCount,
      students: studentsValueName.map((valueName, idx) => ({
        studentsGroupName: valueName,
        totalCount: studentsGroupCount[idx] ?? 0,
      })),
    });
  }, []);

  const handleExpel = async ({ githubId }: MentorDetailsDto) => {
    try {
      setLoading(true);
      await service.expelMentor(githubId);
      setMentors(prevRecords => prevRecords.map(r => (r.githubId === githubId ? { ...r, isActive: false } : r)));
    } catch {
      message.error('An error occured. Please try later.');
    } finally {
      setLoading(false);
    }
  };

  const handleRestore = async ({ githubId }: MentorDetailsDto) => {
    try {
      setLoading(true);
      await service.restoreMentor(githubId);
      setMentors(prevRecords => prevRecords.map(r => (r.githubId === githubId ? { ...r, isActive: true } : r)));
    } catch {
      message.error('An error occured. Please try later.');
    } finally {
      setLoading(false);
    }
  };

  const handleMenuClick = async (menuItem: { key: string }, mentor: MentorDetailsDto) => {
    switch (menuItem.key) {
      case 'student': {
        setCurrentMentor(mentor.githubId);
        break;
      }
      case 'expel': {
        modal.confirm({
          onOk: () => handleExpel(mentor),
          title: 'Are you sure you want to expel this mentor?',
        });
        break;
      }
      case 'restore':
        modal.confirm({
          onOk: () => handleRestore(mentor),
          title: 'Do you want to restore the mentor?',
        });
        break;
    }
  };

  const exportToCsv = () => (window.location.href = `/api/v2/course/${courseId}/mentors/details/csv`);

  return (
    <AdminPageLayout loading={loading} title="Course Mentors" showCourseName courses={courses}>
      <div style={{ maxWidth: 310, flex: 'auto', border: '1px rgba(0, 0, 0, 0.06) dashed', padding: '10px' }}>
        <Statistic title="Active Mentors" value={stats?.recordCount} />
        <Statistic title="Max Students Count" value={stats?.students[1]?.totalCount ?? 0} />
        <Table
          pagination={false}
          size="small"
          rowKey="studentsGroupName"
          dataSource={stats?.students ?? []}
          columns={[
            { title: 'Group of students', dataIndex: 'studentsGroupName' },
            { title: 'Count', dataIndex: 'totalCount' },
          ]}
        />
      </div>
      <Divider dashed />
      <Row justify="end" style={{ marginBottom: 16, marginTop: 16 }}>
        <Button icon={<FileExcelOutlined />} style={{ marginRight: 8 }} onClick={exportToCsv}>
          Export CSV
        </Button>
      </Row>
      <Table<MentorDetailsDto>
        rowKey="githubId"
        rowClassName={record => (!record.isActive ? 'rs-table-row-cols-disabled' : '')}
        pagination={{ pageSize: 100 }}
        size="small"
        dataSource={mentors}
        columns={[
          {
            title: 'Mentor',
            dataIndex: 'githubId',
            sorter: stringSorter('githubId'),
            width: 200,
            render: (_, record) => <PersonCell value={record} />,
            ...getColumnSearchProps(['githubId', 'name']),
          },
          {
            title: 'City',
            dataIndex: 'cityName',
            key: 'cityName',
            width: 100,
            sorter: stringSorter('cityName'),
            ...getColumnSearchProps('cityName'),
          },
          {
            title: 'Country',
            dataIndex: 'countryName',
            key: 'countryName',
            width: 100,
            sorter: stringSorter('countryName'),
            ...getColumnSearchProps('countryName'),
          },
          {
            title: 'Preference',
            dataIndex: 'studentsPreference',
            sorter: stringSorter('studentsPreference'),
            width: 80,
          },
          {
            title: 'Max Students',
            dataIndex: 'maxStudentsLimit',
            sorter: numberSorter('maxStudentsLimit'),
            width: 80,
          },
          {
            title: 'Screenings',
            dataIndex: ['screenings'],
            sorter: numberSorter('screenings.completed' as keyof MentorDetailsDto),
            width: 80,
            render: value => `${value.completed} / ${value.total}`,
          },
          {
            title: 'Interviews',
            dataIndex: ['interviews'],
            sorter: numberSorter('interviews.completed' as keyof MentorDetailsDto),
            width: 80,
            render: value => `${value.completed} / ${value.total}`,
          },
          {
            title: 'Students',
            dataIndex: 'studentsCount',
            sorter: numberSorter('studentsCount'),
            width: 80,
          },
          {
            title: 'Checked Tasks',
            dataIndex: 'taskResultsStats',
            sorter: numberSorter('taskResultsStats.checked' as keyof MentorDetailsDto),
            render: value => `${value.checked} / ${value.total}`,
          },
          {
            title: 'Last Checked Task',
            dataIndex: ['taskResultsStats', 'lastUpdatedDate'],
            sorter: numberSorter('taskResultsStats.lastUpdatedDate' as keyof MentorDetailsDto),
            render: (value: string) => (value ? `${relativeDays(value)} days ago` : null),
          },
          {
            dataIndex: 'actions',
            width: 120,
            render: (_: string, mentor: MentorDetailsDto) => {
              const items = getItems(mentor, session);
              return (
                <Dropdown menu={{ items, onClick: e => handleMenuClick(e, mentor) }}>
                  <Button>
                    <Space>
                      Actions
                      <DownOutlined />
                    </Space>
                  </Button>
                </Dropdown>
              );
            },
          },
        ]}
      />
      <AssignStudentModal
        onClose={() => setCurrentMentor(null)}
        courseId={courseId}
        open={Boolean(currentMentor)}
        mentorGithuId={currentMentor}
      />
      {contextHolder}
    </AdminPageLayout>
  );
}

export default function () {
  return (
    <SessionProvider allowedRoles={[CourseRole.Manager, CourseRole.Supervisor]}>
      <Page />
    </SessionProvider>
  );
}
