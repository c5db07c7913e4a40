-- Drives a real Neovim (0.7+) against the privacy-lint server: opens src/learner.ts in the current folder, waits
-- for its diagnostics, picks the code action whose title matches $PICK through vim.lsp.buf.code_action() (so
-- Neovim's own resolve/apply/executeCommand path runs), waits for the re-check, and writes one JSON line to stdout.
-- Run by scripts/test-neovim.mjs: nvim --headless -i NONE -u pick-code-action.lua
-- Environment: PRIVACY_LINT_SERVER (server.js), PICK (Lua pattern), BEFORE (diagnostics to wait for).
vim.cmd("filetype on")
local client_id
-- The plain 0.7 set-up of docs/editor.md (no nvim-lspconfig), with the built server.
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "typescript", "typescriptreact", "javascript", "javascriptreact", "prisma", "yaml" },
  callback = function(args)
    client_id = client_id or vim.lsp.start_client({
      name = "privacy-lint",
      cmd = { "node", os.getenv("PRIVACY_LINT_SERVER"), "--stdio" },
      root_dir = vim.fn.getcwd(),
      init_options = { settings = { scanScope = "workspace", debounceMs = 0 } },
    })
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})

local report = { version = tostring(vim.version().major) .. "." .. tostring(vim.version().minor), offered = {}, notifications = {}, buffers = {} }
vim.notify = function(msg) table.insert(report.notifications, msg) end
local codes = function(buf) return vim.tbl_map(function(d) return d.code end, vim.diagnostic.get(buf)) end

local function main()
  vim.cmd("edit src/learner.ts")
  local buf = vim.api.nvim_get_current_buf()
  local before = tonumber(os.getenv("BEFORE"))
  report.ready = vim.wait(30000, function() return #vim.diagnostic.get(buf) == before end, 50)
  report.before = codes(buf)
  vim.ui.select = function(items, opts, on_choice)
    local picked
    for _, item in ipairs(items) do
      local action = item[2]
      local command = type(action.command) == "table" and action.command.command or action.command
      table.insert(report.offered, { title = opts.format_item(item), command = command or vim.NIL, hasEdit = action.edit ~= nil })
      if not picked and action.title:match(os.getenv("PICK")) then picked = item end
    end
    on_choice(picked)
  end
  vim.api.nvim_win_set_cursor(0, { 5, 2 }) -- the email field
  vim.lsp.buf.code_action()
  report.rechecked = vim.wait(15000, function()
    local ds = vim.diagnostic.get(buf)
    return #ds > 0 and not vim.tbl_contains(codes(buf), "undeclared-category")
  end, 50)
  report.after = codes(buf)
  -- A window/showMessage may follow the diagnostics (the server re-checks before it speaks): give it a moment.
  vim.wait(3000, function() return vim.fn.execute("messages"):find("privacy%-lint: ") ~= nil end, 50)
  report.messages = vim.fn.execute("messages")
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    table.insert(report.buffers, {
      name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(b), ":t"),
      modified = vim.api.nvim_buf_get_option(b, "modified"),
      attached = vim.lsp.buf_get_clients(b)[client_id] ~= nil,
      text = table.concat(vim.api.nvim_buf_get_lines(b, 0, -1, false), "\n"),
    })
  end
  io.stdout:write(vim.fn.json_encode(report) .. "\n")
  vim.cmd("qa!")
end

-- From a timer, not inside the VimEnter autocmd: autocommands (FileType, hence attaching) must fire normally.
vim.api.nvim_create_autocmd("VimEnter", { callback = function() vim.defer_fn(main, 0) end })
