export class Constants {
  static Fonts = { RobotoLight: "Roboto-Light", RobotoBold: "Roboto-Bold", RobotoMedium: "Roboto-Medium", RobotoRegular: "Roboto-Regular" };

  static Images = {
    ic_menu: require("../assets/images/ic_menu.png"),
    ic_user: require("../assets/images/ic_user.png"),
    ic_give: require("../assets/images/ic_give.png"),
    logoBlue: require("../assets/images/logoBlue.png"),
    logoWhite: require("../assets/images/logoWhite.png"),
    ic_church: require("../assets/images/ic_church.png"),
    ic_member: require("../assets/images/ic_member.png")
  };
}
