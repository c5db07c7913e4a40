/**
 * @category saltcorn-markup
 * @module layout
 */

import tags from "./tags.js";
const {
  div,
  a,
  span,
  text,
  img,
  p,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  label,
  ul,
  button,
  li,
  i,
  genericElement,
  table,
  tr,
  td,
  tbody,
  iframe,
  script,
  text_attr,
  form,
} = tags;
import {
  toast,
  breadcrumbs,
  renderTabs,
  show_icon,
  show_icon_and_label,
} from "./layout_utils.js";
import type { Layout } from "@saltcorn/types/base_types";
import { instanceOWithHtmlFile } from "@saltcorn/types/base_types";
import helpers from "./helpers.js";
import { renderMJML } from "./mjml-layout.js";
const { search_bar } = helpers;
import { StyleVal, Element, ClassVal } from "./types.js";

declare const window: Window & typeof globalThis;

/**
 * @param {any|any[]} [alerts]
 * @returns {boolean}
 */
const couldHaveAlerts = (alerts?: any | any[]): boolean =>
  alerts || Array.isArray(alerts);

/**
 * @param {string|any} body
 * @param {object[]} [alerts]
 * @returns {object}
 */
const makeSegments = (
  body: string | any,
  isWeb: boolean,
  alerts?: Array<{
    type: "error" | "danger" | "success" | "warning";
    msg: string;
  }>
): {
  above: Array<{
    type: string;
    contents: Element;
  }>;
} => {
  const toastSegments =
    couldHaveAlerts(alerts) && !body.noWrapTop
      ? [
          {
            type: "blank",
            contents: div(
              {
                id: "toasts-area",
                class: `toast-container position-fixed ${
                  isWeb
                    ? "top-0 end-0 p-2"
                    : "bottom-0 start-50 p-0 mobile-toast-margin"
                } `,
                style: "z-index: 9999;",
                "aria-live": "polite",
                "aria-atomic": "true",
              },
              (alerts || []).map((a) => toast(a.type, a.msg))
            ),
          },
        ]
      : [];

  if (typeof body === "string")
    return {
      above: [{ type: "blank", contents: body }, ...toastSegments],
    };
  else if (body.above) {
    if (couldHaveAlerts(alerts)) body.above.push(toastSegments[0]);
    return body;
  } else
    return {
      above: [body, ...toastSegments],
    };
};

/**
 *
 * @param {any} segment
 * @param {string} inner
 * @returns {div|span|string}
 */
const selfStylingTypes = new Set(["card", "container", "besides", "image"]);

const textStyleToArray = (textStyle: any) =>
  Array.isArray(textStyle) ? textStyle : !textStyle ? [] : [textStyle];

const textStyleClassNames = (textStyle: any): string[] =>
  textStyleToArray(textStyle)
    .filter((s: string) => s[0] !== "h")
    .map((s: string) =>
      s === "font-italic"
        ? "fst-italic"
        : s === "text-underline"
          ? "text-decoration-underline"
          : s
    );

const applyTextStyle = (segment: any, inner: string): string => {
  const to_bs5 = (s: string) =>
    s === "font-italic"
      ? "fst-italic"
      : s === "text-underline"
        ? "text-decoration-underline"
        : s;
  const styleArray = textStyleToArray(segment.textStyle);
  const hs = styleArray.find((s) => s[0] === "h");
  const klasses = styleArray.filter((s) => s[0] !== "h").map(to_bs5);
  const inline_h = segment.textStyle && hs && segment.inline;
  const style: any = segment.font
    ? { fontFamily: segment.font, ...segment.style }
    : segment.style || {};
  const hasStyle =
    Object.keys(style).length > 0 && !selfStylingTypes.has(segment.type);

  if (inline_h) style.display = "inline-block";
  if (segment.customClass && segment.type !== "container")
    klasses.push(segment.customClass);

  // Per-device font size: generate scoped responsive CSS
  let responsiveFontStyle = "";
  if (segment.mobileFontSize || segment.tabletFontSize) {
    const rndCls = `fs-${Math.floor(Math.random() * 16777215).toString(16)}`;
    klasses.push(rndCls);
    const desktopFs = style["font-size"];
    let css = "";
    if (segment.mobileFontSize)
      css += `.${rndCls}{font-size:${segment.mobileFontSize} !important}`;
    if (segment.tabletFontSize)
      css += `@media(min-width:768px){.${rndCls}{font-size:${segment.tabletFontSize} !important}}`;
    if (desktopFs)
      css += `@media(min-width:992px){.${rndCls}{font-size:${desktopFs} !important}}`;
    responsiveFontStyle = `<style>${css}</style>`;
  }

  const klass = klasses.join(" ");

  let result: string;
  switch (hs) {
    case "h1":
      result = h1({ style, class: klass }, inner);
      break;
    case "h2":
      result = h2({ style, class: klass }, inner);
      break;
    case "h3":
      result = h3({ style, class: klass }, inner);
      break;
    case "h4":
      result = h4({ style, class: klass }, inner);
      break;
    case "h5":
      result = h5({ style, class: klass }, inner);
      break;
    case "h6":
      result = h6({ style, class: klass }, inner);
      break;
    default:
      result =
        segment.block || (segment.display === "block" && hasStyle)
          ? div({ class: klass, style }, inner)
          : segment.textStyle || hasStyle || klass
            ? span({ class: klass, style }, inner)
            : inner;
  }
  return responsiveFontStyle + result;
};

const responsiveSizeStyle = (segment: any, desktopStyle?: any) => {
  const { mobileWidth, tabletWidth, mobileHeight, tabletHeight } = segment;
  if (!mobileWidth && !tabletWidth && !mobileHeight && !tabletHeight)
    return { className: "", styleTag: "" };

  const rndCls = `rs-${Math.floor(Math.random() * 16777215).toString(16)}`;
  let css = "";

  // mobile only (< 768px)
  const mobileRules: string[] = [];
  if (mobileWidth) mobileRules.push(`width:${mobileWidth} !important`);
  if (mobileHeight) mobileRules.push(`height:${mobileHeight} !important`);
  if (mobileRules.length)
    css += `@media(max-width:767.98px){.${rndCls}{${mobileRules.join(";")}}}`;

  // tablet only (768px - 991.98px)
  const tabletRules: string[] = [];
  if (tabletWidth) tabletRules.push(`width:${tabletWidth} !important`);
  if (tabletHeight) tabletRules.push(`height:${tabletHeight} !important`);
  if (tabletRules.length)
    css += `@media(min-width:768px) and (max-width:991.98px){.${rndCls}{${tabletRules.join(";")}}}`;

  return { className: rndCls, styleTag: css ? `<style>${css}</style>` : "" };
};

// declaration merging
namespace LayoutExports {
  export type RenderOpts = {
    blockDispatch?: any;
    layout: any;
    role?: any;
    alerts?: Array<{
      type: "error" | "danger" | "success" | "warning";
      msg: string;
    }>;
    is_owner?: boolean;
    req?: any;
    hints?: any;
  };
}
type RenderOpts = LayoutExports.RenderOpts;

/**
 * @param {object} opts
 * @param {object} opts.blockDispatch
 * @param {object|string} opts.layout
 * @param {object} [opts.role]
 * @param {object[]} [opts.alerts]
 * @param {boolean} opts.is_owner
 * @returns {string}
 */
const render = ({
  blockDispatch,
  layout,
  role,
  alerts,
  is_owner,
  req,
  hints = {},
}: RenderOpts): string => {
  //console.log(JSON.stringify(layout, null, 2));
  const isWeb = typeof window === "undefined" && !req?.smr;
  //const hints = blockDispatch?.hints || {};
  function wrap(segment: any, isTop: boolean, ix: number, inner: string) {
    const iconTag = segment.icon
      ? show_icon(segment.icon, "", true) + "&nbsp;"
      : "";
    if (isTop && blockDispatch && blockDispatch.wrapTop && !layout?.noWrapTop)
      return blockDispatch.wrapTop(segment, ix, inner);
    else
      return segment.labelFor
        ? label(
            { for: `input${text(segment.labelFor)}` },
            applyTextStyle(segment, iconTag + inner)
          )
        : applyTextStyle(segment, iconTag + inner);
  }
  function go(segment: any, isTop: boolean = false, ix: number = 0): string {
    if (!segment) return "";
    if (
      typeof segment === "object" &&
      Object.keys(segment).length === 0 &&
      segment.constructor === Object
    )
      return "";
    if (typeof segment === "string") return wrap(segment, isTop, ix, segment);
    if (Array.isArray(segment))
      return wrap(
        segment,
        isTop,
        ix,
        segment.map((s, jx) => go(s, isTop, jx + ix)).join("")
      );
    if (segment.minRole && role > segment.minRole) return "";
    if (segment.type && blockDispatch && blockDispatch[segment.type]) {
      const resp = blockDispatch[segment.type](segment, go);
      if (resp !== false) return wrap(segment, isTop, ix, resp ?? "");
      //else continue below
    }
    if (segment.type === "blank") {
      return wrap(segment, isTop, ix, segment.contents || "");
    }
    if (segment.type === "breadcrumbs") {
      return wrap(
        segment,
        isTop,
        ix,
        breadcrumbs(
          segment.crumbs || [],
          segment.right,
          segment.after,
          segment.center
        )
      );
    }
    if (segment.type === "view") {
      return wrap(segment, isTop, ix, segment.contents || "");
    }
    if (segment.type === "page") {
      return wrap(segment, isTop, ix, segment.contents || "");
    }
    if (segment.type === "pageHeader") {
      return wrap(
        segment,
        isTop,
        ix,
        h1(segment.title) + p(segment.blurb || "")
      );
    }
    if (segment.type === "table") {
      const ntimes = (n: number, f: (i: number) => any) => {
        const res = [];
        for (let index = 0; index < n; index++) {
          res.push(f(index));
        }
        return res;
      };
      const {
        bs_style,
        bs_small,
        bs_striped,
        bs_bordered,
        bs_borderless,
        bs_wauto,
        customClass,
      } = segment;
      const tabHtml = table(
        {
          class: !bs_style
            ? customClass
            : [
                "table",
                bs_small && "table-sm",
                bs_striped && "table-striped",
                bs_bordered && "table-bordered",
                bs_borderless && "table-borderless",
                bs_wauto && "w-auto",
                customClass,
              ],
        },
        tbody(
          ntimes(segment.rows, (ri) =>
            tr(
              ntimes(segment.columns, (ci) =>
                td(go(segment.contents?.[ri]?.[ci]))
              )
            )
          )
        )
      );
      return wrap(segment, isTop, ix, tabHtml);
    }
    if (segment.type === "image") {
      const srctype = segment.srctype || "File";
      const src = isWeb
        ? srctype === "File"
          ? `/files/serve/${encodeURIComponent(segment.fileid)}`
          : segment.url
        : segment.encoded_image
          ? segment.encoded_image
          : segment.url;
      const imageCfg: {
        class?: string[] | ClassVal;
        alt?: string;
        style: StyleVal;
        srcset?: string;
        src?: string;
        "mobile-img-path"?: string;
      } = {
        class: [
          segment.style && segment.style.width ? null : "w-100",
          segment.customClass,
        ],
        alt: segment.alt,
        style: segment.style,
        srcset:
          segment.imgResponsiveWidths &&
          segment.fileid &&
          (srctype === "File" || srctype === "Field")
            ? segment.imgResponsiveWidths
                .split(",")
                .map(
                  (w: string) =>
                    `/files/resize/${w.trim()}/0/${encodeURIComponent(
                      segment.fileid
                    )} ${w.trim()}w`
                )
                .join(",")
            : undefined,
        src,
      };
      if (!isWeb && !segment.encoded_image) {
        imageCfg["mobile-img-path"] =
          srctype === "File"
            ? segment.fileid
            : segment.url?.startsWith("/files/serve/")
              ? segment.url.substr(13)
              : undefined;
      }
      return wrap(segment, isTop, ix, img(imageCfg));
    }
    if (segment.type === "dropdown_menu") {
      const rndid = `actiondd${Math.floor(Math.random() * 16777215).toString(
        16
      )}`;

      let style =
        segment.action_style === "btn-custom-color"
          ? `background-color: ${
              segment.action_bgcol || "#000000"
            };border-color: ${segment.action_bordercol || "#000000"}; color: ${
              segment.action_textcol || "#000000"
            }`
          : null;
      return div(
        { class: ["dropdown", !segment.block && "d-inline"] },
        button(
          {
            class:
              segment.action_style === "btn-link"
                ? "btn btn-link"
                : `btn ${segment.action_style || "btn-primary"} ${
                    segment.action_size || ""
                  } d-inline-block dropdown-toggle`,

            "data-boundary": "viewport",
            type: "button",
            id: rndid,
            "data-bs-toggle": "dropdown",
            "aria-haspopup": "true",
            "aria-expanded": "false",
            style,
          },
          show_icon_and_label(
            segment.action_icon,
            segment.label ||
              (!segment.action_icon || segment.action_icon == "empty"
                ? "Actions"
                : ""),
            segment.label && "me-1"
          )
        ),
        div(
          {
            class: [
              "dropdown-menu",
              segment.menu_direction === "end" && "dropdown-menu-end",
            ],
            "aria-labelledby": rndid,
          },
          div({ class: "d-flex flex-column px-2" }, go(segment.contents))
        )
      );
    }
    if (segment.type === "link") {
      let style =
        segment.link_style === "btn btn-custom-color"
          ? `background-color: ${
              segment.link_bgcol || "#000000"
            };border-color: ${segment.link_bordercol || "#000000"}; color: ${
              segment.link_textcol || "#000000"
            }`
          : null;
      return wrap(
        segment,
        isTop,
        ix,
        a(
          {
            ...(isWeb
              ? {
                  href: segment.in_modal
                    ? `javascript:ajax_modal('${segment.url}');`
                    : segment.url,
                }
              : {
                  onclick: segment.in_modal
                    ? `javascript:mobile_modal('${segment.url}');`
                    : `execLink('${segment.url}', '${
                        segment.link_src || "URL"
                      }')`,
                }),
            class: [
              segment.link_style || "",
              segment.link_size || "",
              segment.link_class || "",
              segment.link_style &&
                segment.link_style.includes("btn") &&
                "d-inline-block",
              // Apply textStyle classes directly on the <a> so they are not
              // overridden by Bootstrap's .btn font-weight reset on the element.
              ...textStyleClassNames(segment.textStyle),
            ],
            target: isWeb && segment.target_blank ? "_blank" : false,
            title: segment.link_title,
            rel: segment.nofollow ? "nofollow" : false,
            style,
          },
          show_icon_and_label(segment.link_icon, segment.text)
        )
      );
    }
    if (segment.type === "card") {
      const {
        vAlign,
        hAlign,
        bgType,
        gradDirection,
        gradStartColor,
        gradEndColor,
        bgFileId,
        imageSize,
        imageLocation,
      } = segment;
      const cardSize = responsiveSizeStyle(segment);
      return wrap(
        segment,
        isTop,
        ix,
        cardSize.styleTag +
          div(
            {
              class: [
                "card",
                !(segment.class || "").includes("mt-") &&
                  !segment.style?.["margin-top"] &&
                  "mt-4",
                segment.shadow === false ? false : "shadow",
                segment.class,
                segment.url && "with-link",
                hints.cardClass,
                hAlign && `text-${hAlign}`,
                cardSize.className,
              ],
              ...(segment.id ? { id: segment.id } : {}),
              onclick: segment.url
                ? isWeb
                  ? segment.url?.startsWith?.("javascript:")
                    ? text_attr(segment.url.replace("javascript:", ""))
                    : `location.href='${segment.url}'`
                  : `execLink('${segment.url}')`
                : false,
              style: {
                ...segment.style,
                ...(bgType === "Color"
                  ? { backgroundColor: segment.bgColor }
                  : bgType === "Gradient"
                    ? {
                        backgroundImage: `linear-gradient(${
                          gradDirection || 0
                        }deg, ${gradStartColor}, ${gradEndColor});`,
                      }
                    : bgType === "Image" && bgFileId && imageLocation === "Card"
                      ? {
                          backgroundImage: `url('/files/serve/${bgFileId}')`,
                          backgroundSize:
                            imageSize === "repeat"
                              ? undefined
                              : imageSize || "contain",
                          backgroundRepeat:
                            imageSize === "repeat" ? imageSize : "no-repeat",
                        }
                      : {}),
              },
            },
            bgType === "Image" &&
              bgFileId &&
              imageLocation === "Top" &&
              img({
                src: `/files/serve/${bgFileId}`,
                class: "card-img-top",
              }),
            segment.title &&
              span(
                {
                  class: ["card-header", segment.titleRight && "right-section"],
                },
                typeof segment.title === "string"
                  ? hints.cardTitleWrapDiv
                    ? div(
                        { class: "card-title" },
                        genericElement(
                          `h${hints.cardTitleHeader || 5}`,
                          segment.title
                        )
                      )
                    : genericElement(
                        `h${hints.cardTitleHeader || 5}`,
                        {
                          class:
                            hints.cardTitleClass ||
                            "m-0 fw-bold text-primary d-inline",
                        },
                        segment.title
                      )
                  : segment.title,
                segment.titleRight
                  ? div({ class: "title-right" }, go(segment.titleRight))
                  : "",
                segment.subtitle ? span(segment.subtitle) : "",
                segment.titleAjaxIndicator &&
                  span(
                    {
                      class: "float-end ms-auto sc-ajax-indicator",
                      style: { display: "none" },
                    },
                    i({ class: "fas fa-save" })
                  ),
                segment.titleErrorInidicator &&
                  span(
                    {
                      class: "float-end sc-error-indicator",
                      style: { display: "none", color: "#ff0033" },
                    },
                    i({ class: "fas fa-exclamation-triangle" })
                  )
              ),
            segment.tabContents && // TODO remove all calls to this, use tab in content instead
              div(
                { class: "card-header" },
                ul(
                  { class: ["nav nav-tabs card-header-tabs", hints.tabClass] },
                  Object.keys(segment.tabContents).map((title, ix) =>
                    li(
                      { class: "nav-item" },

                      a(
                        {
                          class: ["nav-link", ix === 0 && "active"],
                          href: `#tab-${title}`,
                          "data-bs-toggle": "tab",
                          role: "tab",
                        },
                        title
                      )
                    )
                  )
                )
              ) +
                div(
                  {
                    class: [
                      "card-body",
                      segment.bodyClass,
                      segment.noPadding && "p-0",
                    ],
                  },
                  div(
                    { class: "tab-content", id: "myTabContent" },
                    Object.entries(segment.tabContents).map(
                      ([title, contents], ix) =>
                        div(
                          {
                            class: ["tab-pane", ix == 0 && "show active"],
                            id: `tab-${title}`,
                          },
                          contents as Element
                        )
                    )
                  )
                ),
            segment.contents &&
              (segment.contents.type === "tabs" &&
              segment.contents.tabsStyle !== "Value switch"
                ? renderTabs(
                    {
                      tabClass: "card-header-tabs",
                      headerWrapperClass: "card-header",
                      contentWrapperClass: [
                        "card-body",
                        segment.bodyClass,
                        segment.noPadding && "p-0",
                      ],
                      ...segment.contents,
                    },
                    go,
                    segment.serverRendered
                      ? req?.query?.[segment.tabId || "_tab"]
                      : undefined,
                    hints
                  )
                : div(
                    {
                      class: [
                        "card-body",
                        segment.bodyClass,
                        segment.noPadding && "p-0",
                      ],
                      style: {
                        ...(bgType === "Image" &&
                        bgFileId &&
                        imageLocation === "Body"
                          ? {
                              backgroundImage: `url('/files/serve/${bgFileId}')`,
                              backgroundSize:
                                imageSize === "repeat"
                                  ? undefined
                                  : imageSize || "contain",
                              backgroundRepeat:
                                imageSize === "repeat"
                                  ? imageSize
                                  : "no-repeat",
                            }
                          : {}),
                      },
                    },
                    go(segment.contents)
                  )),
            (segment.hasFooter ||
              (segment.footer && segment.hasFooter !== false)) &&
              div({ class: "card-footer" }, go(segment.footer))
          )
      );
    }
    if (segment.type === "tabs") {
      return wrap(
        segment,
        isTop,
        ix,
        renderTabs(
          segment,
          go,
          segment.serverRendered
            ? req?.query?.[segment.tabId || "_tab"]
            : undefined,
          hints,
          !isWeb
        )
      );
    }
    if (segment.type === "container") {
      const {
        bgFileId,
        bgType,
        bgColor,
        vAlign,
        hAlign,
        block,
        display,
        imageSize,
        borderWidth,
        borderStyle,
        setTextColor,
        textColor,
        showForRole,
        hide,
        customClass,
        customId,
        customCSS,
        minScreenWidth,
        maxScreenWidth,
        showIfFormulaInputs,
        showIfFormulaJoinFields,
        show_for_owner,
        borderDirection,
        borderColor,
        url,
        hoverColor,
        gradStartColor,
        gradEndColor,
        gradDirection,
        fullPageWidth,
        overflow,
        rotate,
        style,
        transform,
        imgResponsiveWidths,
        htmlElement,
        animateName,
        animateDelay,
        animateDuration,
        animateInitialHide,
      } = segment;
      if (hide) return "";
      if (
        showForRole &&
        showForRole[role] === false &&
        !(show_for_owner && is_owner)
      )
        return "";
      const renderBg = true;
      const sizeProp = (segKey: string, cssNm: string, unit?: string) =>
        typeof segment[segKey] === "undefined"
          ? ""
          : `${cssNm}: ${segment[segKey]}${
              unit || segment[segKey + "Unit"] || "px"
            };`;
      const ppCustomCSS = (s?: string) =>
        s ? s.split("\n").join("") + ";" : "";
      const baseDisplayClass =
        block === false ? "inline-block" : display ? display : "block";
      let displayClass = minScreenWidth
        ? `d-none d-${minScreenWidth}-${baseDisplayClass}`
        : baseDisplayClass === "block"
          ? false // no need
          : `d-${baseDisplayClass}`;
      if (maxScreenWidth)
        displayClass = `${displayClass} d-${maxScreenWidth}-none`;
      const allZero = (xs: any) => xs.every((x: number) => +x === 0);
      const ppBox = (what: string) =>
        !segment[what] || allZero(segment[what])
          ? ""
          : `${what}: ${segment[what].map((p: string) => p + "px").join(" ")};`;
      let flexStyles = "";
      Object.keys(style || {}).forEach((k) => {
        if (fullPageWidth && k === "position") return;
        flexStyles += `${k}:${style[k]};`;
      });
      const to_bs5 = (s: string) => {
        if (s === "left") return "start";
        if (s === "right") return "end";
        return s;
      };
      const hasImgBg = renderBg && bgType === "Image" && bgFileId;
      const useImgTagAsBg = hasImgBg && imageSize !== "repeat" && isTop;
      let image = undefined;
      if (hasImgBg && useImgTagAsBg) {
        const imgCfg: {
          class: string[] | ClassVal | undefined;
          srcset?: string | undefined;
          src?: string | undefined;
          "mobile-img-path"?: string | undefined;
          style: StyleVal | undefined;
          alt: string | undefined;
        } = {
          class: `containerbgimage `,
          srcset: imgResponsiveWidths
            ? imgResponsiveWidths
                .split(",")
                .map(
                  (w: string) =>
                    `/files/resize/${w.trim()}/0/${bgFileId} ${w.trim()}w`
                )
                .join(",")
            : undefined,
          style: { "object-fit": imageSize || "contain" },
          alt: "",
        };
        if (isWeb) imgCfg.src = `/files/serve/${bgFileId}`;
        else imgCfg["mobile-img-path"] = bgFileId;
        image = img(imgCfg);
      }
      const legacyBorder = borderWidth
        ? `border${borderDirection ? `-${borderDirection}` : ""}: ${
            borderWidth || 0
          }px ${borderStyle || "none"} ${borderColor || "black"};`
        : "";

      const transforms: {
        [key: string]: string;
        rotate: string;
        scaleX: string;
        scaleY: string;
        translateX: string;
        translateY: string;
      } = { ...transform };
      if (rotate && rotate !== "0") transforms.rotate = `${rotate}deg`;
      let stransform = Object.keys(transforms).length
        ? "transform: " +
          Object.entries(transforms)
            .filter(([k, v]) => v !== "")
            .map(([k, v]) => `${k}(${v})`)
            .join(" ")
        : "";

      const containerSize = responsiveSizeStyle(segment, {
        width: segment.width
          ? `${segment.width}${segment.widthUnit || "px"}`
          : undefined,
        height: segment.height
          ? `${segment.height}${segment.heightUnit || "px"}`
          : undefined,
      });
      return wrap(
        segment,
        isTop,
        ix,
        containerSize.styleTag +
          genericElement(
            htmlElement || "div",
            {
              class: [
                customClass || false,
                hAlign && `text-${to_bs5(hAlign)}`,
                vAlign === "middle" && "d-flex align-items-center",
                vAlign === "bottom" && "d-flex align-items-end",
                vAlign === "middle" &&
                  hAlign === "center" &&
                  "justify-content-center",
                displayClass,
                url && "with-link",
                hoverColor && `hover-${hoverColor}`,
                fullPageWidth && "full-page-width",
                containerSize.className,
              ],
              id: customId || undefined,
              onclick: segment.url
                ? isWeb
                  ? segment.url?.startsWith?.("javascript:")
                    ? text_attr(segment.url.replace("javascript:", ""))
                    : `location.href='${segment.url}'`
                  : `execLink('${segment.url}')`
                : false,
              "data-animate":
                animateName && animateName !== "None" ? animateName : undefined,
              "data-animate-delay": animateDelay || undefined,
              "data-animate-initial-hide": animateInitialHide || undefined,
              "data-animate-duration": animateDuration || undefined,
              style: `${flexStyles}${ppCustomCSS(customCSS || "")}${sizeProp(
                "minHeight",
                "min-height"
              )}${sizeProp("height", "height")}${sizeProp(
                "width",
                "width"
              )}${sizeProp("widthPct", "width", "%")}${legacyBorder}${sizeProp(
                "borderRadius",
                "border-radius"
              )}${ppBox("padding")}${ppBox("margin")}${
                overflow && overflow !== "visible"
                  ? ` overflow: ${overflow};`
                  : ""
              } ${
                hasImgBg && !useImgTagAsBg
                  ? ` ${
                      isWeb
                        ? `background-image: url('/files/serve/${bgFileId}');`
                        : ""
                    } background-size: ${
                      imageSize === "repeat" ? "auto" : imageSize || "contain"
                    }; background-repeat: ${
                      imageSize === "repeat" ? "repeat" : "no-repeat"
                    };`
                  : ""
              } ${
                renderBg && bgType === "Color"
                  ? `background-color: ${bgColor};`
                  : ""
              } ${
                renderBg && bgType === "Gradient"
                  ? `background-image: linear-gradient(${
                      gradDirection || 0
                    }deg, ${gradStartColor}, ${gradEndColor});`
                  : ""
              } ${setTextColor ? `color: ${textColor};` : ""}${stransform}${
                showIfFormulaInputs ? ` display: none;` : ``
              }`,
              ...(showIfFormulaInputs
                ? {
                    "data-show-if": encodeURIComponent(
                      `showIfFormulaInputs(e, '${showIfFormulaInputs.replaceAll(
                        "'",
                        "\\'"
                      )}')`
                    ),
                  }
                : {}),
              ...(showIfFormulaJoinFields
                ? {
                    "data-show-if-joinfields": encodeURIComponent(
                      JSON.stringify(showIfFormulaJoinFields)
                    ),
                  }
                : {}),
              ...(!isWeb && hasImgBg && !useImgTagAsBg
                ? { "mobile-bg-img-path": bgFileId }
                : {}),
            },
            hasImgBg && useImgTagAsBg && image,

            go(segment.contents)
          )
      );
    }

    if (segment.type === "line_break") {
      if (segment.hr) return "<hr>";
      if (segment.page_break_after)
        return '<div style="break-after:page"></div>';
      return "<br />";
    }
    if (segment.type === "search_bar") {
      return form(
        {
          action: "/search",
          method: "get",
        },
        search_bar("q", "", {
          has_dropdown: segment.has_dropdown,
          autofocus: segment.autofocus,
          contents: go(segment.contents),
          hints,
        })
      );
    }
    if (segment.above) {
      return segment.above
        .map((s: any, segmentIx: number) => go(s, isTop, segmentIx + ix))
        .join("");
    } else if (segment.besides) {
      const colsSize = responsiveSizeStyle(segment);
      const defwidth = Math.round(12 / segment.besides.length);
      //legacy, for empty (null) in the columns
      const isOneCard = (segs: any) =>
        segs.length === 1 && segs[0].type === "card";
      const onlyCard = (s: any) =>
        (s && s.type === "card") ||
        (s.above && isOneCard(s.above.filter(Boolean)));
      const cardDeck = segment.besides
        .filter(Boolean) // allow blank
        .every(onlyCard);
      let markup;

      if (cardDeck) {
        const sameWidths =
          !(segment.widths as number[]) ||
          (segment.widths as number[]).every((w) => w === defwidth);
        markup =
          colsSize.styleTag +
          div(
            {
              class: [
                "row",
                segment.class,
                segment.customClass,
                sameWidths &&
                  `row-cols-1 row-cols-md-${segment.besides.length}`,
                typeof segment.gx !== "undefined" &&
                  segment.gx !== null &&
                  `gx-${segment.gx}`,
                typeof segment.gy !== "undefined" &&
                  segment.gy !== null &&
                  `gy-${segment.gy}`,
                !segment.style?.["margin-bottom"] && `mb-3`,
                colsSize.className,
              ],
              style: segment.style,
            },
            segment.besides.map(
              (
                t: {
                  class?: string | string[];
                  style?: StyleVal;
                  customClass?: string;
                  [key: string]: any;
                },
                ixb: number
              ) => {
                if (!t) return ""; //blank col
                const newt = { ...t };
                newt.class = t.class
                  ? Array.isArray(t.class)
                    ? ["h-100", ...t.class]
                    : t.class + " h-100"
                  : "h-100";
                return div(
                  {
                    class: sameWidths
                      ? "col"
                      : `col-${
                          segment.breakpoint
                            ? segment.breakpoint + "-"
                            : segment.breakpoints && segment.breakpoints[ixb]
                              ? segment.breakpoints[ixb] + "-"
                              : ""
                        }${segment.widths ? segment.widths[ixb] : defwidth}`,
                  },
                  go(newt, false, ixb)
                );
              }
            )
          );
      } else
        markup =
          colsSize.styleTag +
          div(
            {
              class: [
                "row",
                segment.class,
                segment.customClass,
                typeof segment.gx !== "undefined" &&
                  segment.gx !== null &&
                  `gx-${segment.gx}`,
                typeof segment.gy !== "undefined" &&
                  segment.gy !== null &&
                  `gy-${segment.gy}`,
                colsSize.className,
              ],
              style: segment.style,
            },
            segment.besides.map((t: any, ixb: number) =>
              div(
                {
                  class:
                    segment.widths === false
                      ? ""
                      : `col-${
                          segment.breakpoint
                            ? segment.breakpoint + "-"
                            : segment.breakpoints && segment.breakpoints[ixb]
                              ? segment.breakpoints[ixb] + "-"
                              : ""
                        }${segment.widths ? segment.widths[ixb] : defwidth}${(() => {
                          const desktop = segment.aligns?.[ixb];
                          const tablet = segment.tabletAligns?.[ixb];
                          const mobile = segment.mobileAligns?.[ixb];
                          if (!mobile && !tablet)
                            return desktop ? " text-" + desktop : "";
                          let cls = "";
                          const base = mobile || desktop;
                          if (base) cls += " text-" + base;
                          if (tablet && tablet !== base)
                            cls += " text-md-" + tablet;
                          if (desktop && desktop !== (tablet || base))
                            cls += " text-lg-" + desktop;
                          return cls;
                        })()}${
                          segment.vAligns
                            ? " align-items-" + segment.vAligns[ixb]
                            : ""
                        }${
                          segment.colClasses?.[ixb]
                            ? " " + segment.colClasses[ixb]
                            : ""
                        }`,
                  style: segment.colStyles?.[ixb] || undefined,
                },
                go(t, false, ixb)
              )
            )
          );
      return isTop
        ? wrap({ ...segment, customClass: null }, isTop, ix, markup)
        : markup;
    } else if (segment.type === "prompt") {
      // Prompt segments are builder-only placeholders, skip rendering
      return "";
    } else throw new Error("unknown layout segment" + JSON.stringify(segment));
  }
  if (instanceOWithHtmlFile(layout)) {
    const rndid = `iframe_${Math.floor(Math.random() * 16777215).toString(16)}`;
    return `${iframe({
      id: rndid,
      src: `/files/serve/${encodeURIComponent(layout.html_file)}`,
    })} ${script(`
    (() => {
      const iframe = document.getElementById("${rndid}");
      iframe.onload = () => {
        const _iframe = document.getElementById("${rndid}");
        if (_iframe.contentWindow.document.body) {
          _iframe.width = _iframe.contentWindow.document.body.scrollWidth;
          _iframe.height = _iframe.contentWindow.document.body.scrollHeight;
        }
      }
    })();
    `)}`;
  }
  if (req && req.generate_email)
    return renderMJML({
      blockDispatch,
      layout,
      role,
      alerts,
      is_owner,
      req,
    });
  else return go(makeSegments(layout, isWeb, alerts), true, 0);
};

// declaration merging
const LayoutExports = render;
export default LayoutExports;
