class Roles {
  static get values() {
    return {
      admin: 'admin',
      readonly: 'readonly',
      projectAdmin: 'projectAdmin',
    }
  }
}

export default Roles
