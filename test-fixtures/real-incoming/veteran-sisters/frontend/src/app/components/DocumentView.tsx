"use client";
import axios from "axios";
import { getDownloadURL, ref } from "firebase/storage";
import fileDownload from "js-file-download";
import Image from "next/image";
import Link from "next/link";
import { useEffect, useState } from "react";
import { Document, Page, pdfjs } from "react-pdf";

import { storage } from "../../firebase/firebase";
import "react-pdf/dist/Page/AnnotationLayer.css";
import "react-pdf/dist/Page/TextLayer.css";
import { Comment, FileObject, editFileObject, getFileById } from "../api/fileApi";
import { Role as RoleEnum, UserProfile } from "../api/profileApi";
import { getUser } from "../api/userApi";
import { useAuth } from "../contexts/AuthContext";

import { DocumentComment } from "./DocumentComment";
import styles from "./DocumentView.module.css";
import ErrorMessage from "./ErrorMessage";
import SuccessNotification from "./SuccessNotification";

pdfjs.GlobalWorkerOptions.workerSrc = new URL(
  "pdfjs-dist/build/pdf.worker.min.mjs",
  import.meta.url,
).toString();

type DocumentViewProps = {
  documentId: string;
};

export function DocumentView({ documentId }: DocumentViewProps) {
  const [file, setFile] = useState<FileObject>();
  const [fileURL, setFileURL] = useState<string>();
  const [numPages, setNumPages] = useState<number>();

  const [currComment, setCurrComment] = useState<number>();

  const [editingTitle, setEditingTitle] = useState<boolean>();
  const [currTitle, setCurrTitle] = useState<string>();

  const [currUser, setCurrUser] = useState<UserProfile>();
  const { userId, userRole } = useAuth();
  const [errorMessage, setErrorMessage] = useState("");
  const [successMessage, setSuccessMessage] = useState("");

  useEffect(() => {
    getFileById(documentId)
      .then((response) => {
        if (response.success) {
          setFile(response.data);
          setCurrTitle(response.data.filename);

          getDownloadURL(ref(storage, `files/${documentId}`))
            .then((url) => {
              setFileURL(url);
            })
            .catch((error: unknown) => {
              console.log(error);
            });
        } else {
          console.log(response.error);
        }
      })
      .catch((error: unknown) => {
        console.log(error);
      });
    if (userId) {
      getUser(userId)
        .then((response) => {
          if (response.success) {
            setCurrUser(response.data);
          }
        })
        .catch((error: unknown) => {
          console.log(error);
        });
    }
  }, [userId]);

  const changeTitleHandler = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Enter" && file) {
      e.preventDefault();
      e.stopPropagation();
      editFileObject(file?._id, { filename: currTitle })
        .then((response) => {
          if (response.success) {
            setFile(response.data);
            setCurrTitle(response.data.filename);
            setEditingTitle(false);
          }
        })
        .catch((error: unknown) => {
          console.log(error);
        });
    }
  };

  //don't ask me how these next two functions work I got them straight from stack overflow
  const handleDownload = () => {
    if (fileURL && file) {
      axios
        .get(fileURL, {
          responseType: "blob",
        })
        .then((res) => {
          fileDownload(res.data as Blob, file?.filename);
        })
        .catch((error: unknown) => {
          setErrorMessage(`Error downloading file: ${String(error)}`);
        });
    }
  };

  const handlePrint = () => {
    if (fileURL && file) {
      axios
        .get(fileURL, {
          responseType: "blob",
        })
        .then((res) => {
          const blobURL = URL.createObjectURL(res.data as Blob);
          const iframe = document.createElement("iframe");
          document.body.appendChild(iframe);

          iframe.style.display = "none";
          iframe.src = blobURL;
          iframe.onload = function () {
            setTimeout(function () {
              iframe.focus();
              if (iframe.contentWindow) iframe.contentWindow.print();
            }, 1);
          };
        })
        .catch((error: unknown) => {
          setErrorMessage(`Error printing file: ${String(error)}`);
        });
    }
  };

  function onDocumentLoadSuccess({ numPages: totalPages }: { numPages: number }): void {
    setNumPages(totalPages);
  }

  const HeaderBar = (filename: string) => {
    return (
      <div className={styles.header}>
        <Link href="/">
          <Image src="/logo_black.svg" width={143} height={32} alt="logo" />
        </Link>
        {editingTitle ? (
          <input
            className={styles.editTitle}
            type="text"
            defaultValue={currTitle}
            onChange={(e) => {
              setCurrTitle(e.target.value);
            }}
            onKeyDown={changeTitleHandler}
          />
        ) : userRole === (RoleEnum.VOLUNTEER as string) ? (
          <div className={styles.headerSection}>{filename}</div>
        ) : (
          <div
            className={styles.headerSection}
            onClick={() => {
              setEditingTitle(true);
            }}
          >
            {filename}
            <Image src="/pencil_icon.svg" width={16} height={16} alt="edit" />
          </div>
        )}
        {fileURL && (
          <div className={styles.headerSection}>
            <Image
              src="/download_icon.svg"
              width={24}
              height={24}
              alt="download"
              onClick={handleDownload}
            />
            {/* <Link href={fileURL} target="_blank" download> */}
            <Image src="/print_icon.svg" width={24} height={24} alt="print" onClick={handlePrint} />
            {/* </Link> */}
          </div>
        )}
      </div>
    );
  };

  return (
    <>
      {file && currUser && (
        <>
          <div style={{ background: "#f5f5f5" }}>
            {HeaderBar(file.filename)}
            {fileURL && (
              <>
                <Document
                  className={styles.document}
                  file={fileURL}
                  onLoadSuccess={onDocumentLoadSuccess}
                >
                  {Array.from(Array(numPages), (e, i) => {
                    return (
                      <Page
                        key={i}
                        pageNumber={i + 1}
                        canvasBackground="white"
                        height={window.innerHeight}
                        width={window.innerWidth * 0.5}
                        renderAnnotationLayer={false}
                        renderTextLayer={false}
                      />
                    );
                  })}
                </Document>
              </>
            )}
            <div className={styles.commentsWrapper}>
              {file.comments.map((comment, i) => {
                return (
                  <DocumentComment
                    key={i}
                    comment={comment}
                    file={file}
                    user={currUser}
                    commentKey={i}
                    selected={currComment === i}
                    setSelected={(selected) => {
                      if (selected) {
                        setCurrComment(i);
                      } else {
                        setCurrComment(undefined);
                      }
                    }}
                    setFile={setFile}
                    onSuccess={setSuccessMessage}
                    onError={setErrorMessage}
                  />
                );
              })}
            </div>
          </div>
          <div
            className={
              currComment === undefined ? styles.addCommentButton : styles.disabledCommentButton
            }
            onClick={() => {
              const newCommentFrame: Comment = {
                _id: "",
                comment: "",
                commenterId: currUser,
                datePosted: "",
              };
              setFile({ ...file, comments: [newCommentFrame].concat(file.comments) });
              setCurrComment(0);
            }}
          >
            <Image src="/add_icon.svg" width={20} height={20} alt="add"></Image>
            Add a comment
          </div>
        </>
      )}
      {errorMessage && <ErrorMessage message={errorMessage} />}
      {successMessage && <SuccessNotification message={successMessage} />}
    </>
  );
}
