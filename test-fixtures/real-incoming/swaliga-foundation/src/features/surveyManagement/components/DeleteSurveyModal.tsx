import Modal from "@/components/ui/Modal";
import styles from "./DeleteSurveyModal.module.css";
import { SurveyID } from "@/types/survey-types";
import { useState } from "react";
import { deleteSurvey, deleteSurveys } from "../surveys";
import { FaTrash } from "react-icons/fa";
import useAuth from "../../auth/authN/components/useAuth";
import MenuIcon from "@/components/ui/MenuIcon";

interface DeleteSurveyModalProps {
  surveys: Pick<SurveyID, "id" | "name">[];
}

export default function DeleteSurveyModal(props: DeleteSurveyModalProps) {
  const { surveys } = props;

  const [message, setMessage] = useState<string>("");
  const [error, setError] = useState<string>("");

  const auth = useAuth();

  const handleDeleteSurvey = async () => {
    if (surveys.length === 0) {
      setError("No surveys selected for deletion");
      return;
    }

    try {
      setError("");
      const surveyIds = surveys.map((survey) => survey.id);
      setMessage("This may take a minute...");
      surveys.length === 1
        ? await deleteSurvey(surveyIds[0])
        : await deleteSurveys(surveyIds);
      setMessage(
        `${surveys.length} survey${
          surveys.length > 1 ? "s" : ""
        } deleted successfully!`
      );
    } catch (error) {
      setMessage("");
      setError(
        `Failed to delete survey${
          surveys.length > 1 ? "s" : ""
        }. Please try again later.`
      );
    }
  };

  const onClose = () => {
    setError("");
    setMessage("");
  };

  return (
    <Modal onClose={onClose}>
      <MenuIcon
        icon={FaTrash}
        title={`Delete Survey${surveys.length > 1 ? "s" : ""}`}
      />
      {message ? (
        <p>{message}</p>
      ) : (
        <>
          <p className={styles.text}>
            Are you sure you want to delete the following survey
            {surveys.length > 1 ? "s" : ""}?
          </p>
          <ul className={styles.surveyList}>
            {surveys.map((survey) => (
              <li key={survey.id}>{survey.name}</li>
            ))}
          </ul>
          <p className={styles.disclaimer}>
            If you delete {surveys.length > 1 ? "these surveys" : "this survey"}
            , all of {surveys.length > 1 ? "their" : "its"} data and responses
            will be deleted from this website. The survey
            {surveys.length > 1 ? "s" : ""} will also be moved to the trash in
            Google Drive.
          </p>
          <div className={styles.errorGroup}>
            <button className={styles.button} onClick={handleDeleteSurvey}>
              <b>Confirm</b>
            </button>
            <p className={styles.error}>{error}</p>
          </div>
        </>
      )}
    </Modal>
  );
}
