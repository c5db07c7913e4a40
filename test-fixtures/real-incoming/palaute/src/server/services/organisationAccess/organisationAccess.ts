import { OrganisationAccess } from '@common/types/organisation'
import { Op, QueryTypes } from 'sequelize'

import { sequelize } from '../../db/dbConnection'
import { User, Organisation } from '../../models'
import { normalizeOrganisationCode } from '../../util/common'
import { inProduction, DEV_ADMINS } from '../../util/config'
import { getAccessToAll, getUserIamAccess } from '../../util/jami'

export const getAdminOrganisationAccess = () => getAccessToAll()

const getAccessFromIAMs = async (user: User) => {
  const access: Record<string, OrganisationAccess> = {}

  const iamAccess = await getUserIamAccess(user)

  if (!iamAccess || typeof iamAccess !== 'object') return access

  Object.entries(iamAccess as Record<string, unknown>).forEach(([code, val]) => {
    if (typeof val === 'object' && val !== null) {
      const accessFromIams = val as OrganisationAccess
      const strippedAccess = accessFromIams.admin // Organisation write access changed to read access. Now, org admin = write.
        ? accessFromIams
        : (({ write, ...rest }) => rest)(accessFromIams)
      access[normalizeOrganisationCode(code)] = strippedAccess
    }
  })

  return access
}

const getFeedbackCorrespondentAccess = async (user: User) => {
  const organisations = await user.getOrganisations()

  if (organisations?.length > 0) {
    const access: Record<string, OrganisationAccess> = {}
    organisations.forEach(org => {
      access[org.code] = { read: true, write: true, admin: true }
    })
    return access
  }

  return {}
}

export const populateUserAccess = async (user: User) => {
  if (user.organisationAccess) return

  // get organisation access and special groups based on IAMs
  const organisationAccess = {
    ...(await getAccessFromIAMs(user)),
    ...(await getFeedbackCorrespondentAccess(user)),
  }

  user.organisationAccess = organisationAccess
  user.specialGroup = organisationAccess.specialGroup ?? {}
  user.isAdmin = user.specialGroup.superAdmin
  user.isEmployee = user.specialGroup.employee

  // remove specialGroup from organisationAccess. Its confusing to have it there, other keys are organisation codes.
  delete user.organisationAccess.specialGroup

  // Give admin access to configured users in development
  if (!inProduction) {
    user.isAdmin = DEV_ADMINS.includes(user.username)
  }

  if (user.isAdmin) {
    user.organisationAccess = await getAdminOrganisationAccess()
  }
}

export const getUserOrganisationAccess = async (
  user: User,
  options: { includeUsers?: boolean } = {}
): Promise<{ access: OrganisationAccess; organisation: Organisation }[]> => {
  await populateUserAccess(user)
  const { includeUsers = true } = options
  let { accessibleOrganisations } = user

  if (!accessibleOrganisations) {
    const query: {
      attributes: string[]
      where: { code: { [Op.in]: string[] } }
      include?: { model: typeof User; as: string; attributes: string[] }
    } = {
      attributes: ['id', 'name', 'code', 'parentId'],
      where: {
        code: {
          [Op.in]: Object.keys(user.organisationAccess),
        },
      },
    }

    if (includeUsers) {
      query.include = {
        model: User,
        as: 'users',
        attributes: ['id', 'firstName', 'lastName', 'email'],
      }
    }

    accessibleOrganisations = await Organisation.findAll(query)
  }

  return accessibleOrganisations.map(org => ({
    access: user.organisationAccess[org.code],
    organisation: org,
  }))
}

export const getOrganisationAccessByCourseUnitId = async (user: User, courseUnitId: string) => {
  const organisations = await getUserOrganisationAccess(user)

  if (organisations.length === 0) {
    return null
  }

  const rows = await sequelize.query(
    `
      SELECT DISTINCT
        course_units_organisations.organisation_id AS cu_org_id,
        course_realisations_organisations.organisation_id AS cur_org_id
      FROM
        course_units
      LEFT JOIN
        course_units_organisations ON course_units_organisations.course_unit_id = course_units.id
      LEFT JOIN
        feedback_targets ON feedback_targets.course_unit_id = course_units.id
      LEFT JOIN
        course_realisations ON feedback_targets.course_realisation_id = course_realisations.id
      LEFT JOIN
        course_realisations_organisations ON course_realisations_organisations.course_realisation_id = course_realisations.id
      WHERE
        course_units.id = :courseUnitId;
      `,
    {
      type: QueryTypes.SELECT,
      replacements: {
        courseUnitId,
      },
    }
  )

  const organisationIds = rows.flatMap(row => Object.values(row))

  function getPriority(org: { access: OrganisationAccess }) {
    let weight = 0
    if (org.access.admin) {
      weight += 100
    }
    if (org.access.write) {
      weight += 10
    }
    if (org.access.read) {
      weight += 1
    }
    return weight
  }
  const organisationAccess: OrganisationAccess = organisations
    .filter(({ organisation }) => organisationIds.includes(organisation.id))
    ?.sort((a, b) => getPriority(a) - getPriority(b)) // read, write, admin. Reduce on next line practically takes the last value
    .reduce((finalAccess, org) => ({ ...finalAccess, ...org.access }), {})

  return organisationAccess ?? null
}
