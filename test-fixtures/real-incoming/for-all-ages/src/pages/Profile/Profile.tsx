import styles from "./Profile.module.css";
import { useState, useEffect } from "react";
// import { dateRegex } from "../../regex";
import { formatPhone, stripPhone, isValidPhone } from "../../utils/phone";
import EditIcon from "@mui/icons-material/Edit";
import {
  signOut,
  onAuthStateChanged,
  updatePassword,
  reauthenticateWithCredential,
  EmailAuthProvider,
} from "firebase/auth";
import { auth, db } from "../../firebase";
import { doc, getDoc, updateDoc } from "firebase/firestore";
import { useNavigate } from "react-router-dom";
import { getMatchesByParticipant, getPartnerId } from "../../services/matches";
import type {
  ErrorState,
  Form,
  FormResponse,
  ParticipantDoc,
  Question,
  Questions,
  UserProfile,
} from "../../types";
import MatchInterestsModal from "./components/MatchInterestsModal/MatchInterestsModal";
import ProfilePictureEdit from "./components/ProfilePictureEdit/ProfilePictureEdit";
import { useAuth } from "../../auth/AuthProvider";
import ProfilePicture from "./components/ProfilePicture/ProfilePicture";

// Birthday display is disabled for now because it is not part of the
// current registration form. Keep this formatter here for when birthday
// collection is reintroduced.
// const toDisplayBirthday = (raw: string | undefined | null): string => {
//   if (!raw) return "";
//   if (/^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/\d{4}$/.test(raw)) {
//     return raw;
//   }
//
//   const iso = raw.match(/^(\d{4})-(\d{2})-(\d{2})$/);
//   if (iso) {
//     const [, yyyy, mm, dd] = iso;
//     return `${mm}/${dd}/${yyyy}`;
//   }
//
//   const dashed = raw.match(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])-(\d{4})$/);
//   if (dashed) {
//     const [, mm, dd, yyyy] = dashed;
//     return `${mm}/${dd}/${yyyy}`;
//   }
//
//   return raw;
// };
//
// const toStorageBirthday = (raw: string | undefined | null): string => {
//   if (!raw) return "";
//   if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
//     return raw;
//   }
//
//   const display = toDisplayBirthday(raw);
//   const m = display.match(/^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/(\d{4})$/);
//   if (m) {
//     const [, mm, dd, yyyy] = m;
//     return `${yyyy}-${mm}-${dd}`;
//   }
//
//   return raw;
// };

// Given the date string of the start time, formate the start date
const formatProgramDate = (iso: string | null | undefined): string => {
  if (!iso) {
    return "—"
  };
  const d = new Date(iso);
  if (isNaN(d.getTime())) {
    return "—"
  };
  return d.toLocaleDateString("en-US", {
    month: "long",
    day: "numeric",
    year: "numeric",
  });
};

// Given the date string of the start time, formate the end date using the numWeeks in Firestore
const computeProgramEndDate = (
  startIso: string | null | undefined,
  numWeeks: number,
): string => {

  if (!startIso) {
    return "—";
  };
  const d = new Date(startIso);

  if (isNaN(d.getTime())) {
    return "—"
  };
  d.setDate(d.getDate() + numWeeks * 7);
  return d.toLocaleDateString("en-US", {
    month: "long",
    day: "numeric",
    year: "numeric",
  });
};

const getErrorMessage = (error: unknown, fallback: string): string => {
  if (error instanceof Error && error.message) {
    return error.message;
  }

  return fallback;
};

const getFirebaseErrorCode = (error: unknown): string | undefined => {
  if (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string"
  ) {
    return error.code;
  }

  return undefined;
};

const isPronounsQuestion = (question: Questions) =>
  question.title.toLowerCase().includes("pronoun");

const getPronounsFromFormResponse = (response: FormResponse | null): string => {
  const pronounsQuestion = response?.questions.find(isPronounsQuestion);
  const answer = pronounsQuestion?.answer;
  return typeof answer === "string" ? answer : "";
};

type MatchableProfileResponse = {
  title: string;
  type: "text" | "slider";
  answer: string | number;
};

export type MatchableProfileResponseForDisplay = MatchableProfileResponse;

const getMatchableQuestions = (form: Form | null): Question[] => {
  if (!form) return [];

  return form.sections.flatMap((section) =>
    section.questions.filter((question) => question.matchable),
  );
};

const hasAnswer = (answer: string | number | undefined): answer is string | number => {
  if (typeof answer === "number") return true;
  return typeof answer === "string" && answer.trim().length > 0;
};

const buildMatchableProfileResponses = (
  form: Form | null,
  response: FormResponse | null,
): MatchableProfileResponse[] => {
  const answersByTitle = new Map<string, string | number>();
  response?.questions.forEach((question) => {
    answersByTitle.set(question.title, question.answer);
  });

  return getMatchableQuestions(form).flatMap((question) => {
    const answer = answersByTitle.get(question.title);
    if (!hasAnswer(answer)) return [];

    return [
      {
        title: question.title,
        type: question.type === "Slider" ? "slider" : "text",
        answer,
      },
    ];
  });
};

const updatePronounsFormResponse = async (
  uid: string,
  pronouns: string,
): Promise<boolean> => {
  const responseRef = doc(db, "FormResponse", uid);
  const responseSnap = await getDoc(responseRef);

  if (!responseSnap.exists()) {
    return false;
  }

  const response = responseSnap.data() as FormResponse;
  let updated = false;
  const questions = response.questions.map((question) => {
    if (!isPronounsQuestion(question)) {
      return question;
    }

    updated = true;
    return {
      ...question,
      answer: pronouns,
    };
  });

  if (!updated) {
    return false;
  }

  await updateDoc(responseRef, { questions });
  return true;
};

const Profile = () => {
  const navigate = useNavigate();
  const { programState } = useAuth();

  const [user, setUser] = useState<UserProfile | null>(null);

  const [errors, setErrors] = useState<ErrorState>({});
  const [profileSaveError, setProfileSaveError] = useState<string | null>(null);
  const [editingField, setEditingField] = useState<string | null>(null);
  const [isEditing, setIsEditing] = useState(false);
  const [logoutError, setLogoutError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [matchableResponses, setMatchableResponses] = useState<
    MatchableProfileResponse[]
  >([]);
  const [matchMatchableResponses, setMatchMatchableResponses] = useState<
    MatchableProfileResponse[]
  >([]);

  const [showInterestsModal, setShowInterestsModal] = useState(false);

  // password change
  const [passwordCurrent, setPasswordCurrent] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirmNewPassword, setConfirmNewPassword] = useState("");
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [passwordSuccess, setPasswordSuccess] = useState<string | null>(null);
  const [isUpdatingPassword, setIsUpdatingPassword] = useState(false);

  const [showCurrentPassword, setShowCurrentPassword] = useState(false);
  const [showNewPassword, setShowNewPassword] = useState(false);
  const [showConfirmNewPassword, setShowConfirmNewPassword] = useState(false);

  useEffect(() => {
    const unsubscribe = onAuthStateChanged(auth, async (fbUser) => {
      if (!fbUser) {
        setUser(null);
        setMatchableResponses([]);
        setMatchMatchableResponses([]);
        setLoading(false);
        return;
      }

      try {
        const participantRef = doc(db, "participants", fbUser.uid);
        const snap = await getDoc(participantRef);

        if (!snap.exists()) {
          console.warn("No participant doc for uid:", fbUser.uid);
          const fallback: UserProfile = {
            uid: fbUser.uid,
            name: fbUser.displayName ?? "",
            email: fbUser.email ?? "",
            pronouns: "",
            phone: "",
            birthday: "",
            addressLine1: "",
            addressCity: "",
            addressState: "",
            addressPostalCode: "",
            addressCountry: "",
            interests: "",
            startDate: "",
            endDate: "",
            status: "Participant",
            matchName: "",
            matchInterests: "",
          };
          setUser(fallback);
          setMatchableResponses([]);
          setMatchMatchableResponses([]);
          setLoading(false);
          return;
        }

        const data = snap.data() as ParticipantDoc;
        const addr = data.address ?? {};
        const status = data.type ?? "Participant";
        const isAdmin = String(status).toLowerCase() === "admin";
        let pronouns = "";
        let formResponse: FormResponse | null = null;
        let registrationForm: Form | null = null;

        if (!isAdmin) {
          const formResponseRef = doc(db, "FormResponse", fbUser.uid);
          const formResponseSnap = await getDoc(formResponseRef);
          if (formResponseSnap.exists()) {
            formResponse = formResponseSnap.data() as FormResponse;
            pronouns = getPronounsFromFormResponse(formResponse);
          }

          const registrationFormRef = doc(db, "config", "registrationForm");
          const registrationFormSnap = await getDoc(registrationFormRef);
          registrationForm = registrationFormSnap.exists()
            ? (registrationFormSnap.data() as Form)
            : null;
          setMatchableResponses(
            buildMatchableProfileResponses(registrationForm, formResponse),
          );
        } else {
          setMatchableResponses([]);
          setMatchMatchableResponses([]);
        }

        let matchName = "";
        let matchId = "";

        if (!isAdmin) {
          try {
            const matches = await getMatchesByParticipant(fbUser.uid);
            if (matches.length > 0) {
              const firstMatch = matches[0];
              const partnerId = getPartnerId(firstMatch, fbUser.uid);
              matchId = partnerId;

              const partnerRef = doc(db, "participants", partnerId);
              const partnerFormResponseRef = doc(db, "FormResponse", partnerId);
              const [partnerSnap, partnerFormResponseSnap] = await Promise.all([
                getDoc(partnerRef),
                getDoc(partnerFormResponseRef),
              ]);

              if (partnerSnap.exists()) {
                const partnerData = partnerSnap.data() as ParticipantDoc & {
                  name?: string | null;
                };
                matchName =
                  partnerData.displayName ??
                  partnerData.name ??
                  [partnerData.firstName, partnerData.lastName]
                    .filter(Boolean)
                    .join(" ");
              }

              const partnerFormResponse = partnerFormResponseSnap.exists()
                ? (partnerFormResponseSnap.data() as FormResponse)
                : null;
              setMatchMatchableResponses(
                buildMatchableProfileResponses(
                  registrationForm,
                  partnerFormResponse,
                ),
              );
            } else {
              setMatchMatchableResponses([]);
            }
          } catch (matchErr) {
            console.error("Error fetching match info:", matchErr);
            setMatchMatchableResponses([]);
          }
        }

        const profile: UserProfile = {
          uid: fbUser.uid,
          name: data.displayName ?? data.name ?? fbUser.displayName ?? "",
          email: data.email ?? fbUser.email ?? "",
          pronouns,
          phone: formatPhone(data.phoneNumber ?? ""),
          // birthday: toDisplayBirthday(data.dateOfBirth),
          birthday: "",
          addressLine1: addr.line1 ?? "",
          addressCity: addr.city ?? "",
          addressState: addr.state ?? "",
          addressPostalCode: addr.postalCode ?? "",
          addressCountry: addr.country ?? "",
          interests: "",
          startDate: data.startDate ?? "",
          endDate: data.endDate ?? "",
          status,
          matchName,
          matchInterests: "",
          matchId
        };

        setUser(profile);
      } catch (err) {
        console.error("Error loading user profile:", err);
        const fallback: UserProfile = {
          uid: fbUser.uid,
          name: fbUser.displayName ?? "",
          email: fbUser.email ?? "",
          pronouns: "",
          phone: "",
          birthday: "",
          addressLine1: "",
          addressCity: "",
          addressState: "",
          addressPostalCode: "",
          addressCountry: "",
          interests: "",
          startDate: "",
          endDate: "",
          status: "Participant",
          matchName: "",
          matchInterests: "",
        };
        setUser(fallback);
        setMatchableResponses([]);
        setMatchMatchableResponses([]);
      } finally {
        setLoading(false);
      }
    });

    return () => unsubscribe();
  }, []);

  // live password mismatch validation
  useEffect(() => {
    if (!newPassword && !confirmNewPassword) {
      setPasswordError(null);
      return;
    }
    if (newPassword !== confirmNewPassword) {
      setPasswordError("New password and confirmation do not match.");
    } else {
      setPasswordError(null);
    }
  }, [newPassword, confirmNewPassword]);

  const isAdmin = user?.status?.toLowerCase() === "admin";

  const handleChange = (
    e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>,
  ) => {
    if (!user) return;
    const { name, value } = e.target;
    if (profileSaveError) {
      setProfileSaveError(null);
    }
    if (errors[name as keyof ErrorState]) {
      setErrors((prev) => ({ ...prev, [name]: undefined }));
    }
    setUser({ ...user, [name]: name === "phone" ? formatPhone(value) : value });
  };

  const validateProfile = () => {
    if (!user) return { hasErrors: true, newErrors: {} as ErrorState };

    const newErrors: ErrorState = {};

    if (!user.name.trim()) {
      newErrors.name = "Name cannot be empty";
    }

    if (!isAdmin) {
      if (user.phone && !isValidPhone(user.phone)) {
        newErrors.phone = "Please enter a valid 10-digit phone number.";
      }

      // if (user.birthday && !dateRegex.test(user.birthday)) {
      //   newErrors.birthday = "Invalid date format";
      // }

      if (!user.addressLine1.trim()) {
        newErrors.addressLine1 = "Street address cannot be empty";
      }
      if (!user.addressCity.trim()) {
        newErrors.addressCity = "City cannot be empty";
      }
      if (!user.addressState.trim()) {
        newErrors.addressState = "State cannot be empty";
      }
      if (!user.addressPostalCode.trim()) {
        newErrors.addressPostalCode = "Postal code cannot be empty";
      }
      if (!user.addressCountry.trim()) {
        newErrors.addressCountry = "Country cannot be empty";
      }
    }

    const hasErrors = Object.keys(newErrors).length > 0;
    return { hasErrors, newErrors };
  };

  const performProfileUpdate = async (): Promise<boolean> => {
    if (!user) return false;

    const authUser = auth.currentUser;
    if (!authUser) {
      window.alert("You are not signed in. Please log in again.");
      return false;
    }

    // const displayBirthday = toDisplayBirthday(user.birthday);
    // const normalizedBirthday = toStorageBirthday(displayBirthday);
    //
    // if (displayBirthday !== user.birthday) {
    //   setUser({ ...user, birthday: displayBirthday });
    // }

    try {
      if (!isAdmin && editingField === "pronouns") {
        const updatedPronouns = await updatePronounsFormResponse(
          user.uid,
          user.pronouns,
        );

        if (!updatedPronouns) {
          setProfileSaveError(
            "Could not find your pronouns response. Please contact an admin.",
          );
          return false;
        }
      }

      const userRef = doc(db, "participants", user.uid);

      const baseUpdate = {
        displayName: user.name,
      };

      const participantUpdate = isAdmin
        ? {}
        : {
            phoneNumber: stripPhone(user.phone),
            // dateOfBirth: normalizedBirthday,
            address: {
              line1: user.addressLine1,
              city: user.addressCity,
              state: user.addressState,
              postalCode: user.addressPostalCode,
              country: user.addressCountry,
            },
          };

      await updateDoc(userRef, {
        ...baseUpdate,
        ...participantUpdate,
      });

      window.alert("Profile updated successfully.");
      return true;
    } catch (err: unknown) {
      console.error("Error updating profile:", err);

      const code = getFirebaseErrorCode(err);
      const msg = getErrorMessage(
        err,
        "Unexpected error updating profile. Please try again.",
      );

      if (code === "permission-denied") {
        setProfileSaveError(
          "You do not have permission to update this profile. Please contact an admin.",
        );
      } else {
        setProfileSaveError(msg);
      }
      return false;
    }
  };

  const handleSave = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!user) return;
    setProfileSaveError(null);

    const { hasErrors, newErrors } = validateProfile();
    if (hasErrors) {
      setErrors(newErrors);
      return;
    }

    setErrors({});

    const saved = await performProfileUpdate();
    if (saved) {
      setEditingField(null);
      setIsEditing(false);
    }
  };

  const handleLogout = async () => {
    setLogoutError(null);
    const confirmed = window.confirm("To log out, please confirm.");
    if (!confirmed) return;

    try {
      await signOut(auth);
      navigate("/", { replace: true });
    } catch (error) {
      console.error("Failed to log out", error);
      setLogoutError("Could not log out. Please try again.");
    }
  };

  const handlePasswordSubmit = async (e?: React.FormEvent) => {
    if (e) e.preventDefault();

    if (!newPassword) {
      setPasswordError("Please enter a new password.");
      return;
    }

    if (newPassword !== confirmNewPassword) {
      setPasswordError("New password and confirmation do not match.");
      return;
    }

    const authUser = auth.currentUser;
    if (!authUser) {
      setPasswordError("You are not signed in. Please log in again.");
      return;
    }

    if (!passwordCurrent) {
      setPasswordError("Please enter your current password.");
      return;
    }

    if (!authUser.email) {
      setPasswordError("Missing email for re-authentication.");
      return;
    }

    try {
      setIsUpdatingPassword(true);
      setPasswordSuccess(null);
      setPasswordError(null);

      const credential = EmailAuthProvider.credential(
        authUser.email,
        passwordCurrent,
      );
      await reauthenticateWithCredential(authUser, credential);
      await updatePassword(authUser, newPassword);

      setPasswordSuccess("Password updated successfully.");
      setPasswordCurrent("");
      setNewPassword("");
      setConfirmNewPassword("");
      setShowCurrentPassword(false);
      setShowNewPassword(false);
      setShowConfirmNewPassword(false);
    } catch (err: unknown) {
      console.error("Error updating password:", err);

      const code = getFirebaseErrorCode(err);
      if (code === "auth/wrong-password") {
        setPasswordError("Current password is incorrect.");
      } else if (code === "auth/too-many-requests") {
        setPasswordError("Too many attempts. Please wait a bit and try again.");
      } else if (code === "auth/requires-recent-login") {
        setPasswordError(
          "Please sign out and sign back in, then try changing your password again.",
        );
      } else {
        setPasswordError(getErrorMessage(err, "Error updating password."));
      }
    } finally {
      setIsUpdatingPassword(false);
    }
  };

  const passwordsMatch = newPassword === confirmNewPassword;
  const canSubmitPassword =
    !!passwordCurrent &&
    !!newPassword &&
    !!confirmNewPassword &&
    passwordsMatch &&
    !isUpdatingPassword;

  if (loading) {
    return <div className={styles.page}>Loading profile...</div>;
  }

  if (!user) {
    return (
      <div className={styles.page}>
        <p>No user is signed in.</p>
      </div>
    );
  }

  const personalFields = isAdmin
    ? [
        { label: "Name", name: "name", value: user.name, editable: true },
        { label: "E-mail", name: "email", value: user.email, editable: false },
      ]
    : [
        { label: "Name", name: "name", value: user.name, editable: true },
        { label: "E-mail", name: "email", value: user.email, editable: false },
        { label: "Pronouns", name: "pronouns", value: user.pronouns, editable: true },
        { label: "Phone Number", name: "phone", value: user.phone, editable: true },
        // { label: "Birthday", name: "birthday", value: user.birthday, editable: true },
        {
          label: "Street Address",
          name: "addressLine1",
          value: user.addressLine1,
          editable: true,
        },
        { label: "City", name: "addressCity", value: user.addressCity, editable: true },
        { label: "State", name: "addressState", value: user.addressState, editable: true },
        {
          label: "Postal Code",
          name: "addressPostalCode",
          value: user.addressPostalCode,
          editable: true,
        },
        {
          label: "Country",
          name: "addressCountry",
          value: user.addressCountry,
          editable: true,
        },
      ];

  const isEditingPersonalField =
    isEditing && personalFields.some((f) => f.name === editingField && f.editable);
  const shouldShowMatchCard = !isAdmin && programState?.matches_final;

  return (
    <div className={styles.page}>
      <div className={styles.pageTitle}>Your Profile</div>
      <div className={styles.container}>
        <div className={styles.leftColumn}>
          <div className={styles.infoCard}>
            <ProfilePictureEdit uid={user.uid} />
            <h2 className={styles.profileName}>{user.name}</h2>
            <span className={styles.statusTag}>{user.status}</span>
          </div>

          {shouldShowMatchCard && (
            <div className={styles.infoCard}>
              <h3>Your Match</h3>
              <ProfilePicture size={150} uid={user.matchId}></ProfilePicture>
              <p className={styles.matchText}>
                {user.matchName && user.matchName.trim().length > 0
                  ? user.matchName
                  : "No match assigned yet"}
              </p>

              {user.matchName && user.matchName.trim().length > 0 && (
                <button
                  type="button"
                  className={styles.viewInterestsButton}
                  onClick={() => setShowInterestsModal(true)}
                >
                  View their interests
                </button>
              )}
            </div>
          )}

          {/* If user is an admin or program has not started, hide the program info box */}
          {!isAdmin && programState?.started && (
            <div className={styles.infoCard}>
              <h3>Program Info</h3>
              <p>
                <strong>Start Date:</strong>
                <br />
                <span className={styles.date}>
                  {formatProgramDate(programState.startDate)}
                </span>
              </p>
              <p>
                <strong>End Date:</strong>
                <br />
                <span className={styles.date}>
                  {computeProgramEndDate(
                    programState.startDate,
                    programState.numWeeks ?? 20,
                  )}
                </span>
              </p>
            </div>
          )}

          <div className={styles.infoCard}>
            <h3>Account</h3>
            <button
              type="button"
              className={styles.logoutButton}
              onClick={handleLogout}
            >
              Log Out
            </button>
            {logoutError && <p className={styles.logoutError}>{logoutError}</p>}
          </div>
        </div>

        <form className={styles.rightColumn} onSubmit={handleSave}>
          <div className={styles.infoSection}>
            <h3 className={styles.sectionTitle}>Personal Information</h3>
            <div className={styles.grid}>
              {personalFields.map((field) => (
                <div key={field.name} className={styles.fieldBox}>
                  {editingField === field.name ? (
                    <input
                      type="text"
                      name={field.name}
                      value={user[field.name as keyof UserProfile] as string}
                      onChange={handleChange}
                      // placeholder={
                      //   field.name === "birthday" ? "MM/DD/YYYY" : undefined
                      // }
                      autoFocus
                      className={styles.input}
                    />
                  ) : (
                    <div className={styles.boxContent}>
                      <div className={styles.boxHeader}>
                        <span className={styles.boxLabel}>{field.label}</span>
                        {field.editable && (
                          <EditIcon
                            className={styles.editIcon}
                            onClick={() => {
                              setProfileSaveError(null);
                              setEditingField(field.name);
                              setIsEditing(true);
                            }}
                          />
                        )}
                      </div>
                      <span className={styles.boxValue}>{field.value}</span>
                    </div>
                  )}
                  {errors[field.name as keyof ErrorState] && (
                    <span className={styles.error}>
                      {errors[field.name as keyof ErrorState]}
                    </span>
                  )}
                </div>
              ))}
            </div>

            {isEditingPersonalField && (
              <div className={styles.buttons}>
                <button type="submit" className={styles.save}>
                  Save
                </button>
              </div>
            )}

            {profileSaveError && (
              <span className={styles.error}>{profileSaveError}</span>
            )}
          </div>

          {!isAdmin && (
            <div className={styles.infoSection}>
              <h3 className={styles.sectionTitle}>About Me</h3>
              {matchableResponses.length > 0 ? (
                <div className={styles.matchableResponses}>
                  {matchableResponses.map((response) => (
                    <article
                      key={response.title}
                      className={styles.matchableResponseCard}
                    >
                      <div className={styles.matchableResponseHeader}>
                        <h4 className={styles.matchableQuestion}>
                          {response.title}
                        </h4>
                      </div>

                      {response.type === "slider" ? (
                        <div className={styles.sliderResponse}>
                          <span className={styles.sliderValue}>
                            {response.answer}
                          </span>
                        </div>
                      ) : (
                        <textarea
                          className={styles.matchableTextResponse}
                          value={String(response.answer)}
                          readOnly
                        />
                      )}
                    </article>
                  ))}
                </div>
              ) : (
                <div className={styles.emptyMatchableResponses}>
                  <span>No matchable responses available.</span>
                </div>
              )}
            </div>
          )}

          <div className={styles.infoSection}>
            <h3 className={styles.sectionTitle}>Change Password</h3>

            <div className={styles.fieldBox}>
              <div className={styles.boxContent}>
                <div className={styles.boxHeader}>
                  <span className={styles.boxLabel}>Current Password</span>
                </div>
                <input
                  type={showCurrentPassword ? "text" : "password"}
                  className={styles.input}
                  value={passwordCurrent}
                  onChange={(e) => {
                    setPasswordCurrent(e.target.value);
                    if (passwordError) setPasswordError(null);
                    if (passwordSuccess) setPasswordSuccess(null);
                  }}
                  autoComplete="current-password"
                />
                <div className={styles.showPasswordRow}>
                  <input
                    type="checkbox"
                    id="profileShowCurrentPassword"
                    checked={showCurrentPassword}
                    onChange={(e) => setShowCurrentPassword(e.target.checked)}
                  />
                  <label htmlFor="profileShowCurrentPassword" className={styles.showPasswordLabel}>
                    Show password
                  </label>
                </div>
              </div>
            </div>

            <div className={styles.fieldBox}>
              <div className={styles.boxContent}>
                <div className={styles.boxHeader}>
                  <span className={styles.boxLabel}>New Password</span>
                </div>
                <input
                  type={showNewPassword ? "text" : "password"}
                  className={styles.input}
                  value={newPassword}
                  onChange={(e) => {
                    setNewPassword(e.target.value);
                    if (passwordSuccess) setPasswordSuccess(null);
                  }}
                  autoComplete="new-password"
                />
                <div className={styles.showPasswordRow}>
                  <input
                    type="checkbox"
                    id="profileShowNewPassword"
                    checked={showNewPassword}
                    onChange={(e) => setShowNewPassword(e.target.checked)}
                  />
                  <label htmlFor="profileShowNewPassword" className={styles.showPasswordLabel}>
                    Show password
                  </label>
                </div>
              </div>
            </div>

            <div className={styles.fieldBox}>
              <div className={styles.boxContent}>
                <div className={styles.boxHeader}>
                  <span className={styles.boxLabel}>Confirm New Password</span>
                </div>
                <input
                  type={showConfirmNewPassword ? "text" : "password"}
                  className={styles.input}
                  value={confirmNewPassword}
                  onChange={(e) => {
                    setConfirmNewPassword(e.target.value);
                    if (passwordSuccess) setPasswordSuccess(null);
                  }}
                  autoComplete="new-password"
                />
                <div className={styles.showPasswordRow}>
                  <input
                    type="checkbox"
                    id="profileShowConfirmNewPassword"
                    checked={showConfirmNewPassword}
                    onChange={(e) => setShowConfirmNewPassword(e.target.checked)}
                  />
                  <label htmlFor="profileShowConfirmNewPassword" className={styles.showPasswordLabel}>
                    Show password
                  </label>
                </div>
              </div>
            </div>

            {passwordError && (
              <span className={styles.error}>{passwordError}</span>
            )}
            {passwordSuccess && (
              <span className={styles.success}>{passwordSuccess}</span>
            )}

            <div className={styles.buttons}>
              <button
                type="button"
                className={styles.save}
                disabled={!canSubmitPassword}
                onClick={handlePasswordSubmit}
              >
                {isUpdatingPassword ? "Updating..." : "Change Password"}
              </button>
            </div>
          </div>
        </form>
      </div>

      {!isAdmin && (
        <MatchInterestsModal
          open={showInterestsModal}
          matchName={user.matchName}
          matchableResponses={matchMatchableResponses}
          onClose={() => setShowInterestsModal(false)}
        />
      )}
    </div>
  );
};

export default Profile;
