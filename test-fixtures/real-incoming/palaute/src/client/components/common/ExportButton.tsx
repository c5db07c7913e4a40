import { Download } from '@mui/icons-material'
import { Menu, Box } from '@mui/material'
import React, { useId, useState } from 'react'

import { NorButton } from './NorButton'

const styles = {
  container: {
    '@media print': {
      display: 'none',
    },
  },
  menu: {
    '& .MuiPaper-root': {
      p: 1,
      minWidth: 180,
      color: 'rgb(55, 65, 81)',
      boxShadow:
        'rgb(255, 255, 255) 0px 0px 0px 0px, rgba(0, 0, 0, 0.05) 0px 0px 0px 1px, rgba(0, 0, 0, 0.1) 0px 10px 15px -3px, rgba(0, 0, 0, 0.05) 0px 4px 6px -2px',
      '& .MuiMenu-list': {
        padding: '4px 0',
      },
    },
  },
}

type ExportButtonProps = {
  label: string
  disabled?: boolean
  children: React.ReactNode
}

const ExportButton = ({ label, disabled = false, children }: ExportButtonProps) => {
  const menuId = useId()
  const [anchorEl, setAnchorEl] = useState<null | HTMLElement>(null)

  const open = Boolean(anchorEl)

  const handleClick = (event: React.MouseEvent<HTMLElement>) => {
    setAnchorEl(event.currentTarget)
  }

  const handleClose = () => {
    setAnchorEl(null)
  }

  return (
    <Box sx={styles.container}>
      <NorButton
        id="export-button"
        aria-controls={open ? menuId : undefined}
        aria-haspopup="true"
        aria-expanded={open ? 'true' : undefined}
        onClick={handleClick}
        color="secondary"
        icon={<Download />}
        disabled={disabled}
      >
        {label}
      </NorButton>
      <Menu
        id={menuId}
        aria-labelledby="export-button"
        anchorEl={anchorEl}
        open={open}
        onClose={handleClose}
        keepMounted
        anchorOrigin={{
          vertical: 'bottom',
          horizontal: 'center',
        }}
        transformOrigin={{
          vertical: 'top',
          horizontal: 'center',
        }}
        sx={styles.menu}
      >
        {children}
      </Menu>
    </Box>
  )
}

export default ExportButton
