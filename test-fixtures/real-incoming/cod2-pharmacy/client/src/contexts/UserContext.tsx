import { useState, useEffect, createContext } from "react";
import LoggedInUserInfo from "../types/LoggedInUserInfo";

type UserContextType = {
  user: LoggedInUserInfo | null;
  setUser: (user: LoggedInUserInfo | null) => void;
};

export const UserContext = createContext<UserContextType>({
  user: null,
  setUser: () => {}
});

type UserProviderProps = {
  children: React.ReactNode;
};

const UserContextProvider: React.FC<UserProviderProps> = ({ children }) => {
  const [user, setUser] = useState<LoggedInUserInfo | null>(() => {
    const storedUser = localStorage.getItem("user");
    return storedUser ? JSON.parse(storedUser) : null;
  });

  useEffect(() => {
    if (user) {
      localStorage.setItem("user", JSON.stringify(user));
    } else {
      localStorage.removeItem("user");
    }
  }, [user]);

  return <UserContext.Provider value={{ user, setUser }}>{children}</UserContext.Provider>;
};

export default UserContextProvider;
