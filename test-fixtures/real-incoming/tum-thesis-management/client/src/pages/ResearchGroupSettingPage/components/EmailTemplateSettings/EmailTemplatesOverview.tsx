import { useEffect, useState } from 'react'
import { getApiResponseErrorMessage } from '../../../../requests/handler'
import { doRequest } from '../../../../requests/request'
import type { IEmailTemplate } from '../../../../requests/responses/emailtemplate'
import type { PaginationResponse } from '../../../../requests/responses/pagination'
import { showSimpleError } from '../../../../utils/notification'
import { Box, Divider, Flex, Loader, Stack, TextInput, Title } from '@mantine/core'
import { ResearchGroupSettingsCard } from '../ResearchGroupSettingsCard'
import EmailTemplateCard from './EmailTemplateCard'
import { useParams, useSearchParams } from 'react-router'
import { MagnifyingGlass } from '@phosphor-icons/react'

interface EmailTemplatesOverviewProps {
  includeApplicationDataInEmail?: boolean
}

const TEMPLATE_CASES_TO_FETCH: string[] = [
  'APPLICATION_CREATED_CHAIR',
  'THESIS_PRESENTATION_INVITATION_UPDATED',
  'THESIS_PRESENTATION_INVITATION',
  'THESIS_PRESENTATION_INVITATION_CANCELLED',
  'APPLICATION_REJECTED_TOPIC_REQUIREMENTS',
  'APPLICATION_REJECTED_TOPIC_OUTDATED',
  'APPLICATION_REJECTED',
  'APPLICATION_REJECTED_TITLE_NOT_INTERESTING',
  'APPLICATION_REJECTED_STUDENT_REQUIREMENTS',
  'APPLICATION_REJECTED_TOPIC_FILLED',
  'APPLICATION_ACCEPTED',
  'APPLICATION_ACCEPTED_NO_SUPERVISOR',
]

const EmailTemplatesOverview = ({
  includeApplicationDataInEmail = true,
}: EmailTemplatesOverviewProps) => {
  const [loading, setLoading] = useState(true)
  const [emailTemplates, setEmailTemplates] = useState<
    Record<
      string,
      Record<
        string,
        { default: IEmailTemplate | null; researchGroupTemplate: IEmailTemplate | null }
      >
    >
  >({})

  //Used to not refetch and filter on every key stroke
  const [displayEmailTemplates, setDisplayEmailTemplates] = useState<
    Record<
      string,
      Record<
        string,
        { default: IEmailTemplate | null; researchGroupTemplate: IEmailTemplate | null }
      >
    >
  >({})

  const [searchParams, setSearchParams] = useSearchParams()
  const [searchKey, setSearchKey] = useState(searchParams.get('search') ?? '')

  const getEmailTemplateCategory = (templateCase: string) => {
    switch (true) {
      case templateCase.startsWith('THESIS_PROPOSAL'):
        return 'Thesis Proposal'
      case templateCase.startsWith('THESIS_PRESENTATION'):
        return 'Thesis Presentation'
      case templateCase.startsWith('THESIS_FINAL'):
        return 'Thesis Finalaization'
      case templateCase.startsWith('APPLICATION_REJECTED'):
        return 'Application Rejected'
      case templateCase.startsWith('APPLICATION_ACCEPTED'):
        return 'Application Acceptance'
      case templateCase.startsWith('APPLICATION_'):
        return 'Application Open'
      case templateCase.startsWith('THESIS_'):
        return 'Thesis Lifecycle'
      case templateCase.startsWith('INTERVIEW_'):
        return 'Interview'
      default:
        return 'Others'
    }
  }

  const emailTemplateContainsSearchKey = (
    template: { default: IEmailTemplate | null; researchGroupTemplate: IEmailTemplate | null },
    key: string,
    category: string,
  ) => {
    const lowerKey = key.toLowerCase()

    return (
      /* eslint-disable @typescript-eslint/prefer-nullish-coalescing -- `false` must fall through to the next check across optional fields */
      template.default?.description.toLowerCase().includes(lowerKey) ||
      template.default?.subject.toLowerCase().includes(lowerKey) ||
      template.default?.templateCase.toLowerCase().includes(lowerKey) ||
      category.toLowerCase().includes(lowerKey)
      /* eslint-enable @typescript-eslint/prefer-nullish-coalescing */
    )
  }

  useEffect(() => {
    if (searchKey.trim() === '') {
      setDisplayEmailTemplates(emailTemplates)
    } else {
      const filtered: Record<
        string,
        Record<
          string,
          { default: IEmailTemplate | null; researchGroupTemplate: IEmailTemplate | null }
        >
      > = {}

      Object.entries(emailTemplates).forEach(([category, templates]) => {
        Object.entries(templates).forEach(([templateCase, template]) => {
          if (emailTemplateContainsSearchKey(template, searchKey, category)) {
            if (!filtered[category]) {
              filtered[category] = {}
            }
            filtered[category][templateCase] = template
          }
        })
      })

      setDisplayEmailTemplates(filtered)
    }
  }, [searchKey, emailTemplates])

  const { researchGroupId } = useParams<{
    researchGroupId: string
  }>()

  useEffect(() => {
    if (!researchGroupId) return

    doRequest<PaginationResponse<IEmailTemplate>>(
      '/v2/email-templates',
      {
        method: 'GET',
        requiresAuth: true,
        params: {
          templateCases: TEMPLATE_CASES_TO_FETCH.join(','),
          page: 0,
          limit: -1,
          researchGroupId: researchGroupId,
        },
      },
      (res) => {
        if (res.ok) {
          const grouped: Record<
            string,
            Record<
              string,
              { default: IEmailTemplate | null; researchGroupTemplate: IEmailTemplate | null }
            >
          > = {}

          ;(res.data.content ?? []).forEach((template) => {
            const category = getEmailTemplateCategory(template.templateCase)
            const key = template.templateCase

            // Initialize category if it doesn't exist
            if (!grouped[category]) {
              grouped[category] = {}
            }

            // Initialize the specific template key within the category
            if (!grouped[category][key]) {
              grouped[category][key] = { default: null, researchGroupTemplate: null }
            }

            // Populate the template data
            if (template.researchGroup) {
              grouped[category][key].researchGroupTemplate = template
            } else {
              grouped[category][key].default = template
            }
          })

          setEmailTemplates(grouped)
          setLoading(false)
        } else {
          showSimpleError(getApiResponseErrorMessage(res))
          setEmailTemplates({})
          setLoading(false)
        }
      },
    )
  }, [researchGroupId])
  return (
    <ResearchGroupSettingsCard
      title={'Email Templates'}
      subtle={'Manage email templates for this research group.'}
    >
      <Stack>
        <Flex
          justify='space-between'
          align='stretch'
          gap='md'
          direction={{ base: 'column', sm: 'row' }}
        >
          <Box style={{ flex: 1 }}>
            <TextInput
              w='100%'
              placeholder='Search Email Template...'
              leftSection={<MagnifyingGlass size={16} />}
              value={searchKey}
              onChange={(x) => {
                setSearchKey(x.target.value || '')
                const params = new URLSearchParams(searchParams)

                if (x.target.value) {
                  params.set('search', x.target.value)
                } else {
                  params.delete('search')
                }

                setSearchParams(params, { replace: true })
              }}
            />
          </Box>
        </Flex>

        {emailTemplates && !loading ? (
          <Stack>
            {Object.entries(displayEmailTemplates)
              .map(([category, templates]) => (
                <Stack key={category}>
                  <Divider
                    label={<Title order={4}>{category}</Title>}
                    labelPosition='left'
                    my='sm'
                  />
                  <Stack>
                    {Object.entries(templates).map(([templateCase, template]) => (
                      <EmailTemplateCard
                        key={`${category}-${templateCase}`}
                        emailTemplate={template}
                        disabled={
                          templateCase === 'APPLICATION_CREATED_CHAIR' &&
                          !includeApplicationDataInEmail
                        }
                        disabledReason={
                          'This template is not used when "Include Personal Details and ' +
                          'Attachments" is disabled. A minimal notification email is sent instead.'
                        }
                      />
                    ))}
                  </Stack>
                </Stack>
              ))
              .flat()}
          </Stack>
        ) : (
          <Loader />
        )}
      </Stack>
    </ResearchGroupSettingsCard>
  )
}

export default EmailTemplatesOverview
