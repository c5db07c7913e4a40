import React from "react";
import { Camera } from "lucide-react";
import { Card } from "@/components/ui/card";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useRef } from "react";

interface PictureCardProps {
  title: string;
  description: string;
  imageSources: string[];
  handleFileUploadCallback: (files: FileList) => void;
  updateImageSources: (imageSources: string[]) => void;
}

// Function to handle file upload
const handleFileUpload = (
  e: React.ChangeEvent<HTMLInputElement>,
  imageSources: string[],
  imageSourcesCallback: (imageSources: string[]) => void,
  handleFileUploadCallback: (files: FileList) => void
) => {
  const files = e.target.files;
  if (files) {
    // ADD FILE UPLOAD LOGIC HERE

    // Loop through the files and add the image sources to the image sources array
    const newPictures: string[] = [];
    for (let i = 0; i < files.length; i++) {
      newPictures.push(URL.createObjectURL(files[i]));
    }

    // Update the image sources
    imageSourcesCallback([...imageSources, ...newPictures]);

    // Call the handle file upload callback
    handleFileUploadCallback(files);
  }
};

// Function to open the file upload dialog using the file input reference
const openFileUploadDialog = (
  pictureUploadFieldRef: React.RefObject<HTMLInputElement>
) => {
  if (pictureUploadFieldRef.current) {
    pictureUploadFieldRef.current.click();
  }
};

const ItineraryPictureCard = ({
  title,
  description,
  imageSources,
  handleFileUploadCallback,
  updateImageSources,
}: PictureCardProps) => {
  // CONSTANTS
  const MIN_NUMBER_OF_IMAGES: number = 0; // Minimum number of images
  const MAX_NUMBER_OF_IMAGES: number = 3; // Maximum number of images

  const pictureUploadFieldRef: React.RefObject<HTMLInputElement> = useRef(null); // Picture upload field reference to open the file dialog when the plus icon is clicked

  const thumbnailImages: string[] = imageSources.slice(
    MIN_NUMBER_OF_IMAGES,
    MAX_NUMBER_OF_IMAGES
  ); // Thumbnail images
  const numberOfImages: number = imageSources.length; // Number of images

  let plusIconRotation: string = ""; // Rotation of the plus icon

  // set the rotation of the plus icon based on the number of images
  if (
    numberOfImages >= MIN_NUMBER_OF_IMAGES &&
    numberOfImages < MAX_NUMBER_OF_IMAGES
  ) {
    plusIconRotation = "rotate-0";
  } else {
    plusIconRotation = "rotate-3";
  }

  return (
    <Card>
      <div className="p-3 sm:p-4">
        <h2 className="text-lg sm:text-xl font-semibold mb-2">{title}</h2>
        <p className="text-gray-600 mb-4 text-sm sm:text-base">{description}</p>
        <div
          className="relative bg-white h-40 sm:h-48 rounded-lg flex items-center justify-center"
          style={{
            backgroundImage: "url(" + thumbnailImages[0] + ")",
            backgroundSize: "cover",
            backgroundPosition: "center",
          }}
        >
          <div className="absolute top-2 left-2 bg-white bg-opacity-75 rounded-full px-2 py-1 text-xs sm:text-sm flex items-center">
            <Camera size={14} className="mr-1 sm:w-4 sm:h-4" />
            <span>{numberOfImages} photos</span>
          </div>

          <div className="absolute bottom-0 left-0 right-0">
            <div className="flex justify-center -mb-3 sm:-mb-4">
              {numberOfImages > 1 && (
                <img
                  className="w-12 h-12 sm:w-16 sm:h-16 bg-gray-300 rounded-lg shadow-md -mr-2 transform -rotate-3"
                  src={thumbnailImages[1]}
                  alt="Thumbnail"
                />
              )}

              {numberOfImages > 2 && (
                <img
                  className="w-16 h-16 sm:w-20 sm:h-20 bg-gray-300 rounded-lg shadow-md z-10"
                  src={thumbnailImages[2]}
                  alt="Thumbnail"
                />
              )}

              <Button
                className={
                  "w-12 h-12 sm:w-16 sm:h-16 bg-gray-300 rounded-lg shadow-md -ml-2 transform " +
                  plusIconRotation
                }
                onClick={() => openFileUploadDialog(pictureUploadFieldRef)}
              >
                <Plus className="w-4 h-4 sm:w-5 sm:h-5" />
              </Button>
              <input
                id="files"
                type="file"
                ref={pictureUploadFieldRef}
                multiple={true}
                accept="image/*"
                onChange={(e) =>
                  handleFileUpload(
                    e,
                    imageSources,
                    updateImageSources,
                    handleFileUploadCallback
                  )
                }
                hidden
              />
            </div>
          </div>
        </div>
      </div>
    </Card>
  );
};

export default ItineraryPictureCard;
