import UserRole from "./enums/UserRole";

type User = {
  id: string;
  role: UserRole;
};

export default User;
