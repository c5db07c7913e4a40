import type { PropsWithChildren } from 'react'
import Footer from '../../../components/Footer/Footer'
import type { MantineSize } from '@mantine/core'
import { AppShell, Box, Container, Divider, Flex, Stack } from '@mantine/core'
import ScrollToTop from '../ScrollToTop/ScrollToTop'
import Header from '../../../components/Header/Header'
import ContentContainer from '../ContentContainer/ContentContainer'
import EnvironmentBanner, {
  ENVIRONMENT_BANNER_HEIGHT,
  isEnvironmentBannerVisible,
} from '../../../components/EnvironmentBanner/EnvironmentBanner'

interface IPublicAreaProps {
  size?: number | MantineSize | (string & {}) | undefined
  handleScrollInView?: boolean
}

const PublicArea = (props: PropsWithChildren<IPublicAreaProps>) => {
  const { size = 'md', children } = props

  const baseHeaderHeight = 50
  const HEADER_HEIGHT =
    baseHeaderHeight + (isEnvironmentBannerVisible() ? ENVIRONMENT_BANNER_HEIGHT : 0)
  const FOOTER_HEIGHT = 50

  return (
    <AppShell header={{ height: HEADER_HEIGHT }}>
      <AppShell.Header>
        <EnvironmentBanner />
        <Box h={baseHeaderHeight}>
          <Container size={size} fluid={!size} h='100%'>
            <Header authenticatedArea={false}></Header>
          </Container>
        </Box>
      </AppShell.Header>

      <AppShell.Main>
        <Box h={`calc(100vh - ${HEADER_HEIGHT}px)`}>
          <Flex direction='column' h='100%' w='100%'>
            <Box flex={1} style={{ overflow: props.handleScrollInView ? 'hidden' : undefined }}>
              <Container
                size={size}
                fluid={!size}
                px={{ base: 20, sm: 40 }}
                py={{ base: 10, sm: 20 }}
                h='100%'
              >
                <ContentContainer size={size}>{children}</ContentContainer>
              </Container>
              <ScrollToTop />
            </Box>

            <Stack style={{ flexShrink: 0 }} gap={0} w='100%'>
              <Divider />
              <Box
                h={`${FOOTER_HEIGHT}px`}
                mih={'fit-content'}
                style={{
                  flexShrink: 0,
                }}
              >
                <Footer size={size} />
              </Box>
            </Stack>
          </Flex>
        </Box>
      </AppShell.Main>
    </AppShell>
  )
}

export default PublicArea
