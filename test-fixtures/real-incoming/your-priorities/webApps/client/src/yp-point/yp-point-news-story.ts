import { html, css } from "lit";
import { customElement, property } from "lit/decorators.js";

import { YpBaseElement } from "../common/yp-base-element.js";

import "@material/web/iconbutton/icon-button.js";
import "./yp-point-comment-list.js";
import "./yp-point-news-story-embed.js";
import "./yp-point-actions.js";
import { YpPointCommentList } from "./yp-point-comment-list.js";

@customElement("yp-point-news-story")
export class YpPointNewsStory extends YpBaseElement {
  @property({ type: Object })
  point!: YpPointData;

  @property({ type: Object })
  user: YpUserData | undefined;

  @property({ type: Boolean })
  withComments = false;

  @property({ type: Boolean })
  open = false;

  @property({ type: Boolean })
  hideUser = false;

  @property({ type: Number })
  commentsCount = 0;

  override updated(
    changedProperties: Map<string | number | symbol, unknown>
  ): void {
    super.updated(changedProperties);

    if (changedProperties.has("point")) {
      this._pointChanged();
    }
    if (changedProperties.has("open")) {
      this._openChanged();
    }
  }

  static override get styles() {
    return [
      super.styles,
      css`
        :host {
          width: 100%;
          margin-top: 8px;
        }

        .commentsInfoContainer {
          margin-left: 16px;
          margin-top: 6px;
        }

        .userName {
        }

        .userName {
          padding-bottom: 4px;
        }

        .story {
          padding-bottom: 12px;
          margin-bottom: 8px;
          padding-top: 8px;
          border-bottom: solid #ddd;
          border-bottom-width: 1px;
          font-size: 19px;
        }

        yp-point-actions {
          padding-top: 8px;
        }

        .container {
        }

        #commentCount {
          font-size: 14px;
        }

        md-icon-button.openCloseButton {
          width: 56px;
          height: 56px;
          padding-left: 0;
          margin-left: 0;
        }

        .commentText {
          font-size: 14px;
          text-transform: lowercase;
          padding-right: 6px;
        }

        .withPointer {
          cursor: pointer;
        }

        .newsContainer {
          width: auto;
        }

        @media (max-width: 520px) {
          .newsContainer {
            width: 90%;
          }
        }

        [hidden] {
          display: none !important;
        }
      `,
    ];
  }

  override render() {
    return html`
      <div class="layout vertical newsContainer">
        <yp-magic-text
          id="content"
          class="story"
          textType="pointContent"
          simpleFormat
          truncate="10000"
          .contentLanguage="${this.point.language}"
          .content="${this.point.latestContent}"
          .contentId="${this.point.id}"
        >
        </yp-magic-text>

        <yp-point-news-story-embed
          .embedData="${this.point.embed_data}"
        ></yp-point-news-story-embed>
        <div class="layout horizontal">
          <yp-point-actions
            .point="${this.point}"
            hideSharing
          ></yp-point-actions>
          <div class="layout horizontal start-justified commentsInfoContainer">
            <div
              class="layout horizontal center-center withPointer"
              ?hidden="${!this.commentsCount}"
              @click="${this._setOpenToValue}"
            >
              <div class="commentText">${this.t("point.comments")}</div>
              <div id="commentCount">${this.commentsCount}</div>
            </div>
            <div
              class="layout horizontal center-center withPointer"
              @click="${this._setOpenToValue}"
              ?hidden="${this.noComments}"
            >
              <div class="commentText">${this.t("noComments")}</div>
            </div>
            <div class="layout horizontal">
              <md-icon-button
                .label="${this.t("toggleOpenClose")}"
                aria-label="${this.t("toggleOpenClose")}"
                class="openCloseButton"
                @click="${this._setOpen}"
                ?hidden="${this.open}"
                ><md-icon>keyboard_arrow_right</md-icon>
              </md-icon-button>
              <md-icon-button
                .label="${this.t("toggleOpenClose")}"
                aria-label="${this.t("toggleOpenClose")}"
                class="openCloseButton"
                @click="${this._setClosed}"
                ?hidden="${!this.open}"
              >
                <md-icon>keyboard_arrow_down</md-icon>
              </md-icon-button>
            </div>
          </div>
        </div>
        <yp-point-comment-list
          id="commentsList"
          @yp-set-comments-count="${this._setCommentsCount}"
          disableOpenClose
          .point="${this.point}"
          ?hidden="${!this.withComments}"
        ></yp-point-comment-list>
      </div>
    `;
  }

  _setOpenToValue() {
    if (this.open) {
      this._setClosed();
    } else {
      this._setOpen();
    }
  }

  _openChanged() {
    if (this.open) {
      (this.$$("#commentsList") as YpPointCommentList).refresh();
    }
  }

  get noComments() {
    return !(this.commentsCount == 0);
  }

  _setOpen() {
    this.open = true;
    (this.$$("#commentsList") as YpPointCommentList).setOpen();
  }

  _setClosed() {
    this.open = false;
    (this.$$("#commentsList") as YpPointCommentList).setClosed();
  }

  _setCommentsCount(event: CustomEvent) {
    this.commentsCount = event.detail.count;
  }

  _pointChanged() {
    if (this.point && this.point.PointRevisions) {
      this.user = this.point.PointRevisions[0].User;
    } else {
      this.user = undefined;
    }

    this.open = false;
  }

  loginName() {
    return this.point.PointRevisions![0].User.name;
  }
}
