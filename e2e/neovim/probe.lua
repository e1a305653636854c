-- Opens one document in headless Neovim, attaches the MLSD language server, waits until the
-- server has published diagnostics for it (even an empty list), and writes them as JSON.
vim.cmd('filetype on')
local server = os.getenv('MLSD_NVIM_SERVER')
local doc = os.getenv('MLSD_NVIM_DOC')
local out = os.getenv('MLSD_NVIM_OUT')

vim.cmd('edit ' .. vim.fn.fnameescape(doc))
local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)

local published = false
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and result.uri == uri then published = true end
  return default_handler(err, result, ctx, config)
end

local client_id = vim.lsp.start_client({
  name = 'mlsd',
  cmd = { server, '--stdio' },
  root_dir = vim.fn.fnamemodify(doc, ':h:h'),
  settings = { mlsd = { enable = true } },
})
local attached = vim.lsp.buf_attach_client(bufnr, client_id)
local arrived = vim.wait(30000, function() return published end, 20)

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(diagnostics, {
    lnum = d.lnum, col = d.col, severity = d.severity,
    code = d.code or lsp.code, source = d.source, message = d.message,
  })
end
local file = io.open(out, 'w')
file:write(vim.fn.json_encode({ attached = attached, arrived = arrived, filetype = vim.bo[bufnr].filetype, diagnostics = diagnostics }))
file:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
