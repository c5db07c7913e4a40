/**
 * @category saltcorn-data
 * @module base-plugin/viewtemplates/room
 * @subcategory base-plugin
 */
import { getState } from "../../db/state.js";
import { extractFromLayout } from "../../diagram/node_extract_utils.js";
import tagsPkg from "@saltcorn/markup/tags";
import helpersPkg from "@saltcorn/markup/helpers";
import markupPkg from "@saltcorn/markup";
import indexPkg from "@saltcorn/markup/index";
import WorkflowRun from "../../models/workflow_run.js";
import WorkflowStep from "../../models/workflow_step.js";
import db from "../../db/index.js";
import WorkflowTrace from "../../models/workflow_trace.js";
import markdownItPkg from "markdown-it";
import Field from "../../models/field.js";
import Table from "../../models/table.js";
import Form from "../../models/form.js";
import View from "../../models/view.js";
import Trigger from "../../models/trigger.js";
import Workflow from "../../models/workflow.js";
const {
  text,
  div,
  a,
  h4,
  hr,
  button,
  form,
  input,
  pre,
  i,
  script,
  domReady,
} = tagsPkg;
const { pagination } = helpersPkg;
const { renderForm, tabs, link } = markupPkg;
const { mkTable } = markupPkg;
import {
  link_view,
  stateToQueryString,
  stateFieldsToWhere,
  stateFieldsToQuery,
  readState,
} from "../../plugin-helper.js";
import { GenObj } from "@saltcorn/types/common_types";
import { Req, Res } from "@saltcorn/types/base_types";
import { getForm, fill_presets } from "../../viewable_fields.js";
const { localeDateTime } = indexPkg;
const MarkdownIt = markdownItPkg,
  md = new MarkdownIt();

const configuration_workflow = (req: Req) =>
  new Workflow({
    steps: [
      {
        name: req.__("Workflow"),
        form: async (context: GenObj) => {
          const wfs = await Trigger.find({ action: "Workflow" });
          return new Form({
            fields: [
              {
                name: "workflow",
                label: "Workflow",
                type: "String",
                required: true,
                attributes: { options: wfs.map((wf) => wf.name) },
                sublabel:
                  req.__("The workflow the user will be interacting with.") +
                  " " +
                  a(
                    {
                      "data-dyn-href": `\`/actions/configure/\${workflow}\``,
                      target: "_blank",
                    },
                    req.__("Configure")
                  ),
              },
              {
                name: "prev_runs",
                label: "Show previous runs",
                type: "Bool",
              },
            ],
          });
        },
      },
    ],
  });

const get_state_fields = () => [];

const getHtmlFromTraces = async ({ run, req, viewname, traces }: { run: any; req: Req; viewname: string; traces: any[] }) => {
  let items: string[] = [];
  for (let ix = 0; ix < traces.length - 1; ix++) {
    const trace = traces[ix];
    const fakeRun = new WorkflowRun(run);
    fakeRun.wait_info = trace.wait_info;
    fakeRun.context = trace.context;
    if (trace.status === "Waiting" && trace.wait_info.form) {
      fakeRun.context = traces[ix + 1] ? traces[ix + 1].context : run.context;
    }
    fakeRun.current_step = [trace.step_name_run];
    fakeRun.status = trace.status;
    fakeRun.error = trace.error;

    const myItems = await getHtmlFromRun({
      req,
      viewname,
      run: fakeRun,
      noInteract: true,
    });
    items.push(...myItems);
  }
  return items;
};
const getHtmlFromRun = async ({ run, req, viewname, noInteract }: { run: any; req: Req; viewname: string; noInteract?: boolean }) => {
  let items: string[] = [];
  let submit_ajax = false;
  const checkContext = async (key: string, alertType: string) => {
    if (run.context[key]) {
      items.push(
        div(
          { class: `alert alert-${alertType}`, role: "alert" },
          run.context[key]
        )
      );
      if (!noInteract) {
        delete run.context[key];
        await run.update({ context: run.context });
        submit_ajax = true;
      }
    }
  };

  await checkContext("notify", "info");
  await checkContext("notify_success", "success");
  await checkContext("error", "danger");

  if (run.status === "Error") {
    items.push(div({ class: `alert alert-danger`, role: "alert" }, run.error));
  }
  // waiting look for form or output
  if (run.wait_info?.output) {
    let out = run.wait_info.output;
    if (run.wait_info.markdown) out = md.render(out);
    items.push(div(out));
    if (!noInteract) submit_ajax = true;
  }
  if (run.wait_info?.form) {
    const step = await WorkflowStep.findOne({
      trigger_id: run.trigger_id,
      name: run.current_step_name,
    });
    const form = await getWorkflowStepUserForm({ step, run, viewname, req });
    if (noInteract) {
      form.noSubmitButton = true;
      form.fields = form.fields.map((f: GenObj) => {
        const nf = new Field(f);
        nf.disabled = true;
        form.values[f.name] = run.context[f.name];
        return nf;
      });
    }
    items.push(renderForm(form, req.csrfToken()));
  } else if (submit_ajax && !noInteract) {
    items.push(
      script(
        domReady(
          `ajax_post_json("/view/${viewname}/submit_form", {run_id: ${run.id}});`
        )
      )
    );
  }
  return items;
};

const getWorkflowStepUserForm = async ({ step, run, viewname, req }: { step: any; run: any; viewname: string; req: Req }) => {
  if (step.action_name === "EditViewForm") {
    const view = View.findOne({ name: step.configuration.edit_view })!;
    const table = Table.findOne({ id: view.table_id })!;
    const form = await getForm(
      table,
      view.name,
      view.configuration.columns,
      view.configuration.layout,
      null,
      req
    );
    form.action = `/view/${viewname}/submit_form`;
    form.onSubmit = `$(this).closest('form').find('button').hide();$('#wfroom-spin-${run.id}').show();setTimeout(()=>$(this).closest('form').find('input,select,textarea').prop('disabled', true),100);`;
    if (run.context[step.configuration.response_variable])
      Object.assign(
        form.values,
        run.context[step.configuration.response_variable]
      );
    form.hidden("run_id");
    form.xhrSubmit = true;
    await form.fill_fkey_options(false, undefined, req?.user);
    form.values.run_id = run.id;
    return form;
  }

  const form = new Form({
    action: `/view/${viewname}/submit_form`,
    xhrSubmit: true,
    onSubmit: `$(this).closest('form').find('button').hide();$('#wfroom-spin-${run.id}').show();setTimeout(()=>$(this).closest('form').find('input,select,textarea').prop('disabled', true),100);`,
    submitLabel: run.wait_info.output ? req.__("OK") : req.__("Submit"),
    blurb: run.wait_info.output || step.configuration?.form_header || "",
    formStyle: "vert",
    ...(await run.userFormFields(step, req?.user)),
  });
  form.hidden("run_id");

  form.values.run_id = run.id;
  return form;
};

const run = async (
  table_id: number | null,
  viewname: string,
  { workflow, prev_runs }: GenObj,
  state: GenObj,
  { req, res, isPreview }: { req: Req; res: Res; isPreview?: boolean },
  { getRowQuery, updateQuery, optionsQuery }: GenObj
) => {
  const trigger = await Trigger.findOne({ name: workflow });
  let wfRun: any;
  let prevItems: string[] = [];
  if (state.id || isPreview) {
    wfRun = isPreview
      ? await WorkflowRun.findOne(
          { trigger_id: trigger!.id },
          { limit: 1, orderBy: "id", orderDesc: true }
        )
      : await WorkflowRun.findOne({ id: state.id });
    if (wfRun) {
      if (wfRun.started_by != req.user?.id && req.user?.role_id != 1)
        return "Not authorized";
      if (trigger!.configuration.save_traces) {
        const traces = await WorkflowTrace.find(
          { run_id: wfRun.id },
          { orderBy: "step_started_at" }
        );
        prevItems = await getHtmlFromTraces({ run: wfRun, req, viewname, traces });
      }
    } else {
      if (!isPreview) return "Run not found";
      else return "No runs yet";
    }
  } else
    wfRun = await WorkflowRun.create({
      trigger_id: trigger!.id!,
      context: {},
      started_by: req.user?.id,
    });
  await wfRun.run({
    user: req.user as any,
    noNotifications: true,
    trace: trigger!.configuration?.save_traces,
  });
  const items = await getHtmlFromRun({ run: wfRun, req, viewname });
  //look for error status
  if (prev_runs) {
    const locale = req.getLocale();
    const runs = await WorkflowRun.find(
      { trigger_id: trigger!.id },
      { limit: 10, orderBy: "started_at", orderDesc: true }
    );
    return div(
      { class: "row" },
      div(
        { class: "col-2 col-md-3 col-sm-4" },
        req.__("Previous runs"),
        runs.map((run1: GenObj) =>
          div(
            { class: "d-flex prevwfroomrun" },
            a(
              {
                href: `javascript:void(0)`,
                onclick: `reload_embedded_view('${viewname}', 'id=${run1.id}')`,
                class: ["text-nowrap", run1.id == wfRun.id && "fw-bold"],
              },
              localeDateTime(run1.started_at, {}, locale)
            ),
            i({
              class: "far fa-trash-alt ms-2",
              onclick: `delprevwfroomrun('${viewname}', event, ${run1.id})`,
            })
          )
        )
      ),
      div(
        { class: "col-10 col-md-9 col-sm-8" },
        div({ id: `wfroom-${wfRun.id}` }, prevItems, items),
        div(
          { id: `wfroom-spin-${wfRun.id}`, style: { display: "none" } },
          i({ class: "fas fa-spinner fa-spin" })
        )
      )
    );
  } else return div(div({ id: `wfroom-${wfRun.id}` }, prevItems, items));
};

const submit_form = async (table_id: number | null, viewname: string, { workflow }: GenObj, body: GenObj, { req }: { req: Req }) => {
  const wfRun = await WorkflowRun.findOne({ id: body.run_id });
  const trigger = await Trigger.findOne({ id: wfRun.trigger_id });
  const step = await WorkflowStep.findOne({
    trigger_id: trigger!.id,
    name: wfRun.current_step_name,
  });
  const form = await getWorkflowStepUserForm({ step, run: wfRun, viewname, req });

  form.validate(req.body || {});
  await wfRun.provide_form_input(
    form.values,
    step.configuration.response_variable
  );
  await wfRun.run({
    user: req.user as any,
    noNotifications: true,
    trace: trigger!.configuration?.save_traces,
  });
  const items = await getHtmlFromRun({ run: wfRun, req, viewname });
  return {
    json: {
      success: "ok",
      eval_js: `$('#wfroom-${wfRun.id}').append(${JSON.stringify(
        items.join("")
      )});$('#wfroom-spin-${wfRun.id}')[0]?.scrollIntoView();$('#wfroom-spin-${
        wfRun.id
      }').hide()`,
    },
  };
};

const delprevrun = async (table_id: number | null, viewname: string, config: GenObj, body: GenObj, { req, res }: { req: Req; res: Res }) => {
  const { run_id } = body;
  let wfRun = await WorkflowRun.findOne({
    id: +run_id,
  });
  if (wfRun && (req.user?.role_id === 1 || wfRun.started_by === req.user?.id))
    await wfRun.delete();

  return;
};

export default {
  /** @type {string} */
  name: "WorkflowRoom",
  /** @type {string} */
  description: "Chatbot interface for workflows",
  configuration_workflow,
  run,
  tableless: true,
  get_state_fields,
  routes: { submit_form, delprevrun },
  /** @type {boolean} */
  noAutoTest: true,

  /** @returns {object[]} */
  getStringsForI18n() {
    return [];
  },
  queries: ({
    table_id,
    viewname,
    configuration: { columns, default_state },
    req,
  }: GenObj) => ({}),
  connectedObjects: async (configuration: GenObj) => {
    return extractFromLayout(configuration.layout);
  },
};
/*todo:

-show a previous run
-previous runs list
-styling

*/
