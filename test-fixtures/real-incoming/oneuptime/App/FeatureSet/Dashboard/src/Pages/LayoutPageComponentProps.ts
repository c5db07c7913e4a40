import PageComponentProps from "./PageComponentProps";

export default interface LayoutPageComponentProps extends PageComponentProps {
  hideSideMenu?: boolean;
}
