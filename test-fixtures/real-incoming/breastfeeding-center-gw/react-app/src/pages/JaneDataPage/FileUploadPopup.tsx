import { useState, useRef } from "react";
import Modal from "../../components/Modal";
import { FiCheckCircle } from "react-icons/fi";
import { IoIosClose } from "react-icons/io";
import apptUploadIcon from "../../assets/apptUpload.svg";
import clientUploadIcon from "../../assets/clientUpload.svg";
import { useUploadJaneData } from "@/hooks/mutations/useUploadJaneData";
import Loading from "@/components/Loading";
import { AxiosError } from "axios";
import { Button } from "@/components/ui/button";
import { queryClient } from "@/config/query";
import queries from "@/queries";
import {
  Tooltip,
  TooltipContent,
  TooltipTrigger,
} from "@/components/ui/tooltip";

type FileUploadPopupProps = {
  isOpen: boolean;
  onClose: () => void;
};

const FileUploadPopup = ({ isOpen, onClose }: FileUploadPopupProps) => {
  const resetState = () => {
    setApptFile(null);
    setClientFile(null);
    setApptFileName("");
    setClientFileName("");
    setErrorType("none");
  };

  const handleClose = () => {
    resetState();
    onClose();
  };

  const [apptFile, setApptFile] = useState<File | null>(null);
  const [clientFile, setClientFile] = useState<File | null>(null);

  const [apptFileName, setApptFileName] = useState<string>();
  const [clientFileName, setClientFileName] = useState<string>();

  const apptFileInputRef = useRef<HTMLInputElement>(null);
  const clientFileInputRef = useRef<HTMLInputElement>(null);
  const [missingClients, setMissingClients] = useState<string[]>([]);

  const uploadMutation = useUploadJaneData();

  const [errorType, setErrorType] = useState<
    "none" | "invalidType" | "missingClients" | "other"
  >("none");

  const handleFileChange = (
    e: React.ChangeEvent<HTMLInputElement>,
    type: "appt" | "client",
  ) => {
    const file = e.target.files?.[0];
    if (!file) return;

    const fileName = file?.name;
    const parts = fileName.split(".");
    const extension = parts[parts.length - 1]?.trim()?.toLowerCase() ?? "";
    const invalidType = !(extension === "csv" || extension === "xlsx");
    if (invalidType) {
      setErrorType("invalidType");
      return;
    }

    setErrorType("none");
    if (type === "appt") {
      setApptFile(file);
      setApptFileName(fileName);
    }
    if (type === "client") {
      setClientFile(file);
      setClientFileName(fileName);
    }
  };

  const handleApptFile = () => {
    setApptFile(null);
    setApptFileName("");
    if (apptFileInputRef.current) {
      apptFileInputRef.current.value = "";
    }
  };

  const handleClientFile = () => {
    setClientFile(null);
    setClientFileName("");
    if (clientFileInputRef.current) {
      clientFileInputRef.current.value = "";
    }
  };

  const handleSubmit = async () => handleUploadSubmit(apptFile, clientFile);

  const handleUploadSubmit = async (
    apptFile: File | null,
    clientFile: File | null,
  ) => {
    uploadMutation.mutate({
      apptFile,
      clientFile,
    }, {
      onError: (err) => {
        console.error(err);

        if (err instanceof AxiosError) {
          if (Array.isArray(err.response?.data.details)) {
            setErrorType("missingClients");
            setMissingClients(err.response.data.details as string[]);
          } else {
            setErrorType("other");
          }
        } else {
          setErrorType("other");
        }
      },
      onSuccess: () => {
        console.log("Upload successful!");
        handleClose();
      },
      onSettled: () => {
        queryClient.invalidateQueries({
          queryKey: queries.janeData.uploadedDataTable._def,
        });
      },
    });
  };

  const uploadButtonEnabled =
    !!apptFile && errorType === "none" && !uploadMutation.isPending;

  return (
    <Modal
      open={isOpen}
      onClose={handleClose}
      disabled={uploadMutation.isPending}
      height={350}
      width={500}
    >
      <div className="flex justify-center items-center sm:block">
        <div className="flex flex-col bg-white rounded-2xl w-full h-auto overflow-y-auto sm:overflow-visible">
          {/* Header */}
          <div className="flex justify-between items-center my-2 mx-4">
            <p className="text-base sm:text-lg">Jane File Upload</p>
            <IoIosClose
              className="text-bcgw-blue-dark hover:text-gray-600 cursor-pointer"
              onClick={() => {
                if (!uploadMutation.isPending) handleClose();
              }}
              size={32}
            />
          </div>

          <div className="w-full h-[1.5px] bg-black" />

          <p className="text-gray-500 m-3">
            <span className="text-red-600">*</span> Appointment sheet is
            required
          </p>

          <div className="flex flex-col items-center gap-3 sm:flex-row sm:justify-evenly sm:place-items-center sm:mt-6">
            <div className="flex flex-col items-center">
              <label
                htmlFor="appt-upload"
                className="cursor-pointer flex flex-col items-center"
              >
                <img
                  src={apptUploadIcon}
                  alt="Upload Appts"
                  className="w-14 h-14 ml-3"
                />
                <span className="mt-2 font-medium text-xl md:text-sm">
                  <span className="text-red-600">* </span>
                  <span className="underline underline-offset-2 decoration-1">
                    UPLOAD APPTS
                  </span>
                  {apptFile && (
                    <FiCheckCircle
                      className="inline-block align-middle ml-1"
                      size={18}
                      color="#04BB22"
                    />
                  )}
                </span>
              </label>
              <input
                id="appt-upload"
                type="file"
                ref={apptFileInputRef}
                accept=".xlsx,.csv"
                className="hidden"
                onChange={(e) => handleFileChange(e, "appt")}
                disabled={uploadMutation.isPending}
              />
              <div className={apptFileName ? "block" : "invisible"}>
                <div className="flex text-sm font-bold items-center mt-1">
                  <Tooltip>
                    <TooltipTrigger>
                      <p className="truncate text-[#1264B1] max-w-[7rem]">
                        {apptFileName}
                      </p>
                    </TooltipTrigger>
                    <TooltipContent side="bottom">
                      <span className="text-sm">{apptFileName}</span>
                    </TooltipContent>
                  </Tooltip>
                  <button
                    onClick={() => {
                      handleApptFile();
                    }}
                    disabled={uploadMutation.isPending}
                    className="text-bcgw-blue-dark hover:text-gray-600 cursor-pointer"
                  >
                    <IoIosClose size={20} />
                  </button>
                </div>
              </div>
            </div>

            <div className="flex flex-col items-center mb-2">
              <label
                htmlFor="client-upload"
                className="cursor-pointer flex flex-col items-center"
              >
                <img
                  src={clientUploadIcon}
                  alt="Upload Clients"
                  className="w-16 h-16"
                />
                <span className="mt-2 font-medium text-xl md:text-sm">
                  <span className="underline underline-offset-2 decoration-1">
                    UPLOAD CLIENTS
                  </span>
                  {clientFile && (
                    <FiCheckCircle
                      className="inline-block align-middle ml-1"
                      size={18}
                      color="#04BB22"
                    />
                  )}
                </span>
              </label>
              <input
                id="client-upload"
                type="file"
                ref={clientFileInputRef}
                accept=".xlsx,.csv"
                className="hidden"
                onChange={(e) => handleFileChange(e, "client")}
                disabled={uploadMutation.isPending}
              />
              <div className={clientFileName ? "block" : "invisible"}>
                <div className="flex text-sm font-bold items-center mt-1">
                  <Tooltip>
                    <TooltipTrigger>
                      <p className="truncate text-[#1264B1] max-w-[7rem]">
                        {clientFileName}
                      </p>
                    </TooltipTrigger>
                    <TooltipContent side="bottom">
                      <span className="text-sm">{clientFileName}</span>
                    </TooltipContent>
                  </Tooltip>
                  <button
                    onClick={() => {
                      handleClientFile();
                    }}
                    disabled={uploadMutation.isPending}
                    className="text-bcgw-blue-dark hover:text-gray-600 cursor-pointer"
                  >
                    <IoIosClose size={20} />
                  </button>
                </div>
              </div>
            </div>
          </div>
          {/* Errors */}
          {errorType === "other" && (
            <p className="text-xs text-center mx-2 mb-2 text-red-600 sm:text-sm sm:mx-4">
              Something went wrong: {uploadMutation.error?.message}
            </p>
          )}
          {errorType === "invalidType" && (
            <p className="text-xs text-center mx-2 mb-2 text-red-600 sm:text-sm sm:mx-4">
              The file(s) you uploaded does not match upload type
            </p>
          )}
          {errorType === "missingClients" && (
            <div className="flex flex-col items-center mb-2">
              <p className="text-xs text-center mx-2 mt-2 text-red-600 sm:text-sm sm:mx-4">
                Some clients in the uploaded appointment sheet are not in the
                system. Please upload client sheet with new clients.{" "}
                <Tooltip>
                  <TooltipTrigger>
                    <span
                      data-tooltip-id="missingClientsTip"
                      className="underline cursor-pointer"
                    >
                      View missing clients
                    </span>
                  </TooltipTrigger>
                  <TooltipContent side="bottom">
                    <div className="text-xs leading-6 text-center min-w-[150px] sm:text-sm">
                      {missingClients.slice(0, 5).map((c, i) => (
                        <p key={i}>{c}</p>
                      ))}
                      {missingClients.length > 5 && <p>…</p>}
                    </div>
                  </TooltipContent>
                </Tooltip>
              </p>
            </div>
          )}

          {/* Submit Button */}
          <div className="flex flex-col items-center gap-3 justify-center mt-4 mb-8">
            {uploadMutation.isPending ? (
              <Loading />
            ) : (
              <Button
                variant={"yellow"}
                className="px-6 py-2"
                disabled={!uploadButtonEnabled}
                onClick={handleSubmit}
              >
                UPLOAD DATA
              </Button>
            )}
          </div>
        </div>
      </div>
    </Modal>
  );
};

export default FileUploadPopup;
