type LoggedInUserInfo = {
  id: string;
  name: string;
  email: string;
  role: string;
  photoUrl: string;
};

export default LoggedInUserInfo;
