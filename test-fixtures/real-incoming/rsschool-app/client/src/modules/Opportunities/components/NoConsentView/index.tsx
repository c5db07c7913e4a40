import { Button, Modal, Result, theme, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { List } from '@client/shared/components/List';

const { Paragraph, Title, Text } = Typography;
const { Item } = List;

type Props = {
  isOwner?: boolean;
  giveConsent: () => void;
};

export const confirmationModalInfo = {
  en: {
    header: 'Attention! The following information will be public:',
    availableDataList: [
      'Personal information (Name, Desired Position, English level, Military Service, Avatar, Link to a presentation, Self-Description, etc.)',
      'Contact details (Phone, Email, Skype, Telegram, LinkedIn, Location, GitHub username, Website Link)',
      'Information about passed school courses (Courses Info, Mentor, Course Status, Score, Position);',
      'Public feedback information (Gratitudes)',
    ],
  },
  ru: {
    header: 'Внимание! Следующая информация будет публичной:',
    availableDataList: [
      'Личная информация (имя, желаемая позиция, уровень английского, отношение к военной службе, аватар, ссылка на самопрезентацию, краткое самоописание и т.д.)',
      'Контактные данные (телефон, электронная почта, Skype, Telegram, LinkedIn, локация, в которой хотите работать, GitHub, ссылка на веб-сайт)',
      'Информация о пройденных в школе курсах (в каких курсах принято участие, статус курса для участника, скор, место в скоре)',
      'Информация о публичной обратной связи (отзывы в RS School App)',
    ],
  },
};

export const NoConsentView = (props: Props) => {
  const { token } = theme.useToken();
  const { isOwner, giveConsent } = props;
  const [modal, contextHolder] = Modal.useModal();

  const confirmationModalContent = (
    <List
      header={
        <Title level={4} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }}>
          {confirmationModalInfo.en.header}
          <Tooltip
            placement="topLeft"
            title={confirmationModalInfo.ru.header}
            getPopupContainer={triggerNode => triggerNode.parentElement || document.body}
          >
            <QuestionCircleOutlined data-testid={confirmationModalInfo.ru.header} />
          </Tooltip>
        </Title>
      }
      dataSource={confirmationModalInfo.en.availableDataList}
      renderItem={(text, idx) => (
        <Item style={{ alignItems: 'flex-start', flexWrap: 'nowrap', gap: token.paddingXS }}>
          <Paragraph>{text}</Paragraph>
          <Tooltip
            placement="topLeft"
            title={confirmationModalInfo.ru.availableDataList[idx]}
            getPopupContainer={triggerNode => triggerNode.parentElement || document.body}
          >
            <QuestionCircleOutlined data-testid={confirmationModalInfo.ru.availableDataList[idx]} />
          </Tooltip>
        </Item>
      )}
    />
  );

  const showConfirmationModal = () => {
    modal.confirm({
      icon: null,
      content: confirmationModalContent,
      maskClosable: true,
      onOk() {
        giveConsent();
      },
      okText: 'I consent',
    });
  };

  return (
    <>
      {contextHolder}
      {isOwner ? (
        <Result
          icon={<span></span>}
          title={<Title>You don't have a CV yet.</Title>}
          subTitle={
            <Text style={{ fontSize: '24px' }}>You can create a public CV that can be shared with employers.</Text>
          }
          extra={
            <Button
              style={{ width: '140px', height: '44px' }}
              type="primary"
              htmlType="button"
              onClick={showConfirmationModal}
            >
              <PlusOutlined /> Create CV
            </Button>
          }
        />
      ) : (
        <Result status={403} title="This user doesn't have CV yet" />
      )}
    </>
  );
};
