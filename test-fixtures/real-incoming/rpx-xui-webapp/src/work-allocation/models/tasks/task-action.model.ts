export default interface TaskAction {
  id: string;
  title: string;
}
